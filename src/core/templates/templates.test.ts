import type { CellValue, Grid } from "../grid";
import { analyze } from "../analyze";
import type { PlanSheet } from "../plan/types";
import { DEFAULT_SETTINGS, parseSettings } from "../settings";
import { readReturn } from "../table/read-return";
import { RETURN_COL, achievementFormula, blankReturnTemplate, templateWorkbook } from "./blank-return";
import { RETURN_GROUPS, UNIT_LIST } from "./return-catalogue";
import { MET, NOT_MET, NTM_CRITERIA, ntmChecklistTemplate, ntmCountFormula, ntmCountSource } from "./ntm-checklist";

/** The sheet as a reader sees it: plan cells' values (formulas show their cached value) and merges. */
function gridFromPlan(sheet: PlanSheet, override: (row: number, col: number) => CellValue | undefined = () => undefined): Grid {
  const rows = Math.max(...sheet.cells.map((c) => c.row));
  const cols = Math.max(...sheet.cells.map((c) => c.col));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  for (const c of sheet.cells) values[c.row - 1][c.col - 1] = c.value;
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const v = override(r, c);
      if (v !== undefined) values[r - 1][c - 1] = v;
    }
  return { sheet: sheet.name, top: 1, left: 1, values, merges: sheet.merges };
}

const allIndicators = RETURN_GROUPS.flatMap((g) => g.indicators);
const cellOf = (sheet: PlanSheet, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe("blankReturnTemplate", () => {
  const plan = blankReturnTemplate(DEFAULT_SETTINGS);
  const sheet = plan.sheets[0];

  test("the engine's reader recognises it: columns, groups, indicators and units, no figures", () => {
    const { table, findings } = readReturn(gridFromPlan(sheet));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(table).not.toBeNull();
    expect(table?.columns).toMatchObject({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6, note: 7 });
    expect(table?.indicators.map((i) => i.name)).toEqual(allIndicators.map((i) => i.vi));
    expect(table?.indicators.map((i) => i.unit)).toEqual(allIndicators.map((i) => i.unit));
    expect(new Set(table?.indicators.map((i) => i.group))).toEqual(new Set(["I. KINH TẾ", "II. VĂN HÓA - XÃ HỘI", "III. QUỐC PHÒNG - AN NINH", "IV. XÂY DỰNG ĐẢNG, CHÍNH QUYỀN"]));
    for (const ind of table?.indicators ?? []) {
      expect(ind.plan.kind).toBe("blank");
      expect(ind.actual.kind).toBe("blank");
    }
  });

  test("title rows, header and signature block", () => {
    expect(cellOf(sheet, 1, 1)?.value).toMatch(/^BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI \.+ NĂM \.+$/);
    expect(cellOf(sheet, 2, 1)?.value).toMatch(/^\(Kèm theo báo cáo số/);
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 7 });
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cellOf(sheet, 4, c)?.value)).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"]);
    const texts = sheet.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]));
    const period = blankReturnTemplate(parseSettings({ period: "6 tháng đầu năm 2025" })).sheets[0];
    expect(cellOf(period, 1, 1)?.value).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2025");
  });

  test("the % column is a direction-aware formula and figure cells have number formats", () => {
    const pct = sheet.cells.filter((c) => c.col === RETURN_COL.pct && c.formula);
    expect(pct).toHaveLength(allIndicators.length);
    const poverty = sheet.cells.find((c) => c.value === "Tỷ lệ hộ nghèo");
    const revenue = sheet.cells.find((c) => c.value === "Thu ngân sách nhà nước trên địa bàn");
    expect(cellOf(sheet, poverty!.row, RETURN_COL.pct)?.formula).toBe(achievementFormula(poverty!.row, "down"));
    expect(cellOf(sheet, revenue!.row, RETURN_COL.pct)?.formula).toBe(`IF(AND(AND(ISNUMBER(D${revenue!.row}),ISNUMBER(E${revenue!.row})),D${revenue!.row}<>0),E${revenue!.row}/D${revenue!.row},"")`);
    expect(plan.styles[cellOf(sheet, poverty!.row, RETURN_COL.pct)!.style!].numberFormat).toBe("0.0%");
    expect(plan.styles[cellOf(sheet, poverty!.row, RETURN_COL.plan)!.style!].numberFormat).toBe("0.00");
    expect(plan.styles[cellOf(sheet, revenue!.row, RETURN_COL.actual)!.style!].numberFormat).toBe("#,##0.0");
  });

  test("filled in, the engine scores it: up, down (lower is better) and criteria", () => {
    const rowOf = (name: string) => sheet.cells.find((c) => c.value === name)!.row;
    const figures: Record<number, [number, number]> = {
      [rowOf("Thu ngân sách nhà nước trên địa bàn")]: [30, 33],
      [rowOf("Tỷ lệ hộ nghèo")]: [4, 5],
      [rowOf("Số tiêu chí nông thôn mới đạt")]: [19, 12],
    };
    const grid = gridFromPlan(sheet, (r, c) => (figures[r] && (c === 4 || c === 5) ? figures[r][c - 4] : undefined));
    const analysis = analyze([{ file: "xa.xlsx", grids: [grid], findings: [] }], DEFAULT_SETTINGS);
    const scored = analysis.returns[0].ret.indicators;
    const get = (name: string) => scored.find((i) => i.name === name)!;
    expect(get("Thu ngân sách nhà nước trên địa bàn").achievement).toBeCloseTo(110, 5);
    expect(get("Tỷ lệ hộ nghèo").direction).toBe("down");
    expect(get("Tỷ lệ hộ nghèo").achievement).toBeCloseTo(80, 5);
    expect(get("Số tiêu chí nông thôn mới đạt").achievement).toBeCloseTo((12 / 19) * 100, 5);
  });

  test("a unit dropdown over the ĐVT column of the indicator rows", () => {
    const rows = sheet.cells.filter((c) => c.col === RETURN_COL.unit && typeof c.value === "string" && UNIT_LIST.includes(c.value)).map((c) => c.row);
    expect(sheet.validations).toEqual([{ range: { top: Math.min(...rows) - 1, left: 3, bottom: Math.max(...rows), right: 3 }, list: [...UNIT_LIST] }]);
    for (const unit of UNIT_LIST) expect(unit).not.toContain(",");
    for (const ind of allIndicators) expect(UNIT_LIST).toContain(ind.unit);
  });

  test("in English the labels are English and the reader still recognises the headers", () => {
    const en = blankReturnTemplate(parseSettings({ language: "en" })).sheets[0];
    expect(cellOf(en, 1, 1)?.value).toMatch(/^REPORT ON SOCIO-ECONOMIC TARGETS/);
    expect(cellOf(en, 4, 4)?.value).toBe("Kế hoạch (Plan)");
    const { table } = readReturn(gridFromPlan(en));
    expect(table?.columns).toMatchObject({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6, note: 7 });
    expect(table?.indicators).toHaveLength(allIndicators.length);
    expect(table?.indicators[6].name).toBe("Tỷ lệ hộ nghèo (Poverty rate)");
  });
});

describe("ntmChecklistTemplate", () => {
  it("is not mistaken for a return when the workbook is scanned (no plan or result column)", () => {
    const { table, findings } = readReturn(gridFromPlan(ntmChecklistTemplate(DEFAULT_SETTINGS).sheets[0]));
    expect(table).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: "sheet-no-header", severity: "warning" })]);
  });

  const sheet = ntmChecklistTemplate(DEFAULT_SETTINGS).sheets[0];

  test("the 19 criteria of Quyết định 318/QĐ-TTg, in order, numbered 1..19", () => {
    const names = sheet.cells.filter((c) => c.col === 2 && c.row >= 5 && c.row <= 23).map((c) => c.value);
    expect(names).toEqual(NTM_CRITERIA.map((c) => c.vi));
    expect(names[0]).toBe("Quy hoạch");
    expect(names[18]).toBe("Quốc phòng và An ninh");
    expect(sheet.cells.filter((c) => c.col === 1 && c.row >= 5 && c.row <= 23).map((c) => c.value)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  test("a Đạt / Chưa đạt dropdown, the COUNTIF count and the 'Xã đạt …/19 tiêu chí' line", () => {
    expect(sheet.validations).toEqual([{ range: { top: 5, left: 3, bottom: 23, right: 3 }, list: [MET, NOT_MET] }]);
    const src = ntmCountSource("vi");
    expect(src).toEqual({ sheet: "Tiêu chí NTM", cell: "C24", results: "C5:C23" });
    expect(cellOf(sheet, 24, 3)?.formula).toBe('COUNTIF(C5:C23,"Đạt")');
    expect(cellOf(sheet, 25, 2)?.formula).toBe('"Xã đạt "&C24&"/19 tiêu chí"');
    expect(ntmCountFormula("vi")).toBe(`IF(COUNTA('Tiêu chí NTM'!C5:C23)=0,"",'Tiêu chí NTM'!C24)`);
  });

  test("templateWorkbook links the return's NTM actual to the checklist count", () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Mẫu báo cáo", "Tiêu chí NTM"]);
    const ret = plan.sheets[0];
    const ntmRow = ret.cells.find((c) => c.value === "Số tiêu chí nông thôn mới đạt")!.row;
    expect(cellOf(ret, ntmRow, RETURN_COL.actual)).toMatchObject({ value: null, formula: ntmCountFormula("vi") });
    expect(ntmChecklistTemplate(parseSettings({ language: "en" })).sheets[0].name).toBe("NTM criteria");
  });
});

describe("row heights", () => {
  test("long names get a taller row so wrapped text does not overlap; short ones keep the default", () => {
    const sheet = blankReturnTemplate(DEFAULT_SETTINGS).sheets[0];
    const long = sheet.cells.find((c) => c.value === "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên")!;
    const short = sheet.cells.find((c) => c.value === "Tỷ lệ hộ nghèo")!;
    expect(sheet.rowHeights[long.row]).toBeGreaterThanOrEqual(30);
    expect(sheet.rowHeights[short.row]).toBeUndefined();
  });
});
