/**
 * The clerk imports old Excel 97–2003 .xls returns in Chromium: the .xls reader is fetched only
 * when an .xls arrives (a chunk of its own, never at start), the TCVN3 return is read like its
 * .xlsx twin, and a damaged or password-protected .xls gets its own row with a clear problem while
 * the other files are still read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { writeXls } from "../support/xls-writer";
import { EXAMPLES, previewSessionForFile, waitForScan } from "./harness";

const session = previewSessionForFile();

const importSection = (page: Page): Locator => page.getByRole("region", { name: "Nhập báo cáo các xã" });
// The returns are a list (the five-column table broke names at 320 px): one item per return.
const rowOf = (page: Page, file: string): Locator =>
  importSection(page).getByRole("list", { name: "Báo cáo đã nhận" }).locator(`li[data-file="${file}"][data-status]`);
/** An item's parts: area, file, facts (period · indicators), status. */
const partsOf = async (row: Locator): Promise<Record<string, string>> =>
  Object.fromEntries(
    await row
      .locator("[data-part]")
      .evaluateAll((parts) => parts.map((p) => [p.getAttribute("data-part"), (p.textContent ?? "").trim()])),
  );
/** The .xls reader's chunk: webpack names it after src/files/xls/read-xls.ts. */
const isXlsChunk = (url: string): boolean => /files_xls_read-xls/.test(url);

test("old .xls returns import like .xlsx ones; damaged and locked ones are named", async () => {
  const { page, pageErrors, requests } = await session().open();
  await waitForScan(page);
  expect(requests.filter(isXlsChunk)).toEqual([]); // nothing of the .xls reader at start

  // first an .xlsx alone: still no .xls reader
  const section = importSection(page);
  await section.getByLabel("Chọn tệp báo cáo (.xlsx, .xls)").setInputFiles([join(EXAMPLES, "xa-tcvn3.xlsx")]);
  await rowOf(page, "xa-tcvn3.xlsx").waitFor({ timeout: 60_000 });
  await section.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
  expect(requests.filter(isXlsChunk)).toEqual([]);

  const good = readFileSync(join(EXAMPLES, "xa-ta-xi-lang.xls"));
  const damaged = join(session().work, "xa-hong.xls");
  writeFileSync(damaged, good.subarray(0, Math.floor(good.length * 0.6)));
  const locked = join(session().work, "mat-khau.xls");
  writeFileSync(locked, writeXls({ password: true, sheets: [{ name: "A", cells: [] }] }));
  await section
    .getByLabel("Chọn tệp báo cáo (.xlsx, .xls)")
    .setInputFiles([damaged, join(EXAMPLES, "xa-ta-xi-lang.xls"), locked]);
  await rowOf(page, "mat-khau.xls").waitFor({ timeout: 60_000 });
  await section.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });

  // the TCVN3 .xls reads like the TCVN3 .xlsx: area decoded, same status and indicator count
  const xls = await partsOf(rowOf(page, "xa-ta-xi-lang.xls"));
  const xlsx = await partsOf(rowOf(page, "xa-tcvn3.xlsx"));
  expect([xls.area, xls.file]).toEqual(["Xã Tà Xi Láng", "xa-ta-xi-lang.xls"]);
  expect([xls.facts, xls.status]).toEqual([xlsx.facts, xlsx.status]);
  expect(xls.facts).toMatch(/ · 34 chỉ tiêu$/);

  for (const [file, text] of [
    ["xa-hong.xls", "Không đọc được tệp: tệp bị hỏng"],
    ["mat-khau.xls", "Tệp được đặt mật khẩu"],
  ]) {
    const row = rowOf(page, file);
    expect(await row.getAttribute("data-status")).toBe("errors");
    await row.getByRole("button", { name: /^Xem \d+ vấn đề của / }).click();
    const details = importSection(page).locator(`ul[data-details-for="${file}"]`);
    await details.waitFor();
    expect(await details.textContent()).toContain(text);
  }
  expect(requests.filter(isXlsChunk)).toHaveLength(1); // fetched once, when the .xls arrived
  expect(pageErrors).toEqual([]);
}, 180_000);
