/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { createFakeExcel } from "../../../test/support/excel-fake";
import { type ReturnSummary, summarizeReturn } from "../../core/analyze";
import type { CellValue } from "../../core/grid";
import { parseSettings } from "../../core/settings";
import { scoreReturn } from "../../core/scoring/score-return";
import { readReturn } from "../../core/table/read-return";
import type { PaneLanguage } from "../i18n";
import { type PercentActions, PercentWriteBack, type WriteBackPreview, type WriteBackResult } from "./PercentWriteBack";

const settings = parseSettings({});
const SHEET = "Xã Bản Công";

function sheetValues(withPercent = true): CellValue[][] {
  const rows: CellValue[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)"],
    [1, "Thu ngân sách", "triệu đồng", 30, 33, null],
    [2, "Sản lượng lương thực", "tấn", 400, 347, null],
    [3, "Thu nhập bình quân đầu người", "triệu đồng", 25, 17, 70],
    [4, "Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 96, "chưa đánh giá", null],
  ];
  return withPercent ? rows : rows.map((r) => r.slice(0, 5));
}

function summaryOf(values: CellValue[][]): ReturnSummary {
  const read = readReturn({ sheet: SHEET, top: 1, left: 1, values });
  if (!read.table) throw new Error(JSON.stringify(read.findings));
  return summarizeReturn(scoreReturn(read.table, settings, ""), settings);
}

function show(summary: ReturnSummary, actions: Partial<PercentActions>, language: PaneLanguage = "vi") {
  const all: PercentActions = {
    preview: () => Promise.resolve(PREVIEW),
    write: () => Promise.reject(new Error("not expected")),
    undo: () => Promise.reject(new Error("not expected")),
    ...actions,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <PercentWriteBack summary={summary} language={language} actions={all} />
    </FluentProvider>,
  );
}

/** What the sheetValues() column holds: F2, F3 empty; F4 typed 70 (68 computed); no formula. */
const PREVIEW: WriteBackPreview = { fill: 2, typed: 1, disagreeing: 1, formulas: 0, findings: [] };
const RESULT: WriteBackResult = { written: 2, cleared: 1, skipped: 1, replaced: 0, findings: [] };

/** Elements outside any dialog that are hidden from screen readers. */
const hiddenOutsideDialogs = (): Element[] =>
  Array.from(document.querySelectorAll('[aria-hidden="true"]')).filter(
    (el) => !el.closest('[role="dialog"]') && el.querySelector("button, section, [role]") !== null,
  );

// The dialog is a lazily loaded chunk: loaded before the tests, so no assertion races it.
beforeAll(async () => {
  await import("./WriteBackDialog");
});

describe("PercentWriteBack", () => {
  it("says before writing how many cells it fills, how many are typed and disagree; Cancel writes nothing", async () => {
    const write = jest.fn<Promise<WriteBackResult>, [unknown]>();
    show(summaryOf(sheetValues()), { write });
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    const dialog = await screen.findByRole("dialog", undefined, { timeout: 20_000 }); // after the % column is read
    expect(dialog.textContent).toMatch(
      /sẽ được ghi vào 2 ô của cột F \(So sánh %\) trên trang “Xã Bản Công”: ô đang trống/,
    );
    expect(dialog.textContent).toMatch(
      /1 ô đã có số gõ tay: 0 ô khớp với số tính lại, 1 ô khác; các ô này được giữ nguyên\./,
    );
    expect(screen.getByRole("button", { name: "Ghi vào 2 ô" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(write).not.toHaveBeenCalled();
    // closed through its open state: nothing outside the dialog stays hidden from screen readers
    await waitFor(() => expect(hiddenOutsideDialogs()).toEqual([]));
    expect(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" })).toBeTruthy();
  });

  it("offers to replace the disagreeing typed values; the count on the button follows the choice", async () => {
    const write = jest
      .fn<Promise<WriteBackResult>, [unknown]>()
      .mockResolvedValue({ ...RESULT, written: 3, replaced: 1 });
    show(summaryOf(sheetValues()), { write });
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /^Thay cả 1 ô có số gõ tay khác với số tính lại/ }));
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào 3 ô" }));
    await screen.findByText(/Đã ghi 3 ô\. Trong đó 1 ô thay số gõ tay \(số cũ đã được lưu\)\./);
    expect(write).toHaveBeenCalledWith({ replaceDisagreeing: true });
    await waitFor(() => expect(hiddenOutsideDialogs()).toEqual([]));
  });

  it("on confirm writes once and reports what was written, emptied and skipped, with Undo", async () => {
    const write = jest.fn<Promise<WriteBackResult>, [unknown]>().mockResolvedValue(RESULT);
    const undo = jest.fn().mockResolvedValue({ restored: 2, skipped: 1, findings: [] });
    show(summaryOf(sheetValues()), { write, undo }, "en");
    fireEvent.click(screen.getByRole("button", { name: "Write % into the sheet's % column" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write into 2 cells" }));
    await screen.findByText(
      /Wrote 2 cells\. Emptied 1 old % cell whose indicator no longer has an achievement\. Skipped 1 cell holding a typed value or a formula\./,
    );
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ replaceDisagreeing: false });
    expect(screen.queryByRole("dialog")).toBeNull();
    await waitFor(() => expect(hiddenOutsideDialogs()).toEqual([]));
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await screen.findByText(/Put back 2 cells as before the write\. Kept 1 cell edited after the write\./);
  });

  it("is disabled, with the reason, when the return has no % column", () => {
    show(summaryOf(sheetValues(false)), {});
    const button = screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = screen.getByText("Biểu này không có cột So sánh (%) nên không ghi được.");
    expect(button.getAttribute("aria-describedby")).toBe(reason.id);
  });

  it("shows an error when writing fails", async () => {
    show(summaryOf(sheetValues()), { write: () => Promise.reject(new Error("AccessDenied")) });
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ghi vào 2 ô" }));
    await screen.findByText(/Không ghi được vào biểu\. AccessDenied/);
  });

  it("through a workbook host: the counts match the sheet, the typed value is replaced when asked, Hoàn tác puts it back", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: SHEET, values: sheetValues() as Array<Array<string | number | null>> }],
    });
    const host = fakeHost(fake);
    const summary = summaryOf(sheetValues());
    show(summary, {
      preview: () => host.previewPercents(summary.ret, settings),
      write: (options) => host.writePercents(summary.ret, settings, options),
      undo: () => host.undoPercents(summary.ret),
    });
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    const dialog = await screen.findByRole("dialog", undefined, { timeout: 10_000 });
    expect(dialog.textContent).toMatch(/ghi vào 2 ô .*1 ô đã có số gõ tay: 0 ô khớp với số tính lại, 1 ô khác/);
    fireEvent.click(within(dialog).getByRole("checkbox"));
    fireEvent.click(within(dialog).getByRole("button", { name: "Ghi vào 3 ô" }));
    await screen.findByText(/Đã ghi 3 ô\. Trong đó 1 ô thay số gõ tay/, undefined, { timeout: 10_000 });
    expect(fake.workbook.sheet(SHEET).values("F2:F5")).toEqual([[110], [86.8], [68], [""]]);
    await waitFor(() => expect(hiddenOutsideDialogs()).toEqual([]));
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    await screen.findByText("Đã đặt lại 3 ô như trước khi ghi.", undefined, { timeout: 10_000 });
    expect(fake.workbook.sheet(SHEET).values("F2:F5")).toEqual([[""], [""], [70], [""]]);
  });
});
