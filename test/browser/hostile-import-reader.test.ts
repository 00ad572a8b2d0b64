/**
 * The worst of the hostile corpus through the pane's import in Chromium (the real Web Worker): a cell
 * at XFD1048576 and a 1 GB zip bomb. Only the bounded reader (issue 14) passes this: with a reader that
 * builds a dense grid or inflates the whole part, the worker runs out of memory and Chromium kills the
 * page ("Target crashed") with every return already imported — no worker restart can save that.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { makeHostile } from "../../scripts/make-hostile";
import { EXAMPLES, previewSessionForFile, waitForScan } from "./harness";

const session = previewSessionForFile();

const importSection = (page: Page): Locator => page.getByRole("region", { name: "Nhập báo cáo các xã" });
const rowFiles = (page: Page): Promise<string[]> =>
  importSection(page)
    .getByRole("table", { name: "Báo cáo đã nhận" })
    .locator("tbody tr[data-status]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-file") ?? ""));

async function importAndWait(page: Page, files: string[], last: string): Promise<void> {
  await importSection(page).getByLabel("Chọn tệp báo cáo (.xlsx)").setInputFiles(files);
  await importSection(page).locator(`tr[data-file="${last}"][data-status]`).waitFor({ timeout: 240_000 });
  await importSection(page).getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
}

test("a far-corner cell, a zip bomb and entity expansion: the pane survives, earlier and later returns stay", async () => {
  const { page } = await session().open();
  await waitForScan(page);
  await importAndWait(page, [join(EXAMPLES, "xa-ban-cong.xlsx")], "xa-ban-cong.xlsx");

  const hostile = await makeHostile(session().work, ["far-corner", "zip-bomb-1gb", "billion-laughs-shared"]);
  await importAndWait(page, [...hostile.values(), join(EXAMPLES, "xa-tcvn3.xlsx")], "xa-tcvn3.xlsx");

  const files = await rowFiles(page);
  expect(files).toEqual(
    expect.arrayContaining(["xa-ban-cong.xlsx", "xa-tcvn3.xlsx", "o-xa.xlsx", "bom-1gb.xlsx", "cuoi-chuoi.xlsx"]),
  );
  // the pane still answers: its own return's card and the import controls are there and usable
  await waitForScan(page);
  expect(await page.locator("#import-files").isDisabled()).toBe(false);
}, 600_000);
