/**
 * The worst of the hostile corpus through the pane's import in Chromium (the real Web Worker): the
 * pane survives, the return imported before stays, the good file picked after the hostile ones is
 * read, and each hostile file gets a row of its own rather than taking the others down.
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

test("files that fail to parse (entity expansion, an external entity, truncated, .xlsb renamed): the pane survives, earlier and later returns stay", async () => {
  const { page } = await session().open();
  await waitForScan(page);
  await importAndWait(page, [join(EXAMPLES, "xa-ban-cong.xlsx")], "xa-ban-cong.xlsx");

  const hostile = await makeHostile(session().work, [
    "billion-laughs-shared",
    "xxe-shared",
    "truncated",
    "xlsb-renamed",
  ]);
  await importAndWait(page, [...hostile.values(), join(EXAMPLES, "xa-tcvn3.xlsx")], "xa-tcvn3.xlsx");

  const files = await rowFiles(page);
  expect(files).toEqual(
    expect.arrayContaining([
      "xa-ban-cong.xlsx",
      "xa-tcvn3.xlsx",
      "cuoi-chuoi.xlsx",
      "xxe.xlsx",
      "cut.xlsx",
      "xlsb.xlsx",
    ]),
  );
  const text = (await importSection(page).textContent()) ?? "";
  expect(text).not.toMatch(/root:x:0:0/);
  await waitForScan(page);
  expect(await page.locator("#import-files").isDisabled()).toBe(false);
}, 600_000);
