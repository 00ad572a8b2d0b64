/**
 * The sheet's own % column (so sánh) as a check on the columns chosen: where it agrees with
 * actual / plan of the chosen columns (either way round: direction is ignored), the choice is
 * confirmed; where another pair of the table's columns explains it better, a warning names the
 * cells, and the scoring keeps the pair the header words chose. Only asked when the chosen pair
 * does not explain every % cell, so a sheet whose % agrees costs one division per row.
 */
import { a1, columnLetters } from "../address";
import type { Figure } from "../figures";
import type { Grid } from "../grid";
import type { ColumnMap, SourceIndicator } from "../model";
import { parseFigure } from "../numbers/parse-figure";
import type { Finding } from "../problems";
import type { HeaderFound } from "./find-header";

/** At most this many cells are named in the warning. */
const CELLS_NAMED = 3;
/** Roles whose columns can never be a figure of the pair. */
const NOT_FIGURES: ReadonlySet<string | null> = new Set(["name", "code", "unit", "note", "percent", "direction"]);

const valueOf = (figure: Figure | null): number | null =>
  figure !== null && figure.kind === "number" && figure.value !== 0 ? figure.value : null;

/** True when the sheet's % (points, or a fraction typed without a % format) is a / b or b / a, as rounded on a sheet. */
export function percentAgrees(a: number, b: number, sheetPercent: number): boolean {
  for (const ratio of [(a / b) * 100, (b / a) * 100]) {
    for (const shown of [sheetPercent, sheetPercent * 100]) {
      if (Math.abs(ratio - shown) <= 0.5 + 0.005 * Math.abs(shown)) return true;
    }
  }
  return false;
}

interface Pair {
  plan: number;
  actual: number;
  agreeing: SourceIndicator[];
}

/**
 * The warning for a table whose % column fits another pair of its columns better than the chosen
 * plan and actual, or null. `indicators` are the table's own.
 */
export function percentCrossCheck(
  grid: Grid,
  header: HeaderFound | null,
  columns: ColumnMap,
  indicators: readonly SourceIndicator[],
): Finding | null {
  if (header === null || columns.percent === undefined || columns.plan === undefined || columns.actual === undefined)
    return null;
  const rows = indicators.filter((i) => valueOf(i.sheetPercent) !== null);
  if (rows.length < 2) return null;
  const chosenAgree = rows.filter((i) => {
    const plan = valueOf(i.plan);
    const actual = valueOf(i.actual);
    return plan !== null && actual !== null && percentAgrees(actual, plan, valueOf(i.sheetPercent) as number);
  });
  // Stryker disable next-line ConditionalExpression: a fast path; no pair explains more % cells than all, so the test below returns null too
  if (chosenAgree.length === rows.length) return null;

  const figureColumns = header.cells
    .filter((cell) => !NOT_FIGURES.has(cell.role))
    .map((cell) => cell.column)
    .filter((column) => column !== columns.percent);
  const numberAt = (row: number, column: number): number | null => {
    const r = row - grid.top;
    const c = column - grid.left;
    // Stryker disable next-line OptionalChaining: an indicator's row is a row of the grid
    const value = grid.values[r]?.[c];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; parseFigure reads null and undefined as blank, which valueOf turns into null
    if (value === undefined || value === null) return null;
    // Stryker disable next-line OptionalChaining: numberFormats, when given, has the shape of values
    return valueOf(parseFigure(value, grid.numberFormats?.[r]?.[c] ?? null));
  };
  let best: Pair | null = null;
  // Stryker disable next-line EqualityOperator: one step past the end, the inner loop has no pair to try
  for (let i = 0; i < figureColumns.length; i++) {
    // Stryker disable next-line EqualityOperator: one step past the end reads no column, whose cells are null and explain nothing
    for (let j = i + 1; j < figureColumns.length; j++) {
      const [x, y] = [figureColumns[i], figureColumns[j]];
      if ((x === columns.plan && y === columns.actual) || (x === columns.actual && y === columns.plan)) continue;
      const agreeing = rows.filter((ind) => {
        const a = numberAt(ind.row, x);
        const b = numberAt(ind.row, y);
        return a !== null && b !== null && percentAgrees(b, a, valueOf(ind.sheetPercent) as number);
      });
      if (best === null || agreeing.length > best.agreeing.length) best = { plan: x, actual: y, agreeing };
    }
  }
  if (best === null || best.agreeing.length <= chosenAgree.length || best.agreeing.length * 2 < rows.length)
    return null;
  const confirmed = new Set(chosenAgree);
  const cells = best.agreeing
    .filter((ind) => !confirmed.has(ind))
    .slice(0, CELLS_NAMED)
    .map((ind) => a1(ind.row, columns.percent as number));
  return {
    sheet: grid.sheet,
    // Stryker disable next-line StringLiteral: unreachable; the other pair explains more cells than the chosen one, so one cell at least is named
    cell: cells[0] ?? "",
    severity: "warning",
    code: "columns-percent-fits-other",
    params: {
      chosen: `${columnLetters(columns.actual)}/${columnLetters(columns.plan)}`,
      other: `${columnLetters(best.actual)}/${columnLetters(best.plan)}`,
      cells: cells.join(", "),
    },
  };
}
