/**
 * Reading the rows below the header into indicators: groups, sub-rows, notes and the signature
 * block sorted out (classify-row.ts), figures parsed, cell-level findings made, duplicates found.
 * One pass over the rows; a row's other cells are looked at only when it has no figures.
 */
import { a1, columnLetters } from "../address";
import { BLANK, type Figure } from "../figures";
import type { Grid } from "../grid";
import { COLUMN_ROLES, type ColumnMap, type ColumnRole, type Direction, type SourceIndicator } from "../model";
import { parseFigure } from "../numbers/parse-figure";
import { cellsFinding, type Finding } from "../problems";
import { foldForMatch, matchKey } from "../text/normalize";
import { isEmptyValue, type CellTextReader } from "./cell-text";
import { SHARED_ROW_LIMIT, cellRef } from "./cell-refs";
import { classifyRow, isTopLevelCode, type RowFacts } from "./classify-row";
import { nameAcross, nameSpanEnd } from "./name-span";
import { isHeaderRow } from "./find-header";

export interface ReadRowsResult {
  indicators: SourceIndicator[];
  findings: Finding[];
  /** Why the reading stopped, at which grid row: the sheet's end, the signature block, or another table's header. */
  stop: { reason: "end" | "signature" | "header"; row: number };
  /** Grid row of the last indicator read (-1 when none): a title between it and the next header names that table. */
  lastIndicatorRow: number;
}

/** Where the rows go and what group they start in: one return's tables share the indicator list (parents are indices into it). */
export interface ReadRowsInto {
  indicators: SourceIndicator[];
  findings: Finding[];
  /** The group of the rows until a group row says otherwise (the title above a later table). */
  group?: string | null;
  /**
   * Sum rows ("Tổng cộng", "Cộng"), read like indicators but kept out of them: a return does not
   * score them; a hand-typed summary of units needs its total row.
   */
  totals?: SourceIndicator[];
}

const ROLES = COLUMN_ROLES;
/** parseFigure's options for cells read through the sheet's reader (one object, not one per cell). */
const ALREADY_DECODED = Object.freeze({ encoding: null });
const CHECKED: readonly ("plan" | "actual" | "baseline")[] = ["plan", "actual", "baseline"];

/**
 * True when a figure cell holds a figure: a number, count, đạt/không đạt, or an error value or date
 * where one belongs. Text ("TM. ỦY BAN NHÂN DÂN" under the plan column) is not one.
 */
function isFigure(figure: Figure): boolean {
  return figure.kind !== "blank" && !(figure.kind === "invalid" && figure.reason === "text");
}

/** matchKey for a name that is already tidied (normalizeText): lower case, punctuation as spaces. */
function duplicateKey(name: string): string {
  const cached = duplicateKeys.get(name);
  // Stryker disable next-line ConditionalExpression: the cache; working the key out again gives the same key
  if (cached !== undefined) return cached;
  const lower = name.toLowerCase();
  const key = KEY_PUNCTUATION.test(lower) ? matchKey(lower) : lower;
  // Names repeat across returns: remembered (bounded), like matchKey.
  // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no key
  if (duplicateKeys.size >= DUPLICATE_KEY_LIMIT) duplicateKeys.clear();
  duplicateKeys.set(name, key);
  return key;
}
const duplicateKeys = new Map<string, string>();
const DUPLICATE_KEY_LIMIT = 50_000;
const KEY_PUNCTUATION = /[.,;:()"“”'‘’!?]/;

type IndicatorCells = Partial<Record<ColumnRole, string>>;
/** Layout ("plan=D,actual=E,…") → the cells object of each row, shared by every return with that layout. */
const sharedCells = new Map<string, IndicatorCells[]>();
const SHARED_CELLS_LAYOUTS = 200;

/** "tăng", "up", "↑", "cao hơn là tốt" → up; "giảm", "down", "↓", "thấp" → down. */
export function parseDirection(text: string): Direction | null {
  const f = foldForMatch(text);
  if (/^(tang|up|↑|cao|higher)/.test(f)) return "up";
  if (/^(giam|down|↓|thap|lower)/.test(f)) return "down";
  return null;
}

/**
 * Reads grid rows from `start` (0-based) to the end, to the signature block, or to the next table's
 * header row (a header row is never an indicator).
 */
export function readRows(
  grid: Grid,
  reader: CellTextReader,
  columns: ColumnMap,
  start: number,
  into: ReadRowsInto = { indicators: [], findings: [] },
): ReadRowsResult {
  const sheet = grid.sheet;
  const width = grid.values[0]?.length ?? 0;
  const index = (role: ColumnRole): number => {
    const column = columns[role];
    // Stryker disable next-line ConditionalExpression: an unmapped role gives NaN, which the range check below turns into -1 too
    const c = column === undefined ? -1 : column - grid.left;
    return c >= 0 && c < width ? c : -1;
  };
  const at: Record<ColumnRole, number> = {} as Record<ColumnRole, number>;
  for (const role of ROLES) at[role] = index(role);
  const nameEnd = nameSpanEnd(
    grid.merges,
    grid,
    at.name,
    start,
    ROLES.filter((role) => role !== "name").map((role) => at[role]),
    width,
  );
  const mapped = ROLES.filter((role) => columns[role] !== undefined);
  const letters = mapped.map((role) => columnLetters(columns[role] as number)); // A1 without the row
  // Returns with one layout name the same cells on the same rows: one shared (frozen) object each.
  // Stryker disable next-line StringLiteral: roles (lower case) and column letters (upper case) alternate in one fixed order, so the key reads one way without the comma too
  const layout = mapped.map((role, i) => `${role}=${letters[i]}`).join(",");
  let cellsByRow = sharedCells.get(layout);
  if (cellsByRow === undefined) {
    // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no cell reference
    if (sharedCells.size >= SHARED_CELLS_LAYOUTS) sharedCells.clear();
    // Stryker disable next-line ArrayDeclaration: index 0 is never asked (sheet rows start at 1)
    cellsByRow = [];
    sharedCells.set(layout, cellsByRow);
  }
  const byRow = cellsByRow;
  const cellsOf = (row: number): IndicatorCells => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: which rows are shared; a row's cells name the same references either way
    let cells = row < SHARED_ROW_LIMIT ? byRow[row] : undefined;
    if (cells === undefined) {
      const made: IndicatorCells = {};
      for (let i = 0; i < mapped.length; i++) made[mapped[i]] = cellRef(letters[i], row);
      cells = Object.freeze(made);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: which rows are shared; a row's cells name the same references either way
      if (row < SHARED_ROW_LIMIT) byRow[row] = cells;
    }
    return cells;
  };

  const { indicators, findings } = into;
  let stop: ReadRowsResult["stop"] = { reason: "end", row: grid.values.length };
  let lastIndicatorRow = -1;
  // Indicators by name key (the key string is shared by duplicateKey, so a lookup needs no new
  // string); a duplicate also has the same code and group, compared only when a name recurs.
  const seen = new Map<string, SourceIndicator | SourceIndicator[]>();
  let group: string | null = into.group ?? null;
  let lastTop: number | null = null; // index of the nearest non-sub indicator in this group
  let ofWhich = false; // below a "Trong đó:" line
  const unnamed: string[] = []; // name cells of rows with figures and no name
  const sums: SourceIndicator[] = []; // sum rows ("Tổng cộng"), said in one note

  // Stryker disable next-line ConditionalExpression: a fast path; the reader gives "" for a cell outside the row too
  const textOf = (r: number, c: number): string => (c < 0 ? "" : reader.text(r, c));
  const figureOf = (r: number, c: number): Figure => {
    // Stryker disable next-line ConditionalExpression: a fast path; a cell outside the row is undefined, which parseFigure reads as blank too
    if (c < 0) return BLANK;
    const value = grid.values[r][c];
    const format = grid.numberFormats?.[r]?.[c] ?? null;
    // Strings arrive already decoded: tell parseFigure not to detect a legacy encoding again.
    return parseFigure(typeof value === "string" ? reader.decodeRaw(value, r, c) : value, format, ALREADY_DECODED);
  };

  // One facts object for every row (classifyRow keeps nothing): no per-row object or closure.
  let factsRow = start;
  const facts: RowFacts = {
    // Stryker disable next-line StringLiteral: set from each row before classifyRow reads it
    code: "",
    // Stryker disable next-line StringLiteral: set from each row before classifyRow reads it
    name: "",
    // Stryker disable next-line StringLiteral: set from each row before classifyRow reads it
    unit: "",
    // Stryker disable next-line BooleanLiteral: set from each row before classifyRow reads it
    hasFigures: false,
    filled: 0,
    texts: () => grid.values[factsRow].map((_, c) => reader.text(factsRow, c)),
  };

  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r];
    let filled = 0;
    for (const value of values) if (!isEmptyValue(value)) filled++;
    if (filled === 0) {
      ofWhich = false;
      continue;
    }
    const code = textOf(r, at.code);
    let name = textOf(r, at.name);
    let nameAt = at.name;
    if (nameEnd > at.name) ({ name, column: nameAt } = nameAcross((c) => textOf(r, c), at.name, nameEnd));
    const unit = textOf(r, at.unit);
    const plan = figureOf(r, at.plan);
    const actual = figureOf(r, at.actual);
    const baseline = figureOf(r, at.baseline);
    const percent = at.percent < 0 ? null : figureOf(r, at.percent);
    const hasFigures =
      isFigure(plan) || isFigure(actual) || isFigure(baseline) || (percent !== null && isFigure(percent));
    facts.code = code;
    facts.name = name;
    facts.unit = unit;
    facts.hasFigures = hasFigures;
    facts.filled = filled;
    factsRow = r;
    if (!hasFigures && filled >= 2 && isHeaderRow(facts.texts())) {
      stop = { reason: "header", row: r };
      break;
    }
    const kind = classifyRow(facts);
    // Figures with no name cannot be matched to an indicator: skipped, but said (its name cell).
    if (kind.kind === "note" && hasFigures && name.length === 0) unnamed.push(a1(grid.top + r, columns.name));

    if (kind.kind === "signature") {
      stop = { reason: "signature", row: r };
      break;
    }
    if (kind.kind === "group") {
      group = kind.title;
      lastTop = null;
      ofWhich = false;
      continue;
    }
    if (kind.kind === "of-which") {
      ofWhich = true;
      continue;
    }
    const total = kind.kind === "total";
    if (kind.kind !== "indicator" && !total) continue;

    let sub = kind.kind === "indicator" && kind.sub;
    if (ofWhich && !sub && !total) {
      if (code.length > 0 && isTopLevelCode(code)) ofWhich = false;
      else if (code.length === 0 || LIST_ITEM_CODE.test(code)) sub = true;
    }
    const row = grid.top + r;
    const cells = cellsOf(row);
    const noteText = textOf(r, at.note);
    const directionText = textOf(r, at.direction);
    const indicator: SourceIndicator = {
      sheet,
      row,
      // Stryker disable next-line LogicalOperator: a row is an indicator only with a name, so a name column and cells.name, which is a1(row, columns.name)
      cell: nameAt === at.name ? (cells.name ?? a1(row, columns.name)) : a1(row, nameAt + grid.left),
      code: code.length > 0 ? code : null,
      group,
      parent: sub ? lastTop : null,
      name,
      unit: unit.length > 0 ? unit : null,
      plan,
      actual,
      baseline,
      sheetPercent: percent,
      note: noteText.length > 0 ? noteText : null,
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; parseDirection("") is null too
      direction: directionText.length > 0 ? parseDirection(directionText) : null,
      cells,
    };
    if (total) {
      // A sum of the rows above (of tonnes, households and money alike): scored, it would add one
      // more band to the return's tally and one more row to every consolidation. A hand-typed
      // summary of units needs it (its total row), so it is kept apart.
      into.totals?.push(indicator);
      sums.push(indicator);
      lastIndicatorRow = r;
      continue;
    }
    if (!sub) lastTop = indicators.length;
    indicators.push(indicator);
    lastIndicatorRow = r;

    if (plan.kind === "invalid" || actual.kind === "invalid" || baseline.kind === "invalid")
      cellFindings(indicator, findings);

    const nameKey = duplicateKey(name);
    const sameName = seen.get(nameKey);
    if (sameName === undefined) seen.set(nameKey, indicator);
    else {
      const earlier = Array.isArray(sameName) ? sameName : [sameName];
      const first = earlier.find((other) => other.code === indicator.code && other.group === group);
      if (first === undefined) seen.set(nameKey, [...earlier, indicator]);
      else
        findings.push({
          sheet,
          cell: indicator.cell,
          severity: "warning",
          code: "duplicate-indicator",
          params: { name, first: first.cell },
        });
    }
  }
  if (sums.length > 0) findings.push(sumRowsFinding(sheet, sums));
  if (unnamed.length > 0) findings.push(unnamedRowsFinding(sheet, unnamed));
  return { indicators, findings, stop, lastIndicatorRow };
}

const UNNAMED_NAMED = 5;
/** A list item's mark under "Trong đó:": "(1)", "1)", "(a)", "a)". */
const LIST_ITEM_CODE = /^\(?[0-9a-zđ]{1,3}\)$/;

/** One note for a table's sum rows: how many, the first's name, their cells. */
function sumRowsFinding(sheet: string, sums: readonly SourceIndicator[]): Finding {
  const cells = sums.map((s) => s.cell);
  return cellsFinding(sheet, "total-row-skipped", cells, cells.length, UNNAMED_NAMED, { name: sums[0].name });
}

/** One finding for a table's rows with figures and no name, naming the first few name cells. */
function unnamedRowsFinding(sheet: string, cells: readonly string[]): Finding {
  return cellsFinding(sheet, "row-without-name", cells, cells.length, UNNAMED_NAMED);
}

/** The findings for figure cells that hold text, an error value or a date. */
function cellFindings(indicator: SourceIndicator, findings: Finding[]): void {
  const { sheet, cells } = indicator;
  for (const role of CHECKED) {
    const figure = indicator[role];
    if (figure.kind !== "invalid") continue;
    // Stryker disable next-line StringLiteral: a figure is invalid only when read from a mapped column, which has a cell
    const cell = cells[role] ?? "";
    if (figure.reason === "text") {
      findings.push({
        sheet,
        cell,
        severity: "warning",
        code: "value-not-number",
        params: { column: role, text: figure.raw },
      });
    } else if (figure.reason === "error") {
      findings.push({
        sheet,
        cell,
        severity: "warning",
        code: "value-error",
        params: { column: role, error: figure.raw },
      });
    } else {
      findings.push({
        sheet,
        cell,
        severity: "warning",
        code: "value-date",
        params: { column: role, text: figure.raw },
      });
    }
  }
}
