/**
 * Consolidation across communes (domain.md): every indicator side by side for all areas, rolled
 * up by its nature, with who reported what, and who has not reported at all.
 *
 * - Area name = ret.area ?? ret.sheet; a second return for the same area is kept as "Xã A (2)"
 *   with an "area-duplicate" finding.
 * - Indicators match by normalised name (indicator-keys.ts), in order of first appearance.
 * - The consolidated achievement is computed from the totals with the indicator's direction (the
 *   first area's; criteria and binary always up), banded like any indicator.
 * - Flags: lagging, priority, missing (some areas lack it), suspect-unit (some area's figure was
 *   flagged suspect, so the total is doubtful too).
 * - A weighted indicator falls back to a plain mean, with "rate-plain-mean", unless every area
 *   with a figure has a weight on that side.
 */
import { BLANK, type Figure } from "../figures";
import type {
  AreaFigures,
  ConsolidatedIndicator,
  Consolidation,
  Flag,
  IndicatorKind,
  ScoredIndicator,
  ScoredReturn,
} from "../model";
import type { Finding } from "../problems";
import type { Settings } from "../settings";
import { computeAchievement } from "../scoring/achievement";
import { bandOf, isLaggingBand } from "../scoring/bands";
import { isPriority } from "../scoring/flags";
import { Memo } from "../scoring/words";
import { foldForMatch } from "../text/normalize";
import { aggregationFor, bareName, type WeightRule } from "./aggregation-catalogue";
import { missingExpected, uniqueAreaNames } from "./area-names";
import { indicatorKeys } from "./indicator-keys";
import {
  binaryTotals,
  criteriaTotals,
  meanTotals,
  sumTotals,
  weightedTotals,
  type AreaEntry,
  type Totals,
} from "./totals";

interface Group {
  key: string;
  first: ScoredIndicator;
  entries: AreaEntry[];
  /** This indicator per area index, built when the group serves as a denominator. */
  byAreaIndex?: (ScoredIndicator | undefined)[];
}

const numberFigure = (value: number | null): Figure =>
  value === null ? BLANK : { kind: "number", value, percent: false };

/** Indicators by bare name across all returns, to find each area's denominator without a per-return index. */
class DenominatorLookup {
  private readonly byBare = new Map<string, Group[]>();
  /** Groups whose rows do not all share one bare name: each row is checked on lookup. */
  private readonly mixed = new Set<Group>();
  constructor(
    groups: Iterable<Group>,
    private readonly areaCount: number,
  ) {
    for (const group of groups) {
      const bares = new Set<string>();
      let lastName = "";
      for (const { ind } of group.entries) {
        if (ind.name === lastName) continue; // names repeat: fold each spelling once
        lastName = ind.name;
        bares.add(bareName(ind.name));
      }
      if (bares.size > 1) this.mixed.add(group);
      for (const bare of bares) {
        const list = this.byBare.get(bare);
        if (list) list.push(group);
        else this.byBare.set(bare, [group]);
      }
    }
  }
  /** The indicator named `bare` in the return of `area`, if any. */
  get(area: number, bare: string): ScoredIndicator | undefined {
    const groups = this.byBare.get(bare);
    if (!groups) return undefined;
    for (const group of groups) {
      if (!group.byAreaIndex) {
        const index: (ScoredIndicator | undefined)[] = new Array(this.areaCount);
        for (const e of group.entries) if (index[e.area] === undefined) index[e.area] = e.ind;
        group.byAreaIndex = index;
      }
      const ind = group.byAreaIndex[area];
      if (ind && (!this.mixed.has(group) || bareName(ind.name) === bare)) return ind;
    }
    return undefined;
  }
}

function weightOf(
  lookup: DenominatorLookup,
  rule: WeightRule,
  entry: AreaEntry,
  side: "plan" | "actual",
): number | null {
  for (const name of rule.denominators) {
    const den = lookup.get(entry.area, name);
    if (!den) continue;
    const v = side === "plan" ? (den.planValue ?? den.actualValue) : (den.actualValue ?? den.planValue);
    if (v !== null && v > 0) return v;
  }
  const rate = side === "plan" ? entry.ind.planValue : entry.ind.actualValue;
  if (rate === null || rate <= 0) return null;
  for (const name of rule.counts) {
    const count = lookup.get(entry.area, name);
    const v = count ? (side === "plan" ? count.planValue : count.actualValue) : null;
    if (v !== null && v > 0) return (v * 100) / rate;
  }
  return null;
}

/** True when every area with a figure on a side has a weight on that side. */
function weightsComplete(entries: readonly AreaEntry[]): boolean {
  for (const e of entries) {
    if (e.ind.planValue !== null && !(e.planWeight && e.planWeight > 0)) return false;
    if (e.ind.actualValue !== null && !(e.actualWeight && e.actualWeight > 0)) return false;
  }
  return true;
}

const unitMemo = new Memo<string>(2000);

function distinctUnits(entries: readonly AreaEntry[]): string[] {
  const raw = new Set<string>();
  for (const { ind } of entries) if (ind.unit) raw.add(ind.unit);
  if (raw.size < 2) return [...raw];
  const byFolded = new Map<string, string>();
  for (const unit of raw) {
    const folded = unitMemo.get(unit, foldForMatch);
    if (folded !== "" && !byFolded.has(folded)) byFolded.set(folded, unit);
  }
  return [...byFolded.values()];
}

export function consolidate(returns: readonly ScoredReturn[], settings: Settings): Consolidation {
  const findings: Finding[] = [];
  const named = uniqueAreaNames(returns.map((r) => r.area ?? r.sheet));
  const areas = named.map((a) => a.name);
  named.forEach((a, i) => {
    if (a.duplicateOf === null) return;
    const first = returns[a.duplicateOf];
    findings.push({
      sheet: returns[i].sheet,
      cell: "",
      severity: "warning",
      code: "area-duplicate",
      params: {
        area: areas[a.duplicateOf],
        first: first.file ? `${first.file} (${first.sheet})` : first.sheet,
      },
    });
  });

  const groups = new Map<string, Group>();
  returns.forEach((ret, area) => {
    const keys = indicatorKeys(ret.indicators);
    ret.indicators.forEach((ind, i) => {
      const key = keys[i];
      let group = groups.get(key);
      if (!group) {
        group = { key, first: ind, entries: [] };
        groups.set(key, group);
      }
      group.entries.push({ area, ind, planWeight: null, actualWeight: null });
    });
  });

  const lookup = new DenominatorLookup(groups.values(), returns.length);
  const indicators: ConsolidatedIndicator[] = [];
  for (const group of groups.values()) {
    indicators.push(consolidateOne(group, areas, returns, lookup, settings, findings));
  }

  const expected = settings.expectedAreas.length > 0 ? [...settings.expectedAreas] : [...areas];
  const missingAreas =
    settings.expectedAreas.length > 0
      ? missingExpected(
          settings.expectedAreas,
          named.filter((a) => a.duplicateOf === null).map((a) => a.name),
        )
      : [];
  for (const area of missingAreas)
    findings.push({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "area-not-reported",
      params: { area },
    });

  const bandCounts: Consolidation["bandCounts"] = {};
  returns.forEach((ret, i) => {
    bandCounts[areas[i]] = { ...ret.counts };
  });
  return { areas, expected, missingAreas, indicators, bandCounts, findings };
}

function consolidateOne(
  group: Group,
  areas: readonly string[],
  returns: readonly ScoredReturn[],
  lookup: DenominatorLookup,
  settings: Settings,
  findings: Finding[],
): ConsolidatedIndicator {
  const { first, entries } = group;
  // One pass over the areas for what does not depend on the aggregation: each area's indicator is
  // read once (with thousands of areas the reads cost more than the work).
  const kinds: IndicatorKind[] = [];
  const present = new Uint8Array(areas.length);
  const byArea: Record<string, AreaFigures> = {};
  let suspect = false;
  for (let i = 0; i < entries.length; i++) {
    const { area, ind } = entries[i];
    if (!kinds.includes(ind.kind)) kinds.push(ind.kind);
    if (present[area]) continue; // a second row with the same key in one return cannot happen (keys are unique per return)
    present[area] = 1;
    byArea[areas[area]] = {
      plan: ind.planValue,
      actual: ind.actualValue,
      achievement: ind.achievement,
      band: ind.band,
    };
    if (ind.flags.includes("suspect-unit")) suspect = true;
  }
  const choice = aggregationFor(first.name, first.unit, kinds);
  let aggregation = choice.aggregation;

  let totals: Totals;
  if (aggregation === "weighted" && choice.weight) {
    const rule = choice.weight;
    for (const e of entries) {
      e.planWeight = weightOf(lookup, rule, e, "plan");
      e.actualWeight = weightOf(lookup, rule, e, "actual");
    }
    if (!weightsComplete(entries)) aggregation = "mean";
  }
  if (aggregation === "mean" && choice.rate) {
    findings.push({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "rate-plain-mean",
      params: { name: first.name },
    });
  }
  switch (aggregation) {
    case "weighted":
      totals = weightedTotals(entries);
      break;
    case "mean":
      totals = meanTotals(entries);
      break;
    case "criteria":
      totals = criteriaTotals(entries);
      break;
    case "binary":
      totals = binaryTotals(entries);
      break;
    default:
      totals = sumTotals(entries);
  }

  const direction = aggregation === "criteria" || aggregation === "binary" ? "up" : first.direction;
  const score = computeAchievement(
    {
      plan: numberFigure(totals.plan),
      actual: numberFigure(totals.actual),
      baseline: numberFigure(totals.baseline),
    },
    direction,
  );
  const band = bandOf(score.achievement, settings);

  const missing: string[] = [];
  if (entries.length < areas.length) {
    for (let area = 0; area < areas.length; area++) {
      if (present[area]) continue;
      missing.push(areas[area]);
      findings.push({
        sheet: returns[area].sheet,
        cell: "",
        severity: "warning",
        code: "indicator-missing",
        params: { name: first.name, area: areas[area] },
      });
    }
  }

  const units = distinctUnits(entries);
  if (units.length > 1) {
    findings.push({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "unit-mismatch",
      params: { name: first.name, units: units.join(", ") },
    });
  }

  const flags: Flag[] = [];
  if (isLaggingBand(band)) flags.push("lagging");
  if (isPriority(first.name, settings)) flags.push("priority");
  if (suspect) flags.push("suspect-unit");
  if (missing.length > 0) flags.push("missing");

  const consolidated: ConsolidatedIndicator = {
    key: group.key,
    name: first.name,
    unit: first.unit,
    code: first.code,
    group: first.group,
    direction,
    aggregation,
    plan: totals.plan,
    actual: totals.actual,
    achievement: score.achievement,
    band,
    flags,
    reported: entries.length,
    missing,
    byArea,
  };
  if (totals.standard) consolidated.standard = totals.standard;
  return consolidated;
}
