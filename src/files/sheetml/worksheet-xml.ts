/**
 * One PlanSheet as a worksheet part (xl/worksheets/sheetN.xml), written straight from the plan:
 * the structures exceljs's streaming writer wrote before (the same views, sheet format, columns,
 * rows, cells, merges, conditional formats, dropdowns, margins, page setup and footer), in the
 * schema's element order. Row breaks and the drawing of the charts come from package-finish.ts.
 */
import { a1, columnLetters, rangeA1 } from "../../core/address";
import { DEFAULT_ROW_HEIGHT, PAGE_MARGINS } from "../../core/plan/pagination";
import type { PlanCell, PlanSheet } from "../../core/plan/types";
import { hyperlinkFormula, validationListFormula } from "../fill-sheet";
import { PAPER_A4, footerCode } from "../sheet-setup";
import { toArgb } from "../plan-style";
import type { SharedStrings } from "./shared-strings";
import type { StyleBook } from "./style-book";
import { xmlText } from "./xml-text";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"' +
  ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** A cell of the sheet: a plan cell, or (cell null) a cell covered by a merge, with its style index. */
interface Slot {
  cell: PlanCell | null;
  s: number;
}

/** What a cell holds in the file: a value, or a formula with its cached result. */
function cellXml(ref: string, slot: Slot, strings: SharedStrings): string {
  const open = slot.s ? `<c r="${ref}" s="${slot.s}"` : `<c r="${ref}"`;
  const cell = slot.cell;
  if (!cell) return `${open}/>`;
  const value = typeof cell.value === "number" && !Number.isFinite(cell.value) ? null : cell.value;
  let formula: string | null = null;
  let result: PlanCell["value"] = value;
  if (cell.formula) formula = cell.formula.replace(/^=/, "");
  else if (cell.link) {
    result = value === null ? "" : String(value);
    formula = hyperlinkFormula(cell.link, result);
  }
  if (formula !== null) {
    const f = `<f>${xmlText(formula)}</f>`;
    if (result === null) return `${open}>${f}</c>`;
    if (typeof result === "string") return `${open} t="str">${f}<v>${xmlText(result)}</v></c>`;
    if (typeof result === "boolean") return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    return `${open}>${f}<v>${result}</v></c>`;
  }
  if (value === null) return `${open}/>`;
  // Text is always a shared string: never a formula, whatever it starts with.
  if (typeof value === "string") return `${open} t="s"><v>${strings.add(value)}</v></c>`;
  if (typeof value === "boolean") return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${open}><v>${value}</v></c>`;
}

function sheetPrXml(plan: PlanSheet, fitToPage: boolean): string {
  const tab = plan.tabColor ? `<tabColor rgb="${toArgb(plan.tabColor)}"/>` : "";
  const fit = fitToPage ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

/** Frozen rows and columns, as exceljs's frozen view. */
function sheetViewsXml(freeze: PlanSheet["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return "";
  const x = Math.max(0, freeze.columns);
  const y = Math.max(0, freeze.rows);
  const pane = x && y ? "bottomRight" : x ? "topRight" : "bottomLeft";
  const split = (x ? ` xSplit="${x}"` : "") + (y ? ` ySplit="${y}"` : "");
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${a1(y + 1, x + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** Column widths, adjacent columns of the same width in one <col>. */
function colsXml(widths: readonly number[]): string {
  let out = "";
  for (let i = 0; i < widths.length; i++) {
    const width = widths[i];
    // Every width the plan gives, 9 included (exceljs left 9 out as its default, so Excel and
    // LibreOffice showed such columns at their own 8.43, narrower than the page fitting assumed).
    if (!(width > 0)) continue;
    let last = i;
    while (last + 1 < widths.length && widths[last + 1] === width) last++;
    out += `<col min="${i + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`;
    i = last;
  }
  return out ? `<cols>${out}</cols>` : "";
}

/** Column letters by number, as far as any sheet so far needed them. */
const LETTERS: string[] = [""];
function letters(col: number): string {
  while (LETTERS.length <= col) LETTERS.push(columnLetters(LETTERS.length));
  return LETTERS[col];
}

function sheetDataXml(plan: PlanSheet, styles: StyleBook, strings: SharedStrings): string {
  // Row → column → what the cell holds; a later write to a cell wins, as in exceljs.
  const rows = new Map<number, Map<number, Slot>>();
  const put = (row: number, col: number, slot: Slot) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, slot);
  };
  for (const cell of plan.cells) put(cell.row, cell.col, { cell, s: styles.cellStyle(cell.style) });
  // A merged area shows its top-left cell: the others are empty and take its style.
  for (const m of plan.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    const s = rows.get(m.top)?.get(m.left)?.s ?? 0;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) put(r, c, { cell: null, s });
  }
  const heights = new Map<number, number>();
  for (const [row, height] of Object.entries(plan.rowHeights)) if (height) heights.set(Number(row), height);
  const numbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let out = "<sheetData>";
  for (const row of numbers) {
    const height = heights.get(row);
    let open = `<row r="${row}"`;
    if (height) open += ` ht="${height}" customHeight="1"`;
    const cells = rows.get(row);
    if (!cells) {
      out += `${open} x14ac:dyDescent="0.25"/>`;
      continue;
    }
    const cols = [...cells.keys()].sort((a, b) => a - b);
    out += `${open} spans="${cols[0]}:${cols[cols.length - 1]}" x14ac:dyDescent="0.25">`;
    for (const col of cols) out += cellXml(letters(col) + row, cells.get(col)!, strings);
    out += "</row>";
  }
  return `${out}</sheetData>`;
}

function mergeCellsXml(merges: PlanSheet["merges"]): string {
  const refs = merges
    .filter((m) => m.top !== m.bottom || m.left !== m.right)
    .map((m) => `<mergeCell ref="${rangeA1(m.top, m.left, m.bottom, m.right)}"/>`);
  return refs.length ? `<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>` : "";
}

/** Each format's rules in order, priorities counted over the sheet: the first rule that matches wins. */
function conditionalFormattingXml(plan: PlanSheet, styles: StyleBook): string {
  let priority = 1;
  let out = "";
  for (const format of plan.conditionalFormats) {
    const { top, left, bottom, right } = format.range;
    out += `<conditionalFormatting sqref="${rangeA1(top, left, bottom, right)}">`;
    for (const rule of format.rules) {
      out +=
        `<cfRule type="expression" dxfId="${styles.ruleStyle(rule)}" priority="${priority++}" stopIfTrue="1">` +
        `<formula>${xmlText(rule.formula.replace(/^=/, ""))}</formula></cfRule>`;
    }
    out += "</conditionalFormatting>";
  }
  return out;
}

/** In-cell dropdowns; blanks allowed, other values not rejected (no error alert). */
function dataValidationsXml(validations: PlanSheet["validations"] = []): string {
  if (validations.length === 0) return "";
  const items = validations.map(
    (v) =>
      `<dataValidation type="list" allowBlank="1" sqref="${rangeA1(v.range.top, v.range.left, v.range.bottom, v.range.right)}">` +
      `<formula1>${xmlText(validationListFormula(v.list))}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** Margins, A4, and the scale or the fit to the page width (as many pages down as needed). */
function pageXml(page: PlanSheet["page"]): string {
  const m = page.margins ?? PAGE_MARGINS;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const scale = page.scale ?? 100;
  const fitToHeight = page.scale === undefined && page.fitToWidth ? 0 : 1;
  const setup =
    `<pageSetup paperSize="${PAPER_A4}" orientation="${page.orientation}" horizontalDpi="4294967295"` +
    ` verticalDpi="4294967295" scale="${scale}" fitToWidth="1" fitToHeight="${fitToHeight}"/>`;
  const footer =
    page.footer !== null
      ? `<headerFooter><oddFooter>${xmlText(footerCode(page.footer))}</oddFooter></headerFooter>`
      : "";
  return margins + setup + footer;
}

/**
 * The worksheet part of `plan`; its texts are added to `strings`, its styles to `styles`. `tail`:
 * the elements after headerFooter (row breaks, drawing: package-finish.ts).
 */
export function worksheetXml(plan: PlanSheet, styles: StyleBook, strings: SharedStrings, tail = ""): string {
  const fitToPage = plan.page.fitToWidth && plan.page.scale === undefined;
  return (
    HEAD +
    sheetPrXml(plan, fitToPage) +
    sheetViewsXml(plan.freeze) +
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_HEIGHT}" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55" customHeight="1"/>` +
    colsXml(plan.columnWidths) +
    sheetDataXml(plan, styles, strings) +
    mergeCellsXml(plan.merges) +
    conditionalFormattingXml(plan, styles) +
    dataValidationsXml(plan.validations) +
    pageXml(plan.page) +
    tail +
    "</worksheet>"
  );
}
