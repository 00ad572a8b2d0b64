/** Write steps for a plan sheet's cells: font, values and formulas (row chunks), styles, links. */
import { quoteSheetName, rangeA1 } from "../core/address";
import type { CellRange } from "../core/grid";
import type { CellStyle, PlanCell, PlanSheet, SummaryPlan } from "../core/plan/types";
import { ACTION_OVERHEAD_BYTES, type WriteStep, jsonBytes } from "./batches";
import { excelText } from "./text-safety";
import { styleRectangles } from "./style-runs";
import { indentNumberFormat } from "./indent";

export interface SheetStepContext {
  plan: SummaryPlan;
  sheet: PlanSheet;
  /** The worksheet proxy, available once the step that adds the sheet has been queued. */
  worksheet: () => Excel.Worksheet;
  /** Rewrites references to renamed plan sheets in a formula. */
  formula: (formula: string) => string;
  /** The final name of a plan sheet (links). */
  sheetName: (planName: string) => string;
  /** Target size of one row chunk of values, in request bytes. */
  chunkBytes: number;
  /** RangeFormat.indentLevel is available (ExcelApi 1.9); default true. */
  indentLevel?: boolean;
}

/** What to write for a plan cell so Excel stores exactly it. */
export function cellInput(cell: PlanCell, formula: (f: string) => string): string | number | boolean {
  if (cell.formula) return `=${formula(cell.formula)}`;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "string") return excelText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v;
}

/** The rectangle holding every cell and merge; a loop, not Math.min(...spread): plans have 10⁵+ cells. */
export function bounds(cells: readonly PlanCell[], merges: readonly CellRange[] = []): CellRange | null {
  if (cells.length === 0 && merges.length === 0) return null;
  const box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const c of cells) {
    if (c.row < box.top) box.top = c.row;
    if (c.row > box.bottom) box.bottom = c.row;
    if (c.col < box.left) box.left = c.col;
    if (c.col > box.right) box.right = c.col;
  }
  for (const m of merges) {
    if (m.top < box.top) box.top = m.top;
    if (m.bottom > box.bottom) box.bottom = m.bottom;
    if (m.left < box.left) box.left = m.left;
    if (m.right > box.right) box.right = m.right;
  }
  return box;
}

const a1Range = (r: CellRange): string => rangeA1(r.top, r.left, r.bottom, r.right);

/**
 * The values, with the plan font, in blocks of consecutive rows of about `chunkBytes`. A block spans
 * only the columns its rows use, and empty rows are skipped (the sheet is new): a consolidated sheet
 * 3,000 areas wide above a ranking 8 columns wide must not send millions of empty strings.
 */
export function valueSteps(c: SheetStepContext): WriteStep[] {
  if (c.sheet.cells.length === 0) return [];
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of c.sheet.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);
  const steps: WriteStep[] = [];
  let block: { top: number; bottom: number; left: number; right: number; rows: PlanCell[][]; bytes: number } | null = null;
  const flush = (): void => {
    if (!block) return;
    const { top, bottom, left, right, rows } = block;
    const values: Array<Array<string | number | boolean>> = [];
    for (let r = top; r <= bottom; r++) values.push(new Array<string | number | boolean>(right - left + 1).fill(""));
    for (const row of rows) for (const cell of row) values[cell.row - top][cell.col - left] = cellInput(cell, c.formula);
    const range = { top, left, bottom, right };
    steps.push({
      bytes: jsonBytes(values) + 4 * ACTION_OVERHEAD_BYTES + jsonBytes(c.plan.font),
      queue: () => {
        const target = c.worksheet().getRange(a1Range(range));
        target.format.font.name = c.plan.font.name;
        target.format.font.size = c.plan.font.size;
        target.values = values;
      },
    });
    block = null;
  };
  for (const r of rowNumbers) {
    const cells = byRow.get(r)!;
    let left = Infinity;
    let right = -Infinity;
    for (const cell of cells) {
      if (cell.col < left) left = cell.col;
      if (cell.col > right) right = cell.col;
    }
    let rowBytes = (right - left + 1) * 3; // "", per cell
    for (const cell of cells) rowBytes += jsonBytes(cellInput(cell, c.formula));
    if (block) {
      const newLeft = Math.min(block.left, left);
      const newRight = Math.max(block.right, right);
      const contiguous = r === block.bottom + 1;
      // A much wider or narrower row, a gap, or a full block starts a new block.
      const widthChanges = newRight - newLeft + 1 > 2 * Math.min(right - left + 1, block.right - block.left + 1) + 8;
      if (!contiguous || widthChanges || block.bytes + rowBytes > c.chunkBytes) flush();
    }
    if (!block) block = { top: r, bottom: r, left, right, rows: [cells], bytes: rowBytes };
    else {
      block.bottom = r;
      block.left = Math.min(block.left, left);
      block.right = Math.max(block.right, right);
      block.rows.push(cells);
      block.bytes += rowBytes;
    }
  }
  flush();
  return steps;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function borderEdges(rect: CellRange): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rect.bottom > rect.top) edges.push("InsideHorizontal");
  if (rect.right > rect.left) edges.push("InsideVertical");
  return edges;
}

/** How many Office.js actions `applyStyle` queues (for the request estimate). */
export function styleActionCount(style: CellStyle, rect: CellRange): number {
  const simple = [style.bold, style.italic, style.underline, style.size, style.color, style.fill, style.horizontal,
    style.vertical, style.wrap, style.indent, style.numberFormat].filter((v) => v !== undefined && v !== "").length;
  return simple + (style.border ? borderEdges(rect).length * 3 : 0);
}

/**
 * Queues one style on one range. Without `indentLevel` (ExcelApi 1.9) an indent is shown through the
 * number format instead (indent.ts), unless the style sets a number format of its own.
 */
export function applyStyle(range: Excel.Range, style: CellStyle, rect: CellRange, indentLevel = true): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && indentLevel) format.indentLevel = style.indent;
  if (style.border)
    for (const edge of borderEdges(rect)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  const code = style.numberFormat || (indentLevel ? null : indentNumberFormat(style.indent ?? 0));
  if (code) {
    const cols = rect.right - rect.left + 1;
    range.numberFormat = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<string>(cols).fill(code));
  }
}

/** One step per style rectangle (see style-runs.ts). */
export function styleSteps(c: SheetStepContext): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const [name, rects] of styleRectangles(c.sheet.cells)) {
    const style = c.plan.styles[name];
    if (!style) continue;
    for (const rect of rects) {
      const cellsN = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      const indentLevel = c.indentLevel ?? true;
      const code = style.numberFormat || (indentLevel ? null : indentNumberFormat(style.indent ?? 0));
      const formatBytes = code ? cellsN * (jsonBytes(code) + 1) : 0;
      steps.push({
        bytes: (styleActionCount(style, rect) + 1) * ACTION_OVERHEAD_BYTES + formatBytes,
        queue: () => {
          applyStyle(c.worksheet().getRange(a1Range(rect)), style, rect, indentLevel);
        },
      });
    }
  }
  return steps;
}

/**
 * In-workbook links (ExcelApi 1.7): Range.hyperlink with a documentReference. No textToDisplay: the
 * cell's value, already written as text by valueSteps (excelText), is what the link shows. Excel enters
 * a textToDisplay like typed text, so "- Trong đó: nữ" there could become a formula.
 */
export function linkSteps(c: SheetStepContext): WriteStep[] {
  return c.sheet.cells
    .filter((cell) => cell.link)
    .map((cell) => {
      const link = cell.link as { sheet: string; cell: string };
      const hyperlink = { documentReference: `${quoteSheetName(c.sheetName(link.sheet))}!${link.cell}` };
      return {
        bytes: 2 * ACTION_OVERHEAD_BYTES + jsonBytes(hyperlink),
        queue: () => {
          c.worksheet().getRange(rangeA1(cell.row, cell.col, cell.row, cell.col)).hyperlink = hyperlink;
        },
      };
    });
}
