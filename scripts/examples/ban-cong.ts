/**
 * xa-ban-cong.xlsx: a two-row header (STT, Chỉ tiêu, ĐVT merged down; "Năm 2021" over
 * "Thực hiện" as the baseline, "Năm 2022" over "Kế hoạch | Ước thực hiện"), then a row of
 * column numbers "A | B | C | 1 | 2 | 3 | 4=3/2". Figures are real numbers; rates partly stored
 * as fractions with a percent format (0.79 shown as 79%).
 */
import type * as ExcelJS from "exceljs";
import { GROUPS, indicator, type Fig, type GroupKey } from "./indicators";
import { UNICODE_TEXT, bodyRow, headerCell, newWorkbook, signatureBlock, titleRow } from "./sheet-kit";

interface Row {
  key: string;
  baseline: Fig; // thực hiện năm 2021
  plan: Fig;
  actual: Fig;
  /** Stored as fractions with this percent format. */
  percentFormat?: string;
}

const ROWS: Row[] = [
  { key: "grain", baseline: 2210, plan: 2380, actual: 1105 },
  { key: "grainPerHead", baseline: 372, plan: 400, actual: 356 },
  { key: "rice", baseline: 298, plan: 305, actual: 302 },
  { key: "forest", baseline: 41, plan: 45, actual: 22 },
  { key: "forestCover", baseline: 0.583, plan: 0.6, actual: 0.592, percentFormat: "0.0%" },
  { key: "livestock", baseline: 4870, plan: 5000, actual: 4915 },
  { key: "income", baseline: 19.5, plan: 24, actual: 18.2 },
  { key: "budget", baseline: 26, plan: 28, actual: 21.5 },
  { key: "ntm", baseline: "14/19", plan: 19, actual: "15/19" },
  { key: "roads", baseline: 3.2, plan: 4, actual: 1.5 },
  { key: "povertyRate", baseline: 35.2, plan: 31, actual: 32.1 },
  { key: "poorHouseholds", baseline: 412, plan: 365, actual: 376 },
  { key: "households", baseline: 1170, plan: 1180, actual: 1172 },
  { key: "leftPoverty", baseline: 52, plan: 47, actual: 36 },
  { key: "vaccination", baseline: 0.91, plan: 0.96, actual: 0.79, percentFormat: "0%" },
  { key: "insurance", baseline: 0.948, plan: 0.95, actual: 0.963, percentFormat: "0.0%" },
  { key: "schooling", baseline: 0.985, plan: 0.99, actual: 0.992, percentFormat: "0.0%" },
  { key: "jobs", baseline: 98, plan: 110, actual: 64 },
  { key: "childMarriage", baseline: 3, plan: 0, actual: 1 },
  { key: "recruits", baseline: "đạt", plan: "đạt", actual: "đạt" },
  { key: "violations", baseline: 7, plan: 5, actual: 4 },
  { key: "partyMembers", baseline: 21, plan: 25, actual: 12 },
];

export function buildBanCong(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Xã Bản Công");
  const style = UNICODE_TEXT;
  [6, 44, 11, 11, 11, 11, 11].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const span = { from: 1, to: 7 };
  titleRow(sheet, 1, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2022 - XÃ BẢN CÔNG", style, span, {
    caps: true,
  });
  sheet.getRow(1).height = 36;
  titleRow(sheet, 2, "(Số liệu ước tính đến ngày 15/6/2022)", style, span, { bold: false, italic: true, size: 12 });

  // Two header rows.
  for (const [col, text] of [
    [1, "STT"],
    [2, "Chỉ tiêu"],
    [3, "ĐVT"],
  ] as const) {
    headerCell(sheet, 4, col, text, style);
    headerCell(sheet, 5, col, "", style);
    sheet.mergeCells(4, col, 5, col);
  }
  headerCell(sheet, 4, 4, "Năm 2021", style);
  headerCell(sheet, 5, 4, "Thực hiện", style);
  headerCell(sheet, 4, 5, "Năm 2022", style);
  headerCell(sheet, 4, 6, "", style);
  sheet.mergeCells(4, 5, 4, 6);
  headerCell(sheet, 5, 5, "Kế hoạch", style);
  headerCell(sheet, 5, 6, "Ước thực hiện", style);
  headerCell(sheet, 4, 7, "So sánh (%)", style);
  headerCell(sheet, 5, 7, "", style);
  sheet.mergeCells(4, 7, 5, 7);
  ["A", "B", "C", "1", "2", "3", "4=3/2"].forEach((t, i) => {
    headerCell(sheet, 6, i + 1, t, style);
    sheet.getCell(6, i + 1).font = { name: style.font, size: 10, italic: true };
  });

  let row = 7;
  let group: GroupKey | null = null;
  let number = 0;
  for (const r of ROWS) {
    const spec = indicator(r.key);
    if (spec.group !== group) {
      group = spec.group;
      const g = GROUPS[group];
      bodyRow(
        sheet,
        row++,
        [
          { value: g.code, bold: true, align: "center" },
          { value: `${g.code}. ${g.title}`, bold: true },
          ...Array.from({ length: 5 }, () => ({ value: null })),
        ],
        style,
        true,
      );
    }
    const decimals = [r.baseline, r.plan, r.actual].some((v) => typeof v === "number" && !Number.isInteger(v));
    const numFmt = r.percentFormat ?? (decimals ? "#,##0.0" : "#,##0");
    const compare: ExcelJS.CellValue =
      typeof r.plan === "number" && typeof r.actual === "number" && r.plan !== 0
        ? { formula: `F${row}/E${row}`, result: r.actual / r.plan }
        : null;
    bodyRow(
      sheet,
      row,
      [
        { value: String(++number), align: "center" },
        { value: spec.name },
        { value: spec.unit, align: "center" },
        { value: r.baseline, numFmt, align: "right" },
        { value: r.plan, numFmt, align: "right" },
        { value: r.actual, numFmt, align: "right" },
        { value: compare, numFmt: "0.0%", align: "right" },
      ],
      style,
    );
    row++;
  }
  signatureBlock(sheet, row + 1, "Bản Công", style, { left: [1, 2], right: [4, 7] });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 6 }];
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  return workbook;
}
