/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], not blank, unique ignoring case. */

const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;
/**
 * What cleanSheetName would change: a forbidden character, whitespace other than single inner
 * spaces, or a quote at either end (\s is the same class the replacements use).
 */
const NEEDS_CLEANING = /[:\\/?*[\]]|[^\S ]| {2}|^[ ']|[ ']$/;

export function cleanSheetName(name: string): string {
  // Most names ("KQ Xã Trạm Tấu") are clean already: one test instead of four replacements each.
  if (name.length <= MAX_SHEET_NAME && name !== "" && !NEEDS_CLEANING.test(name)) return name;
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    // Excel refuses an apostrophe at either end; one inside ("Xã Ia H'Drai") stays as typed: every
    // reference to the sheet quotes it with the apostrophe doubled (quoteSheetName, exceljs-fixes).
    .replace(/^'+|'+$/g, "");
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/** "Name (n)", the base shortened so the whole stays within 31 characters. */
export function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/** Names in use, compared as Excel compares them (ignoring case). */
export class SheetNames {
  private readonly lower = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.lower.add(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.lower.has(name.toLowerCase());
  }

  /**
   * A valid name not yet taken, adding " (2)", " (3)" … and shortening the base so the whole
   * stays within 31 characters. The result is taken from then on.
   */
  take(wanted: string): string {
    const base = cleanSheetName(wanted);
    let candidate = base;
    let lower = base.toLowerCase();
    for (let i = 2; this.lower.has(lower); i++) {
      candidate = withSuffix(base, i);
      lower = candidate.toLowerCase();
    }
    this.lower.add(lower);
    return candidate;
  }
}
