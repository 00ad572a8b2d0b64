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
 *   flagged suspect, so the total is doubtful too). A row a return repeats counts once, its first
 *   (repeated-rows.ts); the problem list names only what most units have (missing-indicators.ts).
 * - A weighted indicator falls back to a plain mean, with "rate-plain-mean", unless every area
 *   with a figure has a weight on that side.
 */
import { BLANK, type Figure } from "../figures";
import type {
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
import { missingIndicatorFindings } from "./missing-indicators";
import { orderUnderParents } from "./order-under-parents";
import { repeatedRows } from "./repeated-rows";
import { binaryTotals, criteriaTotals, meanTotals, SideSums, sumTotals, weightedTotals, type Totals } from "./totals";

/**
 * One indicator across the returns. Every list is by area index and dense: with thousands of
 * areas, arrays cost far less to fill, read and collect than an object per (area, indicator).
 */
interface Group {
  key: string;
  first: ScoredIndicator;
  /** The name of `first`'s parent row in its return, when it is a sub-row. */
  parent: string | null;
  /** The areas' indicators in area order, one per area that reported it. */
  entries: ScoredIndicator[];
  /** The same by area index (undefined where the area lacks it); keys are unique per return. */
  byAreaIndex: (ScoredIndicator | undefined)[];
  // Gathered while grouping, return by return: one return's indicators lie together in memory,
  // one indicator's rows across thousands of returns do not, so each row is read once, there.
  /** Each spelling of the name, in order of first appearance. */
  names: Set<string>;
  /** Each unit as written (non-empty), in order of first appearance. */
  units: Set<string>;
  /** The kinds the areas scored it as, in order of first appearance. */
  kinds: IndicatorKind[];
  /** Some area's figure is flagged suspect-unit. */
  suspect: boolean;
  sums: SideSums;
}

function newGroup(key: string, first: ScoredIndicator, parent: string | null, areaCount: number): Group {
  return {
    key,
    first,
    parent,
    entries: [],
    byAreaIndex: new Array(areaCount).fill(undefined),
    names: new Set(),
    units: new Set(),
    // Stryker disable next-line ArrayDeclaration: kinds are only asked whether they include criteria, binary or percent
    kinds: [],
    suspect: false,
    sums: new SideSums(),
  };
}

function addToGroup(group: Group, area: number, ind: ScoredIndicator): void {
  const entries = group.entries;
  // names and units repeat from area to area: a Set is only asked when they change
  // (an empty name before any other is left out, as it always was)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a redundant guard, entries[-1] is undefined too
  const previous = entries.length > 0 ? entries[entries.length - 1] : undefined;
  if (ind.name !== (previous ? previous.name : "")) group.names.add(ind.name);
  if (ind.unit && ind.unit !== previous?.unit) group.units.add(ind.unit);
  // Stryker disable next-line ConditionalExpression: a kind listed twice changes no includes()
  if (!group.kinds.includes(ind.kind)) group.kinds.push(ind.kind);
  if (!group.suspect && ind.flags.includes("suspect-unit")) group.suspect = true;
  group.sums.add(ind);
  entries.push(ind);
  group.byAreaIndex[area] = ind;
}

const numberFigure = (value: number | null): Figure =>
  value === null ? BLANK : { kind: "number", value, percent: false };

/** Indicators by bare name across all returns, to find each area's denominator without a per-return index. */
class DenominatorLookup {
  private readonly byBare = new Map<string, Group[]>();
  /** Groups whose rows do not all share one bare name: each row is checked on lookup. */
  private readonly mixed = new Set<Group>();
  constructor(groups: Iterable<Group>) {
    for (const group of groups) {
      const bares = new Set<string>();
      for (const name of group.names) bares.add(bareName(name));
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
      const ind = group.byAreaIndex[area];
      if (ind && (!this.mixed.has(group) || bareName(ind.name) === bare)) return ind;
    }
    return undefined;
  }
}

function weightOf(
  lookup: DenominatorLookup,
  rule: WeightRule,
  area: number,
  ind: ScoredIndicator,
  side: "plan" | "actual",
): number | null {
  for (const name of rule.denominators) {
    const den = lookup.get(area, name);
    if (!den) continue;
    const v = side === "plan" ? (den.planValue ?? den.actualValue) : (den.actualValue ?? den.planValue);
    if (v !== null && v > 0) return v;
  }
  const rate = side === "plan" ? ind.planValue : ind.actualValue;
  if (rate === null || rate <= 0) return null;
  for (const name of rule.counts) {
    const count = lookup.get(area, name);
    const v = count ? (side === "plan" ? count.planValue : count.actualValue) : null;
    if (v !== null && v > 0) return (v * 100) / rate;
  }
  return null;
}

/** True when every area with a figure on a side has a weight on that side. */
function weightsComplete(
  entries: readonly ScoredIndicator[],
  planWeights: readonly (number | null)[],
  actualWeights: readonly (number | null)[],
): boolean {
  for (let i = 0; i < entries.length; i++) {
    const planWeight = planWeights[i];
    const actualWeight = actualWeights[i];
    // Stryker disable next-line LogicalOperator,EqualityOperator: a redundant check, weightOf gives a weight above 0 or null
    if (entries[i].planValue !== null && !(planWeight && planWeight > 0)) return false;
    // Stryker disable next-line LogicalOperator,EqualityOperator: a redundant check, weightOf gives a weight above 0 or null
    if (entries[i].actualValue !== null && !(actualWeight && actualWeight > 0)) return false;
  }
  return true;
}

const unitMemo = new Memo<string>(2000);

function distinctUnits(raw: ReadonlySet<string>): string[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a fast path; fewer than two units are only asked whether there are two
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
  const received = returns.map((r) => r.area ?? r.sheet);
  const named = uniqueAreaNames(received);
  const areas = named.map((a) => a.name);
  named.forEach((a, i) => {
    if (a.duplicateOf === null) return;
    const first = returns[a.duplicateOf];
    findings.push({
      file: returns[i].file,
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
    const repeated = repeatedRows(ret.indicators);
    ret.indicators.forEach((ind, i) => {
      if (repeated[i] >= 0) return; // a repeated row: its first row is the area's (repeated-rows.ts)
      const key = keys[i];
      let group = groups.get(key);
      if (!group) {
        // Stryker disable next-line ConditionalExpression,OptionalChaining: indicators[null] is undefined too, and a parent index is always a row of the return
        const parent = ind.parent === null ? null : (ret.indicators[ind.parent]?.name ?? null);
        group = newGroup(key, ind, parent, returns.length);
        groups.set(key, group);
      }
      addToGroup(group, area, ind);
    });
  });

  const lookup = new DenominatorLookup(groups.values());
  const built: ConsolidatedIndicator[] = [];
  for (const group of groups.values()) built.push(consolidateOne(group, areas, lookup, settings, findings));
  findings.push(...missingIndicatorFindings(built, areas, returns, settings.language));
  const indicators = orderUnderParents(built);

  const expected = settings.expectedAreas.length > 0 ? [...settings.expectedAreas] : [...areas];
  const missingAreas =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path, no expected area is missing from none
    settings.expectedAreas.length > 0
      ? missingExpected(
          settings.expectedAreas,
          // Stryker disable next-line MethodExpression,ConditionalExpression: a duplicate return has its first return's key, so leaving it in finds the same areas
          received.filter((_, i) => named[i].duplicateOf === null),
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
  lookup: DenominatorLookup,
  settings: Settings,
  findings: Finding[],
): ConsolidatedIndicator {
  const { first, entries, byAreaIndex, kinds, suspect } = group;
  const choice = aggregationFor(first.name, first.unit, kinds);
  let aggregation = choice.aggregation;

  let totals: Totals;
  const planWeights: (number | null)[] = [];
  const actualWeights: (number | null)[] = [];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the catalogue gives a weight rule exactly when it says "weighted"
  if (aggregation === "weighted" && choice.weight) {
    const rule = choice.weight;
    // Stryker disable next-line EqualityOperator: one past the end is an area with no row, skipped below
    for (let area = 0; area < byAreaIndex.length; area++) {
      const ind = byAreaIndex[area];
      if (ind === undefined) continue;
      planWeights.push(weightOf(lookup, rule, area, ind, "plan"));
      // Stryker disable next-line StringLiteral: weightOf reads every side but "plan" as the actual side
      actualWeights.push(weightOf(lookup, rule, area, ind, "actual"));
    }
    if (!weightsComplete(entries, planWeights, actualWeights)) aggregation = "mean";
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
      totals = weightedTotals(entries, planWeights, actualWeights);
      break;
    case "mean":
      totals = meanTotals(group.sums);
      break;
    case "criteria":
      totals = criteriaTotals(entries);
      break;
    case "binary":
      totals = binaryTotals(entries);
      break;
    default:
      totals = sumTotals(group.sums);
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path, the loop finds no missing area when every area reported
  if (entries.length < areas.length) {
    for (let area = 0; area < areas.length; area++) {
      if (byAreaIndex[area] !== undefined) continue;
      missing.push(areas[area]);
    }
  }

  const units = distinctUnits(group.units);
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
    parent: group.parent,
    direction,
    aggregation,
    plan: totals.plan,
    actual: totals.actual,
    achievement: score.achievement,
    band,
    flags,
    reported: entries.length,
    missing,
    figures: byAreaIndex,
  };
  // Stryker disable next-line ConditionalExpression: a standard of undefined is the same as none (never written out)
  if (totals.standard) consolidated.standard = totals.standard;
  return consolidated;
}
