/**
 * What a sentence may say about one indicator's figures, so that it is true (issue 15):
 * - a figure the engine doubts (flag "suspect-unit") is never quoted as an achievement: "Tỷ lệ tăng
 *   dân số tự nhiên: số liệu cần kiểm tra (7,7 so với kế hoạch 0,2)";
 * - a count that should not happen, with a plan of 0 ("Số vụ tảo hôn"), says what happened: "xảy ra
 *   2 vụ tảo hôn (kế hoạch: không để xảy ra)", never "đạt 0,0% kế hoạch";
 * - a result against the target (a lower-is-better figure above its baseline, a negative
 *   achievement) is said in words: "tăng so với cùng kỳ, ngược mục tiêu", never "-5,0%".
 * Otherwise `null`: the caller writes the achievement as usual.
 */
import type { Figure } from "./figures";
import type { Direction, ScoredIndicator } from "./model";
import { formatNumber, formatPercent } from "./numbers/format-vi";
import { tableVerdict } from "./plan/table-verdict";
import type { Language } from "./settings";

export interface FigureFacts {
  /** The name as the sentence writes it (see sentenceName). */
  name: string;
  unit: string | null;
  direction: Direction;
  /** A "Giảm …" reduction amount (scored as up). */
  reduction?: boolean;
  planValue: number | null;
  actualValue: number | null;
  baselineValue: number | null;
  achievement: number | null;
  suspect: boolean;
}

const COUNT_PREFIX = /^số\s+/i;

/** "Số vụ tảo hôn" → "vụ tảo hôn"; a name without "Số" is used whole, after the unit when there is one. */
function whatHappened(facts: FigureFacts, count: string, lang: Language): string {
  if (lang === "en") return `${facts.name}: ${count} occurred (plan: none)`;
  if (COUNT_PREFIX.test(facts.name)) {
    const rest = facts.name.replace(COUNT_PREFIX, "");
    return `xảy ra ${count} ${rest.charAt(0).toLowerCase()}${rest.slice(1)} (kế hoạch: không để xảy ra)`;
  }
  return `${facts.name}: xảy ra ${count}${facts.unit ? ` ${facts.unit}` : ""} (kế hoạch: không để xảy ra)`;
}

export function figureWords(facts: FigureFacts, lang: Language): string | null {
  const n = (v: number) => formatNumber(v, lang);
  const { planValue: plan, actualValue: actual, baselineValue: baseline } = facts;
  if (facts.suspect && actual !== null) {
    const against =
      plan === null ? "" : lang === "en" ? ` against a plan of ${n(plan)}` : ` so với kế hoạch ${n(plan)}`;
    return lang === "en"
      ? `${facts.name}: figure needs checking (${n(actual)}${against})`
      : `${facts.name}: số liệu cần kiểm tra (${n(actual)}${against})`;
  }
  if (facts.direction === "down" && !facts.reduction && plan === 0 && actual !== null && actual > 0) {
    return whatHappened(facts, n(actual), lang);
  }
  if (facts.direction === "down" && !facts.reduction && baseline !== null && actual !== null && actual > baseline) {
    return lang === "en"
      ? `${facts.name}: up on the same period last year, against the target (${n(actual)} against ${n(baseline)}${plan === null ? "" : `; plan ${n(plan)}`})`
      : `${facts.name}: tăng so với cùng kỳ, ngược mục tiêu (${n(actual)} so với ${n(baseline)} cùng kỳ${plan === null ? "" : `; kế hoạch ${n(plan)}`})`;
  }
  if (facts.achievement !== null && facts.achievement < 0 && actual !== null) {
    if (facts.reduction) {
      return lang === "en"
        ? `${facts.name}: rose by ${n(-actual)} instead of falling, against the target${plan === null ? "" : ` (plan: down ${n(plan)})`}`
        : `${facts.name}: tăng ${n(-actual)} thay vì giảm, ngược mục tiêu${plan === null ? "" : ` (kế hoạch giảm ${n(plan)})`}`;
    }
    return lang === "en"
      ? `${facts.name}: fell (${n(actual)}), against the target${plan === null ? "" : ` (plan ${n(plan)})`}`
      : `${facts.name}: giảm (${n(actual)}), ngược mục tiêu${plan === null ? "" : ` (kế hoạch ${n(plan)})`}`;
  }
  return null;
}

/** Unit kinds written before a proper name (Nghị định 30/2020: lower case inside a sentence). */
// not "thôn", "bản": they begin place names too ("Bản Công", "Bản Mù")
export const UNIT_KINDS = "xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố";
const UNIT_KIND = new RegExp(`^(${UNIT_KINDS})(\\s+)(?=\\S)`, "iu");

/**
 * An area's name as written inside a sentence: "Xã Làng Nhì" → "xã Làng Nhì", "Phường Sài Gòn" →
 * "phường Sài Gòn", "Đặc khu Phú Quốc" → "đặc khu Phú Quốc". An all-capitals name ("XÃ TRẠM TẤU") and
 * a name without a unit kind stay as written. At the start of a sentence, use `capitalizeFirst`.
 */
export function areaInSentence(area: string): string {
  const match = UNIT_KIND.exec(area);
  if (!match) return area;
  const rest = area.slice(match[0].length);
  if (rest === rest.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(rest)) return area; // "XÃ TRẠM TẤU"
  return `${match[1].toLowerCase()}${match[2]}${rest}`;
}

function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function capitalizeFirst(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A plan or actual as a reader sees it: "1.326", "12/19", "Đạt", the raw text of a bad cell; "" if blank. */
function figureText(figure: Figure, lang: Language): string {
  switch (figure.kind) {
    case "number":
      return formatNumber(figure.value, lang);
    case "fraction":
      return `${figure.value}/${figure.total}`;
    case "binary":
      return lang === "en" ? (figure.met ? "met" : "not met") : figure.met ? "đạt" : "không đạt";
    case "blank":
      return "";
    case "invalid":
      return figure.raw;
  }
}

/**
 * A lagging indicator's figures for a list (the pane's, like the sheet's columns): the % (or, for a
 * doubted figure, "cần kiểm tra"; for a count that should not happen, "xảy ra 2 vụ (KH: không để xảy
 * ra)"; never "0,0%" or a negative %) and, beside it, the actual and the plan: "TH 50 / KH 110 tấn".
 */
export function laggingFigures(
  ind: Pick<
    ScoredIndicator,
    | "achievement"
    | "actual"
    | "plan"
    | "unit"
    | "flags"
    | "direction"
    | "reduction"
    | "planValue"
    | "actualValue"
    | "band"
  >,
  lang: Language,
  decimals = 1,
): { head: string; figures: string } {
  const actual = figureText(ind.actual, lang) || "–";
  const plan = figureText(ind.plan, lang) || "–";
  const unit = ind.unit ? ` ${ind.unit}` : "";
  const figures = lang === "en" ? `actual ${actual} / plan ${plan}${unit}` : `TH ${actual} / KH ${plan}${unit}`;
  const suspect = ind.flags.includes("suspect-unit");
  if (suspect) return { head: lang === "en" ? "needs checking" : "cần kiểm tra", figures };
  // a count that should not happen, or a negative %: the words the table shows (table-verdict.ts)
  const verdict = tableVerdict(ind, lang);
  if (verdict !== null) return { head: lowerFirst(verdict.text), figures };
  return { head: ind.achievement === null ? "" : formatPercent(ind.achievement, lang, decimals), figures };
}
