// The user's corrections to what the reader found (pure): which column holds the plan, the result,
// the baseline… and which way each indicator should go. Both live in Settings (columns, directions),
// so they are saved in the workbook and the Pane rescores at once.
import { columnLetters } from "../../core/address";
import type { Grid } from "../../core/grid";
import { COLUMN_ROLES, type ColumnRole, type Direction, type ReturnTable } from "../../core/model";
import type { Settings } from "../../core/settings";
import { matchKey, normalizeText } from "../../core/text/normalize";

/** The roles a user may re-assign, in the order the pane lists them. */
export const EDITABLE_ROLES: readonly ColumnRole[] = COLUMN_ROLES.filter((role) => role !== "direction");

/** One column of the sheet as a choice: its letter and the header text above it. */
export interface ColumnChoice {
  column: number; // absolute, 1-based
  letter: string; // "E"
  header: string; // "Kế hoạch năm 2022", "" when the header row has nothing there
}

/** A header cell's text; the column-number row ("A", "B", "1", "(2)") says nothing and is left out. */
const COLUMN_NUMBER = /^\(?(\d{1,2}|[A-Z])\)?$/;
const cellText = (value: unknown): string => {
  const text = typeof value === "string" ? normalizeText(value) : "";
  return COLUMN_NUMBER.test(text) ? "" : text;
};

/**
 * Every column of the grid, labelled by the header rows the reader used (the two rows of a merged
 * header joined with " / "). With no header rows (a sheet read by the user's mapping alone), the
 * first non-empty text of the column.
 */
export function columnChoices(grid: Grid, table: Pick<ReturnTable, "headerRows">): ColumnChoice[] {
  const width = grid.values[0]?.length ?? 0;
  const choices: ColumnChoice[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of table.headerRows) {
      const text = cellText(grid.values[row - grid.top]?.[c]);
      if (text !== "" && !parts.includes(text)) parts.push(text);
    }
    choices.push({ column: grid.left + c, letter: columnLetters(grid.left + c), header: parts.join(" / ") });
  }
  return choices;
}

/** The user's column override for a role on a sheet, if any. */
export function columnOverride(settings: Settings, sheet: string, role: ColumnRole): number | undefined {
  return settings.columns[sheet]?.[role];
}

/** Settings with the role's column set (a number) or back to what the reader finds (null). */
export function withColumnOverride(
  settings: Settings,
  sheet: string,
  role: ColumnRole,
  column: number | null,
): Settings {
  const forSheet = { ...(settings.columns[sheet] ?? {}) };
  if (column === null) delete forSheet[role];
  else forSheet[role] = column;
  const columns = { ...settings.columns };
  if (Object.keys(forSheet).length === 0) delete columns[sheet];
  else columns[sheet] = forSheet;
  return { ...settings, columns };
}

/** The user's direction for an indicator name (matched as scoring matches it), or "auto". */
export function directionChoice(settings: Settings, name: string): Direction | "auto" {
  const key = matchKey(name);
  for (const [written, direction] of Object.entries(settings.directions)) {
    if (matchKey(written) === key) return direction;
  }
  return "auto";
}

/** Settings with the indicator's direction set, or back to automatic (wording catalogue, sheet column). */
export function withDirectionOverride(settings: Settings, name: string, direction: Direction | "auto"): Settings {
  const key = matchKey(name);
  const directions: Record<string, Direction> = {};
  for (const [written, value] of Object.entries(settings.directions)) {
    if (matchKey(written) !== key) directions[written] = value;
  }
  if (direction !== "auto") directions[key] = direction;
  return { ...settings, directions };
}
