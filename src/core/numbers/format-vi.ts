/**
 * Numbers for people: Vietnamese style "1.326" and "86,8%", English "1,326" and "86.8%".
 * Rounding is half away from zero on the value as Excel displays it: Excel first cuts a
 * double to 15 significant digits, then rounds to the format's decimals, so 0.8675 shown
 * with "0.0%" reads 86,8% although the double is 0.86749999999999993782...
 * Bands are judged on this displayed value (domain.md).
 */

export type Lang = "vi" | "en";

interface Rounded {
  negative: boolean;
  /** The rounded value × 10^decimals, as an exact integer (a safe-integer number on the shortcut). */
  scaled: bigint | number;
  decimals: number;
}

/** Exact decimal rounding of `value` (to 15 significant digits first, like Excel); shortcut when it can. */
function roundDecimal(value: number, decimals: number): Rounded {
  const fast = roundDecimalFast(value, decimals);
  // Stryker disable next-line ConditionalExpression: skipping the shortcut changes nothing, the shortcut gives the same result as the exact rounding (round-fast.test.ts)
  return fast !== null ? fast : roundDecimalExact(value, decimals);
}

function roundDecimalExact(value: number, decimals: number): Rounded {
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  // Stryker disable next-line StringLiteral: Number("") is 0 too
  const [mantissa, exponent = "0"] = Math.abs(value).toPrecision(15).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole + fraction);
  // value = digits × 10^shift; we want round(value × 10^d) = round(digits × 10^(shift + d)).
  const shift = Number(exponent) - fraction.length + d;
  let scaled: bigint;
  // Stryker disable next-line EqualityOperator: at shift 0 the division by 10^0 gives the same digits
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) scaled += 1n; // half away from zero (sign applied later)
  }
  // Stryker disable next-line EqualityOperator: a value of 0 rounds to 0, which is never negative either way
  return { negative: value < 0 && scaled !== 0n, scaled, decimals: d };
}

/** `value` rounded to `decimals` places, halves away from zero: roundTo(86.75, 1) is 86.8. */
export function roundTo(value: number, decimals: number): number {
  // Stryker disable next-line ConditionalExpression: a redundant guard, the shortcut refuses NaN and ±∞ and roundToExact returns them
  if (!Number.isFinite(value)) return value;
  const fast = roundToFast(value, decimals);
  // Stryker disable next-line ConditionalExpression: skipping the shortcut changes nothing, the shortcut gives the same result as the exact rounding (round-fast.test.ts)
  return fast !== null ? fast : roundToExact(value, decimals);
}

/** roundTo by exact decimal arithmetic alone (the definition; roundTo takes a shortcut when it can). */
export function roundToExact(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const r = roundDecimalExact(value, decimals);
  const result = Number(`${r.negative ? "-" : ""}${r.scaled}e-${r.decimals}`);
  // Stryker disable next-line ArithmeticOperator: a redundant guard, the sign is dropped when the rounded value is 0 so the result is never -0
  return result + 0; // no -0
}

// Stryker disable next-line ArrayDeclaration: an empty table only turns the shortcut off, the shortcut gives the same result as the exact rounding (round-fast.test.ts)
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * roundTo without the exact decimal work, for the usual value that is not near a half: then the
 * 15-digit cut cannot change the rounding, and k / 10^d is the same double as "k e-d". Null when
 * the value is near a half, large, or wants many decimals.
 */
function roundToFast(value: number, decimals: number): number | null {
  const r = roundDecimalFast(value, decimals);
  // Stryker disable next-line ConditionalExpression: returning null only turns the shortcut off, the shortcut gives the same result as the exact rounding (round-fast.test.ts)
  if (r === null) return null;
  const scaled = r.scaled as number; // the shortcut's scaled value is always a number
  // Stryker disable next-line ConditionalExpression: a redundant fast path, 0 / 10^d is 0 (never -0: the sign is dropped at 0)
  if (scaled === 0) return 0;
  return (r.negative ? -scaled : scaled) / POWERS_OF_TEN[r.decimals];
}

/** roundDecimal's shortcut (see roundToFast), or null. */
function roundDecimalFast(value: number, decimals: number): Rounded | null {
  // Stryker disable next-line all: a redundant guard, any other decimals index past the table (NaN, refused below) and returning null only turns the shortcut off
  if (!Number.isInteger(decimals) || decimals < 0 || decimals >= POWERS_OF_TEN.length) return null;
  const scaled = Math.abs(value) * POWERS_OF_TEN[decimals];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: refusing every value only turns the shortcut off, and at exactly 1e9 both ways give the same whole number
  if (!(scaled < 1e9)) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: refusing more values only turns the shortcut off, the shortcut gives the same result as the exact rounding (round-fast.test.ts)
  if (Math.abs(fraction - 0.5) < 1e-4) return null;
  // Stryker disable next-line EqualityOperator: a fraction of exactly 0.5 was refused just above
  const rounded = fraction > 0.5 ? whole + 1 : whole;
  // Stryker disable next-line EqualityOperator: a value of 0 rounds to 0, which is never negative either way
  return { negative: value < 0 && rounded !== 0, scaled: rounded, decimals };
}

function render(r: Rounded, lang: Lang, keepZeros: boolean): string {
  const text = r.scaled.toString().padStart(r.decimals + 1, "0");
  const whole = text.slice(0, text.length - r.decimals);
  let fraction = text.slice(text.length - r.decimals);
  if (!keepZeros) fraction = fraction.replace(/0+$/, "");
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${r.negative ? "-" : ""}${grouped}${fraction ? point + fraction : ""}`;
}

/**
 * A number with thousands grouped and at most `maxDecimals` decimals, no trailing zeros:
 * vi "1.326", "1,33"; en "1,326", "1.33". Non-finite values give "".
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return "";
  return render(roundDecimal(value, maxDecimals), lang, false);
}

/**
 * Percent points with exactly `decimals` decimals: vi "86,8%", en "86.8%".
 * Same rounding as Excel's "0.0%" on the fraction. Non-finite values give "".
 */
export function formatPercent(points: number, lang: Lang, decimals = 1): string {
  if (!Number.isFinite(points)) return "";
  return `${render(roundDecimal(points, decimals), lang, true)}%`;
}
