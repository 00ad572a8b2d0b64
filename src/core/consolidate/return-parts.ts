/**
 * One commune's return split over several sheets of one workbook ("Biểu 01: kinh tế", "Biểu 02:
 * văn hóa - xã hội"): the sheets name the same area and the same period, and no indicator twice.
 * For the consolidation they are one return, one unit: counted once among those received, their
 * indicators side by side in one column. Each sheet keeps its own summary sheet.
 *
 * Sheets of one area that share an indicator, or name different periods, are not parts of one
 * return; they stay apart, and the consolidation names the area twice ("area-duplicate").
 */
import type { BandCounts, ScoredReturn } from "../model";
import type { Finding } from "../problems";
import { foldForMatch } from "../text/normalize";
import { areaKey } from "./area-names";
import { indicatorKeys } from "./indicator-keys";

export interface JoinedReturns {
  /** The returns with each commune's parts made one (the first part's place, file and sheet). */
  returns: ScoredReturn[];
  /** One note per return made of parts, naming its sheets. */
  findings: Finding[];
}

function sumCounts(a: BandCounts, b: BandCounts): BandCounts {
  return { met: a.met + b.met, near: a.near + b.near, mid: a.mid + b.mid, low: a.low + b.low, none: a.none + b.none };
}

function periodKey(period: string | null): string {
  return period === null ? "" : foldForMatch(period);
}

function joined(parts: readonly ScoredReturn[]): ScoredReturn {
  const [first, ...rest] = parts;
  const indicators = [...first.indicators];
  let counts = first.counts;
  const findings = [...first.findings];
  for (const part of rest) {
    const offset = indicators.length;
    for (const ind of part.indicators)
      indicators.push(ind.parent === null ? ind : { ...ind, parent: ind.parent + offset });
    counts = sumCounts(counts, part.counts);
    findings.push(...part.findings);
  }
  return { ...first, indicators, counts, findings };
}

/** The returns as the consolidation counts them: the parts of one commune's return joined. */
export function joinReturnParts(returns: readonly ScoredReturn[]): JoinedReturns {
  // Parts by file and area, in order of the first part; a return without an area stands alone.
  const slots: ScoredReturn[][] = [];
  const open = new Map<string, number[]>(); // file + area → slots of that area in that file
  // A slot's indicator keys, made only when a second return of its area and file comes (most never do).
  const keysOf = new Map<number, Set<string>>();
  const slotKeys = (slot: number): Set<string> => {
    let keys = keysOf.get(slot);
    if (keys === undefined) {
      keys = new Set(slots[slot].flatMap((part) => indicatorKeys(part.indicators)));
      keysOf.set(slot, keys);
    }
    return keys;
  };
  for (const ret of returns) {
    const where = ret.area === null ? null : `${ret.file}\u0000${areaKey(ret.area)}`;
    const candidates = where === null ? undefined : open.get(where);
    if (where === null || candidates === undefined) {
      if (where !== null) open.set(where, [slots.length]);
      slots.push([ret]);
      continue;
    }
    // Same period, and none of its indicators already there.
    const keys = indicatorKeys(ret.indicators);
    const period = periodKey(ret.period);
    const slot = candidates.find(
      (s) => periodKey(slots[s][0].period) === period && keys.every((key) => !slotKeys(s).has(key)),
    );
    if (slot === undefined) {
      candidates.push(slots.length);
      slots.push([ret]);
    } else {
      for (const key of keys) slotKeys(slot).add(key);
      slots[slot].push(ret);
    }
  }
  const findings: Finding[] = [];
  for (const parts of slots)
    if (parts.length > 1)
      findings.push({
        file: parts[0].file,
        sheet: "", // about several sheets, each named in the message
        cell: "",
        severity: "warning",
        code: "return-parts-joined",
        // Stryker disable next-line StringLiteral: a return without an area is never joined, so area is never null here
        params: { area: parts[0].area ?? "", sheets: parts.map((p) => `“${p.sheet}”`).join(", ") },
      });
  // Stryker disable next-line ConditionalExpression: a fast path; one part joined alone is a copy equal to it
  return { returns: slots.map((parts) => (parts.length === 1 ? parts[0] : joined(parts))), findings };
}
