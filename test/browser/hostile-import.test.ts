/**
 * Hostile files that fail to parse, through the pane's import in Chromium (the real Web Worker): the
 * pane survives, the return imported before stays, the good file picked after them is read, and each
 * hostile file gets a row of its own rather than taking the others down.
 */
import { previewSessionForFile } from "./harness";
import { hostileImportJourney } from "./hostile-import-kit";

const session = previewSessionForFile();

test("entity expansion, an external entity, a truncated zip, an .xlsb renamed: the pane survives, earlier and later returns stay", async () => {
  await hostileImportJourney(session(), ["billion-laughs-shared", "xxe-shared", "truncated", "xlsb-renamed"]);
}, 600_000);
