/**
 * Write steps for a plan sheet's layout: merges, column widths, row heights, conditional formats,
 * charts, freeze panes and page setup. Requirement sets are checked by the caller (render-plan.ts).
 */
import { a1, columnLetters, rangeA1 } from "../core/address";
import type { CellRange } from "../core/grid";
import { PAGE_MARGINS } from "../core/plan/pagination";
import type { PlanChart, PlanSheet } from "../core/plan/types";
import { ACTION_OVERHEAD_BYTES, type WriteStep, jsonBytes } from "./batches";
import type { SheetStepContext } from "./render-cells";

const a1Range = (r: CellRange): string => rangeA1(r.top, r.left, r.bottom, r.right);
const small = (actions: number, extra: unknown = null): number => actions * ACTION_OVERHEAD_BYTES + jsonBytes(extra);

/**
 * Excel column width in characters → Range.format.columnWidth in points. A width of w characters is
 * w × 7 px (the maximum digit width of the default 11-pt font) + 5 px padding (ECMA-376 §18.3.1.13),
 * and a pixel is 0.75 pt at 96 dpi: 8.43 characters → 48 pt, Excel's default.
 */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function mergeSteps(c: SheetStepContext): WriteStep[] {
  return c.sheet.merges.map((m) => ({
    bytes: small(2, a1Range(m)),
    queue: () => c.worksheet().getRange(a1Range(m)).merge(false),
  }));
}

/** Widths grouped over neighbouring columns of equal width ("B:D"), heights over equal rows ("5:7"). */
export function sizeSteps(c: SheetStepContext): WriteStep[] {
  const steps: WriteStep[] = [];
  const widths = c.sheet.columnWidths;
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    const address = `${columnLetters(i + 1)}:${columnLetters(j + 1)}`;
    const points = columnWidthPoints(widths[i]);
    steps.push({ bytes: small(2, address), queue: () => { c.worksheet().getRange(address).format.columnWidth = points; } });
    i = j + 1;
  }
  const rows = Object.keys(c.sheet.rowHeights).map(Number).sort((x, y) => x - y);
  for (let i = 0; i < rows.length; ) {
    let j = i;
    const h = c.sheet.rowHeights[rows[i]];
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && c.sheet.rowHeights[rows[j + 1]] === h) j++;
    const address = `${rows[i]}:${rows[j]}`;
    steps.push({ bytes: small(2, address), queue: () => { c.worksheet().getRange(address).format.rowHeight = h; } });
    i = j + 1;
  }
  return steps;
}

/**
 * Conditional formats, "first rule wins": each rule is a Custom format with stopIfTrue. Office.js adds a
 * new format at the top priority, so rules are added last-to-first and the plan's first rule ends on top.
 */
export function conditionalFormatSteps(c: SheetStepContext): WriteStep[] {
  const rules = c.sheet.conditionalFormats.flatMap((cf) => cf.rules.map((rule) => ({ range: cf.range, rule })));
  return rules.reverse().map(({ range, rule }) => ({
    bytes: small(7, rule),
    queue: () => {
      const cf = c.worksheet().getRange(a1Range(range)).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${c.formula(rule.formula)}`;
      cf.custom.format.fill.color = rule.fill;
      if (rule.color) cf.custom.format.font.color = rule.color;
      if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
      cf.stopIfTrue = true;
    },
  }));
}

const CHART_TYPES: Record<PlanChart["type"], "BarStacked" | "ColumnStacked" | "ColumnClustered"> = {
  barStacked: "BarStacked",
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
};

/** Charts: series by columns (first row = series names, first column = categories). */
export function chartSteps(c: SheetStepContext): WriteStep[] {
  return c.sheet.charts.map((chart) => ({
    bytes: small(8 + 3 * (chart.seriesColors?.length ?? 0), chart),
    queue: () => {
      const ws = c.worksheet();
      const added = ws.charts.add(CHART_TYPES[chart.type], ws.getRange(a1Range(chart.data)), "Columns");
      added.title.text = chart.title;
      added.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
      (chart.seriesColors ?? []).forEach((color, i) => added.series.getItemAt(i).format.fill.setSolidColor(color));
    },
  }));
}

/** Frozen top rows / left columns (ExcelApi 1.7). */
export function freezeStep(c: SheetStepContext): WriteStep[] {
  const f = c.sheet.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return [];
  return [
    {
      bytes: small(2),
      queue: () => {
        const panes = c.worksheet().freezePanes;
        if (f.rows > 0 && f.columns > 0) panes.freezeAt(rangeA1(1, 1, f.rows, f.columns));
        else if (f.rows > 0) panes.freezeRows(f.rows);
        else panes.freezeColumns(f.columns);
      },
    },
  ];
}

/**
 * Page setup (ExcelApi 1.9): A4, orientation, margins, fit all columns on one page width
 * (verticalFitToPages 0 = as many pages tall as needed, as Excel's own "Fit All Columns on One Page"
 * stores fitToHeight="0") or the plan's smaller scale, print title rows and the centre footer.
 */
export function pageStep(c: SheetStepContext): WriteStep[] {
  const page: PlanSheet["page"] = c.sheet.page;
  return [
    {
      bytes: small(7, page),
      queue: () => {
        const layout = c.worksheet().pageLayout;
        layout.paperSize = "A4";
        layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
        if (page.scale !== undefined) layout.zoom = { scale: page.scale };
        else if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        // the margins the plan's page estimates assume (Office.js takes points)
        const margins = page.margins ?? PAGE_MARGINS;
        layout.leftMargin = points(margins.left);
        layout.rightMargin = points(margins.right);
        layout.topMargin = points(margins.top);
        layout.bottomMargin = points(margins.bottom);
        layout.headerMargin = points(margins.header);
        layout.footerMargin = points(margins.footer);
        if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows.from}:$${page.printTitleRows.to}`);
        if (page.footer) layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
        // working notes right of the printed columns stay on screen; a page starts at each break
        if (page.printColumns) layout.setPrintArea(rangeA1(1, 1, lastRow(c.sheet), page.printColumns));
        for (const row of page.rowBreaks ?? []) c.worksheet().horizontalPageBreaks.add(`A${row}`);
      },
    },
  ];
}

/** Inches as the points Office.js takes, to a hundredth. */
function points(inches: number): number {
  return Math.round(inches * 7200) / 100;
}

function lastRow(sheet: PlanSheet): number {
  let last = 1;
  for (const cell of sheet.cells) if (cell.row > last) last = cell.row;
  return last;
}

/**
 * Dropdown lists (ExcelApi 1.8): a list rule with an in-cell dropdown; other typed values are accepted
 * without an alert, as in the .xlsx writer (the list is a help, not a lock).
 */
export function validationSteps(c: SheetStepContext): WriteStep[] {
  return (c.sheet.validations ?? []).map((v) => {
    const address = a1Range(v.range);
    const source = v.list.join(",");
    return {
      bytes: small(3, { address, source }),
      queue: () => {
        const validation = c.worksheet().getRange(address).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source } };
        validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      },
    };
  });
}
