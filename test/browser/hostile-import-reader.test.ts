/**
 * The worst of the hostile corpus through the pane's import in Chromium (the real Web Worker): a cell
 * at XFD1048576 and a 1 GB zip bomb. Only the bounded reader (issue 14) passes this: with a reader that
 * builds a dense grid or inflates the whole part, the worker runs out of memory and Chromium kills the
 * page ("Target crashed") with every return already imported — no worker restart can save that.
 */
import { previewSessionForFile } from "./harness";
import { hostileImportJourney } from "./hostile-import-kit";

const session = previewSessionForFile();

test("a far-corner cell, a zip bomb and entity expansion: the pane survives, earlier and later returns stay", async () => {
  await hostileImportJourney(session(), ["far-corner", "zip-bomb-1gb", "billion-laughs-shared"]);
}, 600_000);
