/**
 * Where each plan sheet goes. A plan sheet whose name is free is added under it; one whose name is held
 * by a sheet we generated earlier replaces it; one whose name is held by a user's sheet goes to the
 * first free "Name (2)", "Name (3)"… (or replaces a generated sheet of that name), never touching theirs.
 */
import { quoteSheetName } from "../core/address";
import { withSuffix } from "../core/plan/sheet-names";
import type { SheetTags } from "./generated-sheets";

export interface SheetPlacement {
  /** Plan sheet name → the name it gets in the workbook. */
  finalNames: Map<string, string>;
  /** Existing (generated) sheets to replace, by their current name. */
  replace: string[];
}

export { withSuffix };

export function placeSheets(planNames: readonly string[], tags: SheetTags): SheetPlacement {
  const existing = new Set(tags.names.map((n) => n.toLowerCase()));
  const actual = new Map(tags.names.map((n) => [n.toLowerCase(), n]));
  const claimed = new Set<string>();
  const finalNames = new Map<string, string>();
  const replace: string[] = [];
  // Plan names by lower case, so a candidate is checked against its namesakes only (a national
  // consolidation has 3,322 plan sheets: scanning all of them per candidate was quadratic).
  const planByKey = new Map<string, string[]>();
  for (const p of planNames) {
    const k = p.toLowerCase();
    const list = planByKey.get(k);
    if (list) list.push(p);
    else planByKey.set(k, [p]);
  }
  const usable = (candidate: string): boolean => {
    const k = candidate.toLowerCase();
    const namesakes = planByKey.get(k) ?? [];
    if (claimed.has(k) || namesakes.some((p) => p !== candidate && !finalNames.has(p))) return false;
    return !existing.has(k) || tags.tagged.has(k);
  };
  for (const name of planNames) {
    let candidate = name;
    for (let n = 2; !usable(candidate); n++) candidate = withSuffix(name, n);
    const k = candidate.toLowerCase();
    claimed.add(k);
    if (existing.has(k)) replace.push(actual.get(k) as string);
    finalNames.set(name, candidate);
  }
  return { finalNames, replace };
}

const renamedCache = new WeakMap<ReadonlyMap<string, string>, Array<[string, string]>>();

/** Rewrites references to renamed plan sheets in a formula ('Tổng hợp'!B5 → 'Tổng hợp (2)'!B5). */
export function renameSheetRefs(formula: string, finalNames: ReadonlyMap<string, string>): string {
  // Called for every formula of a plan: only renamed sheets matter, and only formulas with a "!".
  let renamed = renamedCache.get(finalNames);
  if (!renamed) {
    renamed = [...finalNames].filter(([from, to]) => from !== to);
    renamedCache.set(finalNames, renamed);
  }
  if (renamed.length === 0 || !formula.includes("!")) return formula;
  let out = formula;
  for (const [from, to] of renamed) {
    out = out.split(`${quoteSheetName(from)}!`).join(`${quoteSheetName(to)}!`);
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from))
      out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.'])${from.replace(/\./g, "\\.")}!`, "g"), `$1${quoteSheetName(to)}!`);
  }
  return out;
}
