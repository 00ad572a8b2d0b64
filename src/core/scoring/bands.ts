/**
 * Bands (domain.md, "Bands"): judged on the achievement as displayed, i.e. rounded to
 * settings.decimals, so a cell showing "100,0%" is always "met".
 * Labels are not here (i18n).
 */
import type { BandId } from "../model";
import { roundTo } from "../numbers/format-vi";
import type { Settings } from "../settings";

/** Best first; "none" (chưa đánh giá) last. */
export const BAND_ORDER: readonly BandId[] = ["met", "near", "mid", "low", "none"];

const RANK: Record<BandId, number> = {
  met: 0,
  near: 1,
  mid: 2,
  low: 3,
  none: 4,
};

/** Position in BAND_ORDER: 0 for "met" … 4 for "none". */
export function bandRank(band: BandId): number {
  return RANK[band];
}

/** Below "near": the indicator is lagging (chậm tiến độ). */
export function isLaggingBand(band: BandId): boolean {
  return band === "mid" || band === "low";
}

// Stryker disable next-line ArrayDeclaration: a table of 10^d for speed; without it, 10 ** decimals gives the same factor
const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * `roundTo` (numbers/format-vi.ts: half away from zero on the value as Excel displays it), with a
 * fast path: only a value within a hair of a half needs the exact (slower, BigInt) rounding, so
 * the band always agrees with the displayed figure at the cost of plain arithmetic. A value that
 * is no finite number (NaN, ±Infinity) comes back as it is.
 */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = POWERS[decimals] ?? 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const fraction = scaled - Math.floor(scaled);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the fast path; the exact rounding gives the same figure everywhere
  if (Math.abs(fraction - 0.5) < 1e-6) return roundTo(value, decimals);
  const rounded = Math.round(scaled) / factor;
  return Math.sign(value) * rounded + 0; // + 0: no -0
}

/** The band of an achievement (percent of plan), judged on the displayed value. */
export function bandOf(achievement: number | null, settings: Pick<Settings, "bands" | "decimals">): BandId {
  if (achievement === null || !Number.isFinite(achievement)) return "none";
  const shown = roundHalfAway(achievement, settings.decimals);
  const { met, near, mid } = settings.bands;
  if (shown >= met) return "met";
  if (shown >= near) return "near";
  if (shown >= mid) return "mid";
  return "low";
}
