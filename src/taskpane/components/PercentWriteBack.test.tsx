/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { createFakeExcel } from "../../../test/support/excel-fake";
import { type ReturnSummary, summarizeReturn } from "../../core/analyze";
import type { CellValue } from "../../core/grid";
import { parseSettings } from "../../core/settings";
import { scoreReturn } from "../../core/scoring/score-return";
import { readReturn } from "../../core/table/read-return";
import type { PaneLanguage } from "../i18n";
import { PercentWriteBack, type WriteBackResult } from "./PercentWriteBack";

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

function show(summary: ReturnSummary, onWrite: () => Promise<WriteBackResult>, language: PaneLanguage = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PercentWriteBack summary={summary} language={language} onWrite={onWrite} />
    </FluentProvider>,
  );
}

describe("PercentWriteBack", () => {
  it("explains exactly what will be written, and Cancel writes nothing", async () => {
    const onWrite = jest.fn<Promise<WriteBackResult>, []>();
    show(summaryOf(sheetValues()), onWrite);
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toMatch(/tối đa 3 ô của cột F \(So sánh %\) trên trang “Xã Bản Công”/);
    expect(dialog.textContent).toMatch(/Chỉ ghi vào ô đang trống hoặc ô do tiện ích này ghi trước đó/);
    expect(dialog.textContent).toMatch(/Không bao giờ ghi đè ô khác/);
    expect(dialog.textContent).toMatch(
      /nay chỉ tiêu không còn tính được tỷ lệ đạt .* sẽ được xoá trống, nếu chưa ai sửa/,
    );
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onWrite).not.toHaveBeenCalled();
  });

  it("on confirm writes once and reports what was written, emptied and skipped", async () => {
    const onWrite = jest
      .fn<Promise<WriteBackResult>, []>()
      .mockResolvedValue({ written: 2, cleared: 1, skipped: 1, findings: [] });
    show(summaryOf(sheetValues()), onWrite, "en");
    fireEvent.click(screen.getByRole("button", { name: "Write % into the sheet's % column" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write into the return" }));
    await screen.findByText(
      /Wrote 2 cells\. Emptied 1 old % cell whose indicator no longer has an achievement\. Skipped 1 cell because the user typed values there\./,
    );
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("is disabled, with the reason, when the return has no % column", () => {
    const onWrite = jest.fn<Promise<WriteBackResult>, []>();
    show(summaryOf(sheetValues(false)), onWrite);
    const button = screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = screen.getByText("Biểu này không có cột So sánh (%) nên không ghi được.");
    expect(button.getAttribute("aria-describedby")).toBe(reason.id);
  });

  it("shows an error when writing fails", async () => {
    show(summaryOf(sheetValues()), () => Promise.reject(new Error("AccessDenied")));
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ghi vào biểu" }));
    await screen.findByText(/Không ghi được vào biểu\. AccessDenied/);
  });

  it("through a workbook host: writes only the empty % cells of the sheet", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: SHEET, values: sheetValues() as Array<Array<string | number | null>> }],
    });
    const host = fakeHost(fake);
    const summary = summaryOf(sheetValues());
    show(summary, () => host.writePercents(summary.ret, settings));
    fireEvent.click(screen.getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ghi vào biểu" }));
    await screen.findByText(/Đã ghi 2 ô\. Bỏ qua 1 ô vì người dùng đã nhập số liệu vào đó\./);
    expect(fake.workbook.sheet(SHEET).values("F2:F5")).toEqual([[110], [86.8], [70], [""]]);
  });
});
