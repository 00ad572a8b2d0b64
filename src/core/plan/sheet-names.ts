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
    for (let i = 2; this.has(candidate); i++) candidate = withSuffix(base, i);
    this.lower.add(candidate.toLowerCase());
    return candidate;
  }
}
