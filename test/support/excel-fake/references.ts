/**
 * What Excel does to formulas that point at another sheet: renaming the sheet rewrites them to the new
 * name; deleting it turns the reference into #REF! (the formula then evaluates to #REF!). Only
 * references written 'Sheet name'!A1 or SheetName!A1 are recognised, which is all the tests use.
 */
import type { WorkbookState } from "./state";

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const plain = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern matching references to `name` (either spelling, any case, as Excel compares names). */
function refPattern(name: string): RegExp {
  const forms = [escape(quoted(name))];
  if (plain(name)) forms.push(`(?<![A-Za-z0-9_.'])${escape(name)}`);
  return new RegExp(`(?:${forms.join("|")})!`, "gi");
}

function rewrite(state: WorkbookState, name: string, replacement: string): void {
  const pattern = refPattern(name);
  for (const sheet of state.sheets)
    for (const cell of sheet.cells.values())
      if (cell.formula && cell.formula.includes("!")) cell.formula = cell.formula.replace(pattern, replacement);
}

export function sheetRenamed(state: WorkbookState, from: string, to: string): void {
  if (from !== to) rewrite(state, from, `${plain(to) ? to : quoted(to)}!`);
}

export function sheetDeleted(state: WorkbookState, name: string): void {
  rewrite(state, name, "#REF!");
}
