import { localizeProblem } from "../i18n/messages";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { renumberedRepeatFindings, repeatedRows } from "./repeated-rows";

const rows = (inputs: IndicatorInput[]) => returnTable("Xã A", inputs).indicators;

describe("repeated rows of one return", () => {
  it("same name, group and parent is a repeat whatever the STT; another group or parent is not", () => {
    const list = rows([
      { name: "Thu ngân sách", code: "7", group: "I. KINH TẾ" }, // 0
      { name: "THU  NGÂN SÁCH ", code: "8", group: "I. KINH TẾ" }, // 1: a repeat of 0
      { name: "Thu ngân sách", code: "1", group: "II. XÃ HỘI" }, // 2: another group
      { name: "Tỷ lệ hộ nghèo", group: "II. XÃ HỘI" }, // 3
      { name: "- Hộ nghèo", parent: 3, group: "II. XÃ HỘI" }, // 4
      { name: "Số hộ", group: "II. XÃ HỘI" }, // 5
      { name: "- Hộ nghèo", parent: 5, group: "II. XÃ HỘI" }, // 6: another parent
      { name: "Hộ nghèo", parent: 3, group: "II. XÃ HỘI" }, // 7: a repeat of 4 (bullet aside)
    ]);
    expect(repeatedRows(list)).toEqual([-1, 0, -1, -1, -1, -1, -1, 4]);
  });

  it("a renumbered repeat is reported naming both cells; one with the same STT is left to the reader", () => {
    const list = rows([
      { name: "Thu ngân sách trên địa bàn", code: "7" },
      { name: "Thu ngân sách trên địa bàn", code: "8" },
      { name: "Dân số", code: "9" },
      { name: "Dân số", code: "9" },
    ]);
    const findings = renumberedRepeatFindings(list, "Phình Hồ");
    expect(findings).toEqual([
      {
        sheet: "Phình Hồ",
        cell: "B6",
        severity: "warning",
        code: "duplicate-indicator",
        params: { name: "Thu ngân sách trên địa bàn", first: "B5" },
      },
    ]);
    expect(localizeProblem(findings[0], "a.xlsx", "vi").message).toBe(
      "Tệp a.xlsx, trang “Phình Hồ”, ô B6: Chỉ tiêu “Thu ngân sách trên địa bàn” bị lặp: ô B5 và ô này; bản tổng hợp các xã chỉ tính dòng ở ô B5, hãy xem dòng nào đúng.",
    );
    expect(localizeProblem(findings[0], "a.xlsx", "en").message).toContain("appears twice: B5 and this cell");
  });
});
