/**
 * A plan's CellStyle → an exceljs style. Every cell gets the plan's font by name and size:
 * LibreOffice falls back to a serif font when a cell names none.
 */
import type * as ExcelJS from "exceljs";
import type { CellStyle, SummaryPlan } from "../core/plan/types";

/** "#9FD9B4" → "FF9FD9B4" (exceljs wants ARGB). */
export function toArgb(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : "FF000000";
}

export function solidFill(colour: string): ExcelJS.FillPattern {
  const argb = toArgb(colour);
  // fgColor paints a cell; bgColor is what a conditional format's dxf fill uses. Set both.
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

export function toExcelStyle(style: CellStyle | undefined, font: SummaryPlan["font"]): Partial<ExcelJS.Style> {
  const s = style ?? {};
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: s.size ?? font.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: true } : {}),
      ...(s.color ? { color: { argb: toArgb(s.color) } } : {}),
    },
  };
  if (s.fill) out.fill = solidFill(s.fill);
  if (s.horizontal || s.vertical || s.wrap || s.indent) {
    out.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}
