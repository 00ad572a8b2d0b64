/**
 * How each indicator is rolled up across areas (domain.md, "Consolidation across communes"):
 * criteria → "criteria"; binary → "binary"; rates (kind percent, unit "%", or a name starting
 * "tỷ lệ"/"tỉ lệ") and per-capita values ("bình quân đầu người", "/người") → "weighted" when the
 * catalogue knows their denominator, else "mean" (with a "rate-plain-mean" warning); amounts and
 * counts → "sum".
 *
 * Denominators come from each area's own return:
 * - poverty rates ↔ total households ("tổng số hộ", "số hộ dân"), or, failing that, derived from
 *   the count indicator ("số hộ nghèo" / "hộ nghèo"): households = count × 100 / rate;
 * - per-capita values ↔ population ("dân số", "số dân", "tổng dân số").
 * Names are compared "bare": folded (no case, no diacritics), a leading "-", "+", "*" and any
 * "(...)" removed, so "- Số hộ nghèo (theo chuẩn đa chiều)" is "so ho ngheo".
 */
import type { Aggregation, IndicatorKind } from "../model";
import { unitClass } from "../scoring/achievement";
import { Memo } from "../scoring/words";
import { foldForMatch } from "../text/normalize";

const PARENTHESES = /\([^)]*\)/g;
// Stryker disable next-line Regex: the runs of spaces it would leave are collapsed just after
const NON_WORD = /[^a-z0-9%‰/]+/g;

const bareMemo = new Memo<string>();
/** "- Tỷ lệ hộ nghèo (đa chiều):" → "ty le ho ngheo". */
export function bareName(name: string): string {
  return bareMemo.get(name, (n) =>
    foldForMatch(n)
      .replace(PARENTHESES, " ")
      .replace(NON_WORD, " ")
      // Stryker disable next-line Regex: a redundant step; NON_WORD already turned every run of spaces into one
      .replace(/\s+/g, " ")
      .trim(),
  );
}

const bare = (names: string[]) => names.map(bareName);

const HOUSEHOLDS = bare([
  "tổng số hộ",
  "tổng số hộ dân",
  "tổng số hộ gia đình",
  "số hộ dân",
  "số hộ gia đình",
  "tổng số hộ dân cư",
]);
const POPULATION = bare(["dân số", "số dân", "tổng dân số", "dân số trung bình", "tổng số dân", "quy mô dân số"]);

/** A known rate and what weighs it. */
interface RatePair {
  rates: string[]; // bare names of the rate
  denominators: string[]; // bare names of the denominator indicator
  counts: string[]; // bare names of the count indicator (rate = count / denominator × 100)
}

export const RATE_PAIRS: readonly RatePair[] = [
  {
    rates: bare(["tỷ lệ hộ nghèo", "tỉ lệ hộ nghèo", "tỷ lệ nghèo", "tỉ lệ nghèo"]),
    denominators: HOUSEHOLDS,
    counts: bare(["số hộ nghèo", "hộ nghèo"]),
  },
  {
    rates: bare(["tỷ lệ hộ cận nghèo", "tỉ lệ hộ cận nghèo"]),
    denominators: HOUSEHOLDS,
    counts: bare(["số hộ cận nghèo", "hộ cận nghèo"]),
  },
];

const PER_CAPITA_NAME = [" binh quan dau nguoi", "/nguoi", " dau nguoi"];

/** How the weight of one area is found for a weighted indicator. */
export interface WeightRule {
  /** Bare names of the denominator indicator (its figure is the weight). */
  denominators: readonly string[];
  /** Bare names of a count indicator: weight = count × 100 / the area's own rate. */
  counts: readonly string[];
}

export interface AggregationChoice {
  aggregation: Aggregation;
  /** Set when aggregation is "weighted": where to find each area's weight. */
  weight: WeightRule | null;
  /** A rate or per-capita value: falls back to "mean" (with a warning) when a weight is missing. */
  rate: boolean;
}

function isRateName(bareNameText: string): boolean {
  return bareNameText.startsWith("ty le ") || bareNameText.startsWith("ti le ");
}

function isPerCapita(bareNameText: string, unit: string | null): boolean {
  const padded = ` ${bareNameText}`;
  if (PER_CAPITA_NAME.some((cue) => padded.includes(cue))) return true;
  return unit !== null && /\/\s*nguoi/.test(foldForMatch(unit));
}

/**
 * The aggregation for an indicator, from its name, unit and the kinds it was scored as in each area.
 * "weighted" means "weighted if every area has a weight"; consolidate falls back to "mean".
 */
export function aggregationFor(name: string, unit: string | null, kinds: readonly IndicatorKind[]): AggregationChoice {
  if (kinds.includes("criteria")) return { aggregation: "criteria", weight: null, rate: false };
  if (kinds.includes("binary")) return { aggregation: "binary", weight: null, rate: false };
  const bareText = bareName(name);
  const pair = RATE_PAIRS.find((p) => p.rates.includes(bareText));
  const rate = pair !== undefined || kinds.includes("percent") || unitClass(unit) === "percent" || isRateName(bareText);
  if (rate) {
    if (pair)
      return {
        aggregation: "weighted",
        weight: { denominators: pair.denominators, counts: pair.counts },
        rate: true,
      };
    if (isPerCapita(bareText, unit))
      return {
        aggregation: "weighted",
        weight: { denominators: POPULATION, counts: [] },
        rate: true,
      };
    return { aggregation: "mean", weight: null, rate: true };
  }
  if (isPerCapita(bareText, unit))
    return {
      aggregation: "weighted",
      weight: { denominators: POPULATION, counts: [] },
      rate: true,
    };
  return { aggregation: "sum", weight: null, rate: false };
}
