/**
 * Building blocks for the example returns: a workbook with fixed dates, the one-header-row
 * "standard" table (STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | So sánh (%) | Ghi chú), title
 * rows and the signature block, styled the way commune offices style them.
 */
import * as ExcelJS from "exceljs";
import { GROUPS, OF_WHICH_BEFORE, type Fig, type GroupKey, type IndicatorSpec } from "./indicators";

/** Every example carries this date, so reruns give the same files. */
export const FIXED_DATE = new Date(Date.UTC(2022, 5, 15, 8, 0, 0));

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "UBND xã";
  workbook.lastModifiedBy = "UBND xã";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

export interface TextStyle {
  /** Body font (".VnTime" for a TCVN3 file). */
  font: string;
  /** Font for all-capitals text (titles, group rows): ".VnTimeH" for TCVN3. */
  capsFont: string;
  /** Applied to every text written: identity, or encodeTcvn3. */
  text: (s: string) => string;
}

export const UNICODE_TEXT: TextStyle = { font: "Times New Roman", capsFont: "Times New Roman", text: (s) => s };

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A merged, centred, bold title row across columns `from`..`to`. */
export function titleRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  style: TextStyle,
  span: { from: number; to: number },
  options: { bold?: boolean; italic?: boolean; size?: number; caps?: boolean } = {},
): void {
  sheet.mergeCells(row, span.from, row, span.to);
  const cell = sheet.getCell(row, span.from);
  cell.value = style.text(text);
  cell.font = {
    name: options.caps ? style.capsFont : style.font,
    size: options.size ?? 13,
    bold: options.bold ?? true,
    italic: options.italic ?? false,
  };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Header cells: bold, centred, wrapped, bordered. */
export function headerCell(sheet: ExcelJS.Worksheet, row: number, col: number, text: string, style: TextStyle): void {
  const cell = sheet.getCell(row, col);
  cell.value = style.text(text);
  cell.font = { name: style.font, size: 12, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.border = BORDER;
}

/** A figure as typed: numbers stay numbers, texts are written as text in the file's encoding. */
export function figureValue(value: Fig, style: TextStyle): ExcelJS.CellValue {
  if (value === null) return null;
  return typeof value === "number" ? value : style.text(value);
}

/** The sheet's own "So sánh (%)": a formula with its cached result, as offices type it. */
export function percentFormula(
  row: number,
  planCol: string,
  actualCol: string,
  plan: Fig,
  actual: Fig,
): ExcelJS.CellValue {
  if (typeof plan !== "number" || typeof actual !== "number" || plan === 0) return null;
  return {
    formula: `ROUND(${actualCol}${row}/${planCol}${row}*100,1)`,
    result: Math.round((actual / plan) * 1000) / 10,
  };
}

export interface BodyCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
}

/** One bordered table row. */
export function bodyRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  cells: BodyCell[],
  style: TextStyle,
  caps = false,
): void {
  cells.forEach((c, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = c.value;
    cell.font = {
      name: caps ? style.capsFont : style.font,
      size: 12,
      bold: c.bold ?? false,
      italic: c.italic ?? false,
    };
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", wrapText: true, ...(c.align ? { horizontal: c.align } : {}) };
    if (c.numFmt) cell.numFmt = c.numFmt;
  });
}

/** The place-and-date line and the two signers, below the table. Returns the last row used. */
export function signatureBlock(
  sheet: ExcelJS.Worksheet,
  row: number,
  place: string,
  style: TextStyle,
  columns: { left: [number, number]; right: [number, number] },
): number {
  const line = (r: number, span: [number, number], text: string, bold: boolean, italic: boolean): void => {
    sheet.mergeCells(r, span[0], r, span[1]);
    const cell = sheet.getCell(r, span[0]);
    cell.value = style.text(text);
    cell.font = { name: bold && text === text.toUpperCase() ? style.capsFont : style.font, size: 12, bold, italic };
    cell.alignment = { horizontal: "center" };
  };
  line(row, columns.right, `${place}, ngày 15 tháng 6 năm 2022`, false, true);
  line(row + 1, columns.left, "NGƯỜI LẬP BIỂU", true, false);
  line(row + 1, columns.right, "TM. ỦY BAN NHÂN DÂN", true, false);
  line(row + 2, columns.right, "CHỦ TỊCH", true, false);
  line(row + 6, columns.left, "Lò Văn Páo", true, false);
  line(row + 6, columns.right, "Giàng A Chứ", true, false);
  return row + 6;
}

export interface StandardReturn {
  sheetName: string;
  /** "XÃ TRẠM TẤU" — upper case, for the title. */
  communeCaps: string;
  /** "Trạm Tấu" — for the place-and-date line. */
  place: string;
  subtitle: string;
  indicators: IndicatorSpec[];
  style?: TextStyle;
  /** Extra rows inserted after the indicator with this key (e.g. "+ Trong đó: nữ"). */
  extraAfter?: Record<string, IndicatorSpec[]>;
  /** Per-key override of the percent column cell (typed values, wrong figures, errors). */
  percentOverride?: Record<string, Override>;
  /** Per-key override of the actual column cell (error values, formulas). */
  actualOverride?: Record<string, Override>;
}

/** A cell value, or one made from the sheet row it lands on (for formulas). */
export type Override = ExcelJS.CellValue | ((row: number) => ExcelJS.CellValue);

function resolve(override: Override, row: number): ExcelJS.CellValue {
  return typeof override === "function" ? override(row) : override;
}

const STANDARD_HEADERS = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Thực hiện 6 tháng", "So sánh (%)", "Ghi chú"];
const STANDARD_WIDTHS = [6, 46, 11, 12, 12, 10, 24];

/** The standard one-header-row return on `sheet`. */
export function writeStandardReturn(sheet: ExcelJS.Worksheet, spec: StandardReturn): void {
  const style = spec.style ?? UNICODE_TEXT;
  const span = { from: 1, to: STANDARD_HEADERS.length };
  STANDARD_WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  titleRow(
    sheet,
    1,
    `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022 - ${spec.communeCaps}`,
    style,
    span,
    { caps: true },
  );
  sheet.getRow(1).height = 36;
  titleRow(sheet, 2, spec.subtitle, style, span, { bold: false, italic: true, size: 12 });
  STANDARD_HEADERS.forEach((h, i) => headerCell(sheet, 4, i + 1, h, style));
  sheet.getRow(4).height = 32;
  let row = 5;
  let group: GroupKey | null = null;
  let number = 0;
  const rows: IndicatorSpec[] = [];
  for (const ind of spec.indicators) {
    rows.push(ind);
    rows.push(...(spec.extraAfter?.[ind.key] ?? []));
  }
  for (const ind of rows) {
    if (ind.group !== group) {
      group = ind.group;
      const g = GROUPS[group];
      bodyRow(
        sheet,
        row++,
        [
          { value: g.code, bold: true, align: "center" },
          { value: style.text(`${g.code}. ${g.title}`), bold: true },
          ...blank(5),
        ],
        style,
        true,
      );
      number = 0;
    }
    if (OF_WHICH_BEFORE.has(ind.key)) {
      bodyRow(sheet, row++, [{ value: null }, { value: style.text("Trong đó:"), italic: true }, ...blank(5)], style);
    }
    const code = ind.sub ? null : String(++number);
    const percent =
      spec.percentOverride && ind.key in spec.percentOverride
        ? resolve(spec.percentOverride[ind.key], row)
        : percentFormula(row, "D", "E", ind.plan, ind.actual);
    const actual =
      spec.actualOverride && ind.key in spec.actualOverride
        ? resolve(spec.actualOverride[ind.key], row)
        : figureValue(ind.actual, style);
    bodyRow(
      sheet,
      row,
      [
        { value: code, align: "center" },
        { value: style.text(ind.name), italic: ind.sub },
        { value: style.text(ind.unit), align: "center" },
        { value: figureValue(ind.plan, style), numFmt: "#,##0.##", align: "right" },
        { value: actual, numFmt: "#,##0.##", align: "right" },
        { value: percent, numFmt: "0.0", align: "right" },
        { value: ind.note ? style.text(ind.note) : null },
      ],
      style,
    );
    row++;
  }
  signatureBlock(sheet, row + 1, spec.place, style, { left: [1, 3], right: [5, 7] });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 4 }];
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
}

function blank(n: number): BodyCell[] {
  return Array.from({ length: n }, () => ({ value: null }));
}
