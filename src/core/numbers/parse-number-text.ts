/**
 * Numbers typed as text, the way Vietnamese reports write them: "1.326" (thousands dot),
 * "1,33" (decimal comma), "1.250,5", and English "1,250.5" when that is unambiguous,
 * with a sign, a "%" and a unit word ("17 triệu") around them.
 * Input must already be normalised (NFC, single spaces, trimmed).
 */
import { foldForMatch } from "../text/normalize";

export interface NumberText {
  value: number;
  /** The text carried a "%" sign: value is in percent points. */
  percent: boolean;
}

/**
 * Unit words dropped after a number: the unit column says the same thing. Folded (no
 * diacritics). Multipliers that would change the magnitude ("tỷ", "nghìn") are not here:
 * "1,5 tỷ" in a column of "triệu đồng" must not silently become 1,5.
 */
const UNITS = [
  "trieu dong",
  "trieu",
  "tr.d",
  "tr.dong",
  "trd",
  "tr d",
  "dong",
  "ha",
  "ho",
  "nguoi",
  "tieu chi",
  "tan",
  "kg",
  "km",
  "xa",
  "thon",
  "ban",
  "luot",
  "con",
  "m2",
  "m²",
  "km2",
  "km²",
];
const UNIT_SET = new Set(UNITS);

/**
 * Approximate and bound marks are dropped, keeping the figure: "~ 95", "≈95", ">95", "≥ 95",
 * "<5", "≤5" all read as the number written. The scoring uses the figure as given.
 */
const QUALIFIER = /^(?:~|≈|>=|<=|>|<|≥|≤)\s*/;
const MINUS = /^[-−–]\s?/;

/** Parse `text` as a number, or null when it is not one. */
export function parseNumberText(text: string): NumberText | null {
  let rest = text.replace(QUALIFIER, "");
  let sign = 1;
  if (MINUS.test(rest)) {
    sign = -1;
    rest = rest.replace(MINUS, "");
  } else if (rest.startsWith("+")) {
    rest = rest.slice(1).trimStart();
  }
  rest = rest.replace(SPACE_GROUPED, (groups) => groups.replace(/ /g, ""));
  const match = /^(?:[0-9][0-9.,]*|[.,][0-9]+)/.exec(rest);
  if (!match) return null;
  const value = parseDigits(match[0]);
  if (value === null) return null;
  let tail = rest.slice(match[0].length).trim();
  let percent = false;
  if (tail.startsWith("%")) {
    percent = true;
    tail = tail.slice(1); // "% hộ": the unit check folds, and so trims, what follows
  }
  if (tail !== "" && !UNIT_SET.has(foldForMatch(tail))) return null;
  return { value: sign * value + 0, percent }; // + 0 turns -0 into 0
}

/** Space-grouped thousands: "1 326 000". */
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?=$|[ %])/;

/**
 * Digits with "." and "," separators, decided as domain.md asks:
 * - both present: the last one is the decimal mark, the other groups thousands;
 * - only dots: "1.326" and "1.234.567" are thousands (Vietnamese wins over English 1.326),
 *   any other single dot is a decimal point ("12.5", "0.500", "1234.567");
 * - only commas: one comma is the decimal comma ("1,33", also "1,250"); several group
 *   thousands English-style ("1,234,567").
 */
export function parseDigits(digits: string): number | null {
  if (/[.,]$/.test(digits)) return null;
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = (digits.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = digits[Math.max(digits.lastIndexOf("."), digits.lastIndexOf(","))];
    const group = decimal === "." ? "," : ".";
    const [whole, fraction, ...more] = digits.split(decimal);
    if (more.length > 0 || !isGrouped(whole, group)) return null;
    return Number(`${whole.split(group).join("")}.${fraction}`);
  }
  const sep = dots > 0 ? "." : commas > 0 ? "," : null;
  if (sep === null) return Number(digits);
  const count = dots + commas;
  if (count > 1) return isGrouped(digits, sep) ? Number(digits.split(sep).join("")) : null;
  if (sep === "." && isGrouped(digits, sep)) return Number(digits.replace(".", ""));
  const [whole, fraction] = digits.split(sep);
  return Number(`${whole}.${fraction}`); // ".5" reads as 0.5
}

/** "1.234.567": a first group of 1–3 digits (not a lone 0) then groups of exactly 3. `text` holds `sep`. */
function isGrouped(text: string, sep: string): boolean {
  const groups = text.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}
