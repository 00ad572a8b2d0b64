/**
 * The statistics clerk's journey in Chromium: pick several communes' .xlsx returns in the import
 * section (parsed by the project's reader in the real Web Worker), read the returns table, list the communes
 * expected to report, consolidate into the fake workbook; and cancel an import of 100 files.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { EXAMPLES, previewSessionForFile, waitForScan } from "./harness";

const session = previewSessionForFile();

const importSection = (page: Page): Locator => page.getByRole("region", { name: "Nhập báo cáo các xã" });
const returnsTable = (page: Page): Locator => importSection(page).getByRole("list", { name: "Báo cáo đã nhận" });
/** The list's items, by file (the open workbook's own return is an item too). */
const rowOf = (page: Page, file: string): Locator => returnsTable(page).locator(`li[data-file="${file}"][data-status]`);

interface Row {
  file: string;
  status: string;
  /** Area (+ file caption), period, status word (+ kinds), indicator count, the problems button's text. */
  cells: string[];
}

/** The table's body rows (not the rows of problem details). */
async function rowsOf(page: Page): Promise<Row[]> {
  return returnsTable(page)
    .locator("li[data-status]")
    .evaluateAll((rows) =>
      rows.map((row) => {
        const part = (name: string) => (row.querySelector(`[data-part="${name}"]`)?.textContent ?? "").trim();
        const [period, count] = part("facts").split(" · ");
        return {
          file: row.getAttribute("data-file") ?? "",
          status: row.getAttribute("data-status") ?? "",
          cells: [
            part("area") + part("file"),
            period,
            part("status"),
            count.replace(/\D+/g, ""),
            part("problems") || "0",
          ],
        };
      }),
    );
}

/** Opens a row's problems with its button (keyboard-reachable) and returns their messages. */
async function problemsOf(page: Page, file: string): Promise<string> {
  await rowOf(page, file)
    .getByRole("button", { name: /^Xem \d+ vấn đề của / })
    .click();
  const details = returnsTable(page).locator(`ul[data-details-for="${file}"]`);
  await details.waitFor();
  return (await details.textContent()) ?? "";
}

/** The import is over: no progress bar, the file input usable again. */
async function waitForImportEnd(page: Page): Promise<void> {
  await importSection(page).getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
  await page.waitForFunction(() => !(document.getElementById("import-files") as HTMLInputElement | null)?.disabled);
}

test("the clerk imports several returns, one of them corrupt, sees who is missing and consolidates", async () => {
  const { page, pageErrors, requests } = await session().open();
  await waitForScan(page);
  const corrupt = join(session().work, "xa-hong.xlsx"); // named .xlsx, but not a zip at all
  writeFileSync(corrupt, "Đây không phải tệp Excel");
  const notes = join(session().work, "ghi-chu.txt");
  writeFileSync(notes, "không phải báo cáo");

  await importSection(page)
    .getByLabel("Chọn tệp báo cáo (.xlsx, .xls)")
    .setInputFiles([
      join(EXAMPLES, "xa-ban-cong.xlsx"),
      corrupt,
      join(EXAMPLES, "xa-loi-cong-thuc.xlsx"),
      join(EXAMPLES, "xa-tcvn3.xlsx"), // old TCVN3 text: the worker decodes it
      notes,
    ]);
  await rowOf(page, "xa-tcvn3.xlsx").waitFor({ timeout: 60_000 });
  await waitForImportEnd(page);

  const rows = await rowsOf(page);
  // the open workbook's own return first, then the files in the order picked, the corrupt one last
  expect(rows[0].cells[0]).toBe("Xã Trạm Tấutệp đang mở · Biểu 01");
  expect(rows.slice(1).map((row) => row.file)).toEqual([
    "xa-ban-cong.xlsx",
    "xa-loi-cong-thuc.xlsx",
    "xa-tcvn3.xlsx",
    "xa-hong.xlsx",
  ]);
  const byFile = new Map(rows.map((row) => [row.file, row]));
  const pick = (file: string): string[] => {
    const cells = byFile.get(file)?.cells ?? [];
    return [cells[0], cells[2], cells[3]]; // area, status, indicators
  };
  // the status, then the kinds of problem: only cell errors, missing columns and doubtful figures need a review
  expect(pick("xa-ban-cong.xlsx")).toEqual(["Xã Bản Côngxa-ban-cong.xlsx", "Dùng đượcCột % của biểu tính khác", "22"]);
  expect(pick("xa-tcvn3.xlsx")).toEqual([
    "Xã Xà Hồxa-tcvn3.xlsx",
    "Cần xem lạiCần xem số liệu · Cột % của biểu tính khác · Ghi chú",
    "34",
  ]);
  // each return's period as detected, in its own column
  for (const file of ["xa-ban-cong.xlsx", "xa-loi-cong-thuc.xlsx", "xa-tcvn3.xlsx"]) {
    expect(byFile.get(file)?.cells[1]).toMatch(/năm 20\d\d/);
  }
  // the file with broken formulas: its #REF! is a problem naming the file, the sheet and the cell,
  // shown by the problem count's button
  expect(pick("xa-loi-cong-thuc.xlsx")).toEqual([
    "Xã Phình Hồxa-loi-cong-thuc.xlsx",
    "Cần xem lạiLỗi ô · Cần xem số liệu · Cột % của biểu tính khác · Thiếu chỉ tiêu đa số đơn vị có",
    "19",
  ]);
  expect(byFile.get("xa-loi-cong-thuc.xlsx")?.cells[4]).toMatch(/^Xem [1-9]\d* vấn đề$/);
  const broken = await problemsOf(page, "xa-loi-cong-thuc.xlsx");
  expect(broken).toContain("Tệp xa-loi-cong-thuc.xlsx, trang “Phình Hồ”, ô E7: Ô cột Thực hiện có lỗi #REF!");
  expect(broken).toContain("ô E11: Ô cột Thực hiện có lỗi #N/A");
  // the corrupt file: a row of its own with the error status, and nothing read from it
  const bad = byFile.get("xa-hong.xlsx");
  expect(bad?.status).toBe("errors");
  expect(bad?.cells).toEqual([
    "không có bảng chỉ tiêuxa-hong.xlsx",
    "chưa rõ",
    "Có lỗiKhông đọc được",
    "0",
    "Xem 1 vấn đề",
  ]);
  expect(await problemsOf(page, "xa-hong.xlsx")).toMatch(/xa-hong\.xlsx/);
  // a file that is not .xlsx at all gets no row, and a warning naming it
  expect(byFile.has("ghi-chu.txt")).toBe(false);
  await importSection(page)
    .getByText(/^Không đọc 1 tệp không phải tệp Excel \(\.xlsx, \.xls\): ghi-chu\.txt\./)
    .waitFor();
  // a list, not a table (a table's five columns did not fit a task pane)
  expect(await importSection(page).getByRole("columnheader").count()).toBe(0);
  expect(await returnsTable(page).locator(":scope > li").count()).toBe(rows.length);

  // the communes expected to report: one (Hát Lừu) has sent nothing
  const expected = importSection(page).getByRole("textbox", { name: "Các xã phải báo cáo (mỗi dòng một xã)" });
  await expected.fill(["Xã Trạm Tấu", "Xã Bản Công", "Phình Hồ", "xã Xà Hồ", "Xã Hát Lừu"].join("\n"));
  await importSection(page)
    .getByText(/^Đã nhận \d+\/\d+ xã\./)
    .waitFor();
  expect(await importSection(page).getByTestId("completeness").textContent()).toBe(
    "Đã nhận 4/5 xã. Chưa báo cáo: Xã Hát Lừu.",
  );

  await importSection(page).getByRole("button", { name: "Tổng hợp" }).click();
  await importSection(page)
    .getByText(/^Đã tạo: Tổng hợp, /)
    .waitFor({ timeout: 30_000 });

  const written = await page.evaluate(() => {
    const wb = window.__preview!.fake.workbook;
    const values = (name: string) => wb.sheet(name).values();
    return {
      names: wb.sheetNames(),
      consolidated: values("Tổng hợp"),
      source: values("Biểu 01"),
      perArea: Object.fromEntries(
        wb
          .sheetNames()
          .filter((n) => n.startsWith("KQ "))
          .map((n) => [n, values(n)]),
      ),
    };
  });
  expect(written.names).toEqual([
    "Biểu 01",
    "Tổng hợp",
    "KQ Xã Trạm Tấu",
    "KQ Xã Bản Công",
    "KQ Xã Phình Hồ",
    "KQ Xã Xà Hồ",
  ]);
  const sheet = written.consolidated;
  expect(sheet[0][0]).toBe("ỦY BAN NHÂN DÂN"); // the heading of an administrative report, then the title
  expect(sheet[4][0]).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
  expect(sheet.flat()).toContain("Đã nhận báo cáo: 4/5; Chưa gửi báo cáo: Xã Hát Lừu");
  // the table's header row (the last "STT" row: the lagging list above has its own): the totals
  // (plan, actual, % of plan) then the four areas side by side
  const headerAt = sheet.map((row) => row[0]).lastIndexOf("STT");
  const header = sheet[headerAt].map(String);
  const areas = ["Xã Trạm Tấu", "Xã Bản Công", "Xã Phình Hồ", "Xã Xà Hồ"];
  const areaColumns = areas.map((area) => header.indexOf(area));
  expect(areaColumns.every((col, i) => col > 0 && (i === 0 || col === areaColumns[i - 1] + 1))).toBe(true);
  const actualCol = header.indexOf("Thực hiện");
  const methodCol = header.indexOf("Cách tổng hợp");
  expect(actualCol).toBeGreaterThan(0);
  expect(actualCol).toBeLessThan(areaColumns[0]);
  // the total column adds up each area's actual (Thực hiện) for an indicator consolidated by sum (Cộng)
  const name = "Tổng sản lượng lương thực có hạt";
  const total = sheet.slice(headerAt).find((row) => row[1] === name);
  expect(total?.[methodCol]).toBe("Cộng");
  const actualIn = (rows: unknown[][]): number => {
    const head = rows.find((row) => row.includes("Thực hiện")) ?? [];
    const row = rows.find((r) => r.includes(name)) ?? [];
    return Number(row[head.indexOf("Thực hiện")]);
  };
  const sum = areas.reduce((acc, area) => acc + actualIn(written.perArea[`KQ ${area}`]), 0);
  expect(sum).toBeGreaterThan(0);
  expect(total?.[actualCol]).toBe(sum);
  // the user's own sheet untouched, the view redrawn with the new tab, nothing fetched elsewhere
  await page.getByRole("tab", { name: "Tổng hợp" }).waitFor();
  expect(written.source.flat()).toContain("Diện tích trồng rừng mới");
  expect(requests.filter((url) => !url.startsWith(`${session().origin}/`))).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("cancelling an import of 100 files keeps what was read and leaves the pane usable", async () => {
  const { page, pageErrors } = await session().open();
  await waitForScan(page);
  const dir = join(session().work, "many");
  mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: 100 }, (_, i) => join(dir, `xa-${String(i + 1).padStart(3, "0")}.xlsx`));
  for (const file of files) copyFileSync(join(EXAMPLES, "xa-tram-tau.xlsx"), file);

  const section = importSection(page);
  // Cancel from inside the page as soon as the progress shows a file parsed: the import of 100
  // returns now takes about a second, less than a round trip from the test to a click.
  await page.evaluate(() => {
    const state = window as unknown as { __cancel?: { clicked: boolean; inputDisabled: boolean } };
    const observer = new MutationObserver(() => {
      const region = document.querySelector('[aria-labelledby="import-heading"]');
      if (!region || !/Đã đọc [1-9]\d*\/100 tệp…/.test(region.textContent ?? "")) return;
      const cancel = [...region.querySelectorAll("button")].find((b) => b.textContent === "Hủy");
      if (!cancel) return;
      observer.disconnect();
      // no second import meanwhile
      state.__cancel = {
        clicked: true,
        inputDisabled: (document.getElementById("import-files") as HTMLInputElement).disabled,
      };
      cancel.click();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await section.getByLabel("Chọn tệp báo cáo (.xlsx, .xls)").setInputFiles(files);
  await page.waitForFunction(() => (window as unknown as { __cancel?: unknown }).__cancel !== undefined, null, {
    timeout: 60_000,
  });
  expect(await page.evaluate(() => (window as unknown as { __cancel: unknown }).__cancel)).toEqual({
    clicked: true,
    inputDisabled: true,
  });

  const cancelled = section.getByText(/^Đã hủy; giữ \d+ tệp đã đọc\.$/);
  await cancelled.waitFor({ timeout: 30_000 });
  await waitForImportEnd(page);
  const kept = Number(/giữ (\d+)/.exec((await cancelled.textContent()) ?? "")?.[1]);
  const rows = await rowsOf(page);
  const imported = rows.filter((row) => /^xa-\d{3}\.xlsx$/.test(row.file));
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(100);
  expect(imported).toHaveLength(kept);
  // the files kept are the first ones, in order
  expect(imported.map((row) => row.file)).toEqual(files.slice(0, kept).map((file) => file.slice(dir.length + 1)));
  expect(imported.every((row) => row.cells[3] === "34")).toBe(true);

  // the pane still answers: settings open, another file imports, consolidation writes
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await page.getByRole("region", { name: "Cài đặt" }).waitFor();
  await section.getByLabel("Chọn tệp báo cáo (.xlsx, .xls)").setInputFiles([join(EXAMPLES, "xa-ban-cong.xlsx")]);
  await rowOf(page, "xa-ban-cong.xlsx").waitFor({ timeout: 30_000 });
  await waitForImportEnd(page);
  expect(await rowsOf(page).then((all) => all.filter((row) => /^xa-\d{3}\.xlsx$/.test(row.file)).length)).toBe(kept);
  await section.getByRole("button", { name: "Bỏ các tệp đã nhập" }).click();
  await rowOf(page, "xa-ban-cong.xlsx").waitFor({ state: "detached" });
  expect(await rowsOf(page).then((all) => all.length)).toBe(1); // only the open workbook's return
  expect(pageErrors).toEqual([]);
}, 180_000);
