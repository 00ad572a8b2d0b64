/**
 * The journey both hostile-import tests take in Chromium: import a good return, then the hostile files
 * with a good one after them; the pane must survive, with the earlier and later returns and a row for
 * each hostile file, and nothing from /etc/passwd on screen.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { HOSTILE_CASES, makeHostile } from "../../scripts/make-hostile";
import { EXAMPLES, type PreviewSession, waitForScan } from "./harness";

const importSection = (page: Page): Locator => page.getByRole("region", { name: "Nhập báo cáo các xã" });
const rowFiles = (page: Page): Promise<string[]> =>
  importSection(page)
    .getByRole("list", { name: "Báo cáo đã nhận" })
    .locator("li[data-status]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-file") ?? ""));

async function importAndWait(page: Page, files: string[], last: string): Promise<void> {
  await importSection(page).getByLabel("Chọn tệp báo cáo (.xlsx, .xls)").setInputFiles(files);
  await importSection(page).locator(`li[data-file="${last}"][data-status]`).waitFor({ timeout: 240_000 });
  await importSection(page).getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
}

export async function hostileImportJourney(session: PreviewSession, cases: readonly string[]): Promise<void> {
  const { page } = await session.open();
  await waitForScan(page);
  await importAndWait(page, [join(EXAMPLES, "xa-ban-cong.xlsx")], "xa-ban-cong.xlsx");

  const hostile = await makeHostile(session.work, cases);
  await importAndWait(page, [...hostile.values(), join(EXAMPLES, "xa-tcvn3.xlsx")], "xa-tcvn3.xlsx");

  const files = HOSTILE_CASES.filter((c) => cases.includes(c.name)).map((c) => c.file);
  expect(await rowFiles(page)).toEqual(expect.arrayContaining(["xa-ban-cong.xlsx", "xa-tcvn3.xlsx", ...files]));
  expect((await importSection(page).textContent()) ?? "").not.toMatch(/root:x:0:0/);
  // the pane still answers: its own return's card and the import controls are there and usable
  await waitForScan(page);
  expect(await page.locator("#import-files").isDisabled()).toBe(false);
}
