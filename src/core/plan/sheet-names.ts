/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], not blank, unique ignoring case. */

const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/**
 * A valid name not yet in `taken` (compared case-insensitively), adding " (2)", " (3)" … and
 * shortening the base so the whole stays within 31 characters. Adds the result to `taken`.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let candidate = base;
  for (let i = 2; lower.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(candidate);
  return candidate;
}
