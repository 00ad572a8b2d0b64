/**
 * Which indicators each unit is missing, said once per unit (domain.md, flag "missing").
 * An indicator counts as expected only when most units report it: more than half of those that
 * sent a return. A sub-row only one commune writes ("- hộ cận nghèo") then warns nobody, and with
 * two returns nothing is "missing" (neither is the majority). A missing sub-row whose parent the
 * unit also lacks is named by its parent alone.
 */
import type { ConsolidatedIndicator, ScoredReturn } from "../model";
import { sentenceName } from "../narrative";
import type { Finding } from "../problems";
import type { Language } from "../settings";
import { nameKey } from "./indicator-keys";

/** True when more than half of `received` units report the indicator. */
export function isMajority(reported: number, received: number): boolean {
  return reported * 2 > received;
}

/**
 * One "indicator-missing" finding per unit lacking any majority indicator, in the units' order, in
 * that unit's file and sheet; params: area, count, names (each quoted, in table order).
 */
export function missingIndicatorFindings(
  indicators: readonly ConsolidatedIndicator[],
  areas: readonly string[],
  returns: readonly ScoredReturn[],
  lang: Language,
): Finding[] {
  const missingOf: ConsolidatedIndicator[][] = areas.map(() => []);
  const areaIndex = new Map(areas.map((area, i) => [area, i]));
  for (const ind of indicators) {
    if (ind.missing.length === 0 || !isMajority(ind.reported, areas.length)) continue;
    for (const area of ind.missing) {
      const i = areaIndex.get(area);
      if (i !== undefined) missingOf[i].push(ind);
    }
  }
  const findings: Finding[] = [];
  missingOf.forEach((list, i) => {
    if (list.length === 0) return;
    const topLevel = new Set(list.filter((ind) => ind.parent === null).map((ind) => nameKey(ind.name)));
    const folded = new Map<string, number>(); // sub-rows folded into a missing parent, by its key
    const shown = list.filter((ind) => {
      if (ind.parent === null || !topLevel.has(nameKey(ind.parent))) return true;
      folded.set(nameKey(ind.parent), (folded.get(nameKey(ind.parent)) ?? 0) + 1);
      return false;
    });
    const named = (ind: ConsolidatedIndicator): string => {
      const quoted = `“${sentenceName(ind.name, ind.parent, lang)}”`;
      const subRows = ind.parent === null ? (folded.get(nameKey(ind.name)) ?? 0) : 0;
      if (subRows === 0) return quoted;
      return lang === "en" ? `${quoted} (and its ${subRows} sub-rows)` : `${quoted} (cả ${subRows} dòng chi tiết)`;
    };
    findings.push({
      file: returns[i].file,
      sheet: returns[i].sheet,
      cell: "",
      severity: "warning",
      code: "indicator-missing",
      params: {
        area: areas[i],
        count: shown.length,
        names: shown.map(named).join(", "),
      },
    });
  });
  return findings;
}
