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

/** True when `ret` can join `parts`: same period, and none of its indicators is already there. */
function fits(parts: readonly ScoredReturn[], keys: ReadonlySet<string>, ret: ScoredReturn): boolean {
  if (periodKey(parts[0].period) !== periodKey(ret.period)) return false;
  return indicatorKeys(ret.indicators).every((key) => !keys.has(key));
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
  const keysOf: Set<string>[] = [];
  const open = new Map<string, number[]>(); // file + area → slots of that area in that file
  for (const ret of returns) {
    if (ret.area === null) {
      slots.push([ret]);
      keysOf.push(new Set());
      continue;
    }
    const where = `${ret.file}\u0000${areaKey(ret.area)}`;
    const candidates = open.get(where) ?? [];
    const slot = candidates.find((s) => fits(slots[s], keysOf[s], ret));
    if (slot === undefined) {
      candidates.push(slots.length);
      open.set(where, candidates);
      slots.push([ret]);
      keysOf.push(new Set(indicatorKeys(ret.indicators)));
    } else {
      slots[slot].push(ret);
      for (const key of indicatorKeys(ret.indicators)) keysOf[slot].add(key);
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
