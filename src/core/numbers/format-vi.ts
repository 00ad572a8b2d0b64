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
  /** The rounded value × 10^decimals, as an exact integer. */
  scaled: bigint;
  decimals: number;
}

/** Exact decimal rounding of `value` (to 15 significant digits first, like Excel). */
function roundDecimal(value: number, decimals: number): Rounded {
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const [mantissa, exponent = "0"] = Math.abs(value).toPrecision(15).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole + fraction);
  // value = digits × 10^shift; we want round(value × 10^d) = round(digits × 10^(shift + d)).
  const shift = Number(exponent) - fraction.length + d;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) scaled += 1n; // half away from zero (sign applied later)
  }
  return { negative: value < 0 && scaled !== 0n, scaled, decimals: d };
}

/** `value` rounded to `decimals` places, halves away from zero: roundTo(86.75, 1) is 86.8. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const r = roundDecimal(value, decimals);
  const result = Number(`${r.negative ? "-" : ""}${r.scaled}e-${r.decimals}`);
  return result + 0; // no -0
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
