/**
 * Rows a return repeats (chỉ tiêu bị lặp): the same indicator name twice in one return, in the same
 * group and under the same parent row (or both top-level), whatever their STT. The reader reports a
 * repeat only when the STT is the same too (read-rows.ts); a row pasted twice and renumbered ("7",
 * "8") is just as much a repeat for a consolidation, which cannot tell which figure is the unit's.
 * Consolidation counts the first row and leaves the repeat out, so one commune's repeated row never
 * becomes an indicator every other commune "lacks".
 */
import type { SourceIndicator } from "../model";
import type { Finding } from "../problems";
import { nameKey } from "./indicator-keys";

/** For each indicator, the index of the earlier row it repeats, or -1. */
export function repeatedRows(indicators: readonly SourceIndicator[]): number[] {
  // By name first (memoised keys, one map lookup a row); group and parent are compared only when a
  // name comes back, which is rare: no key string is built per row (3,321 returns × 60 rows).
  const byName = new Map<string, number | number[]>();
  const parentKey = (ind: SourceIndicator): string =>
    ind.parent === null ? "" : nameKey(indicators[ind.parent]?.name ?? "");
  const out = new Array<number>(indicators.length).fill(-1);
  indicators.forEach((ind, i) => {
    const name = nameKey(ind.name);
    const seen = byName.get(name);
    if (seen === undefined) {
      byName.set(name, i);
      return;
    }
    const earlier = typeof seen === "number" ? [seen] : seen;
    const parent = parentKey(ind);
    const first = earlier.find((j) => indicators[j].group === ind.group && parentKey(indicators[j]) === parent);
    if (first === undefined) byName.set(name, [...earlier, i]);
    else out[i] = first;
  });
  return out;
}

/**
 * "duplicate-indicator" findings for the repeats the reader did not report (those with another STT),
 * naming both cells. `indicators` are one return's rows; `sheet` is its sheet.
 */
export function renumberedRepeatFindings(indicators: readonly SourceIndicator[], sheet: string): Finding[] {
  const findings: Finding[] = [];
  repeatedRows(indicators).forEach((first, i) => {
    if (first < 0) return;
    const ind = indicators[i];
    const earlier = indicators[first];
    if (earlier.code === ind.code) return; // the reader reported it (read-rows.ts)
    findings.push({
      sheet,
      cell: ind.cell,
      severity: "warning",
      code: "duplicate-indicator",
      params: { name: ind.name, first: earlier.cell },
    });
  });
  return findings;
}
