/**
 * Flags and findings for one scored indicator (domain.md, "Flags").
 * - lagging: band below "near" (mid or low).
 * - priority: the name contains a settings.priority cue (whole words, no case or diacritics).
 * - suspect-unit (score kept, warning added): plan and actual both non-zero numbers differing by
 *   settings.suspectRatio× or more; a "tỷ lệ"/"tỉ lệ" percent above 100; a negative count.
 *   Criteria and binary indicators are not checked for the ratio (1/19 is no unit slip).
 * - regressed: fewer criteria met than the baseline; a down indicator worse than its baseline.
 * - pace (settings.pace.enabled): an up amount whose actual < plan × elapsed.
 * - "missing" is set by consolidation.
 * The sheet's own % is compared with ours: a plain number is read as points (86.8 = 86,8 %), but a
 * plain ratio that matches ours ×100 (0.868, a "=C/B" formula left in General format) is accepted.
 */
import type { Flag, ScoredIndicator } from "../model";
import type { Finding } from "../problems";
import type { Settings } from "../settings";
import { sheetPercentReason } from "./sheet-percent-reason";
import { foldForMatch } from "../text/normalize";
import { isLaggingBand, roundHalfAway } from "./bands";
import { hasAnyWords, Memo, wordHaystack, wordNeedle } from "./words";

/** Units that count things (hộ, người, xã, thôn, tiêu chí, ...): never negative. */
export const COUNT_UNITS: readonly string[] = [
  "hộ",
  "người",
  "xã",
  "phường",
  "thôn",
  "bản",
  "xóm",
  "tổ",
  "tiêu chí",
  "lao động",
  "học sinh",
  "trẻ",
  "cháu",
  "con",
  "chiếc",
  "cái",
  "vụ",
  "công trình",
  "trường",
  "lớp",
  "đảng viên",
  "hội viên",
  "đoàn viên",
  "cơ sở",
  "doanh nghiệp",
  "hợp tác xã",
  "cặp",
  "ca",
  "lượt",
].map((u) => foldForMatch(u));

const RATE_NEEDLES = ["tỷ lệ", "tỉ lệ"].map(wordNeedle);
const COUNT_SET = new Set(COUNT_UNITS);

const countUnitMemo = new Memo<boolean>(2000);
/** "hộ", "Hộ gia đình", "người/năm" are counts; "ha", "%", "triệu đồng" are not. */
export function isCountUnit(unit: string | null): boolean {
  if (!unit) return false;
  return countUnitMemo.get(unit, judgeCountUnit);
}

function judgeCountUnit(unit: string): boolean {
  const folded = foldForMatch(unit).replace(/[().]/g, " ");
  const head = folded.split("/")[0].trim();
  if (COUNT_SET.has(head)) return true;
  const words = head.split(" "); // folded: single spaces
  return COUNT_SET.has(words[0]) || COUNT_SET.has(words.slice(0, 2).join(" "));
}

const rateNameMemo = new Memo<boolean>();
/** The name says it is a rate: "Tỷ lệ ...", "tỉ lệ ...". */
export function isRateName(name: string): boolean {
  return rateNameMemo.get(name, judgeRateName);
}

function judgeRateName(name: string): boolean {
  return hasAnyWords(wordHaystack(name), RATE_NEEDLES);
}

interface PriorityMatcher {
  needles: string[];
  memo: Memo<boolean>;
}
const priorityMatchers = new WeakMap<object, PriorityMatcher>();
/** Folded priority cues, computed once per settings.priority array. */
function priorityMatcher(settings: Settings): PriorityMatcher {
  let matcher = priorityMatchers.get(settings.priority);
  // Stryker disable next-line ConditionalExpression: the cache; a matcher made afresh each time finds the same cues
  if (!matcher) {
    matcher = {
      needles: settings.priority.map(wordNeedle),
      memo: new Memo<boolean>(),
    };
    priorityMatchers.set(settings.priority, matcher);
  }
  return matcher;
}

/** True when the name contains one of settings.priority as whole words. */
export function isPriority(name: string, settings: Settings): boolean {
  const m = priorityMatcher(settings);
  return m.memo.getWith(name, m.needles, judgePriority);
}

function judgePriority(name: string, needles: readonly string[]): boolean {
  return hasAnyWords(wordHaystack(name), needles);
}

type Role = "plan" | "actual" | "baseline";
const ROLES: readonly Role[] = ["plan", "actual", "baseline"];

function valueOf(ind: ScoredIndicator, role: Role): number | null {
  return role === "plan" ? ind.planValue : role === "actual" ? ind.actualValue : ind.baselineValue;
}

/** The A1 address of the cell a figure came from, else the name cell. */
function cellOf(ind: ScoredIndicator, role: keyof ScoredIndicator["cells"]): string {
  return ind.cells[role] ?? ind.cell;
}

function warning(
  ind: ScoredIndicator,
  code: Finding["code"],
  role: keyof ScoredIndicator["cells"],
  params?: Finding["params"],
): Finding {
  const cell = cellOf(ind, role);
  return params
    ? { sheet: ind.sheet, cell, severity: "warning", code, params }
    : { sheet: ind.sheet, cell, severity: "warning", code };
}

// The flags an indicator can get here, in the order they are listed.
const FLAG_ORDER: readonly Flag[] = ["lagging", "priority", "suspect-unit", "regressed", "pace"];
const LAGGING = 1;
const PRIORITY = 2;
const SUSPECT_UNIT = 4;
const REGRESSED = 8;
const PACE = 16;
const flagSets: Flag[][] = [];

/**
 * The flags of these bits, as one frozen array per combination: a national consolidation scores
 * 200,000 indicators with a handful of combinations, and flags are never changed once scored.
 */
function flagsOf(bits: number): Flag[] {
  let flags = flagSets[bits];
  if (flags === undefined) {
    flags = Object.freeze(FLAG_ORDER.filter((_, i) => bits & (1 << i))) as Flag[];
    flagSets[bits] = flags;
  }
  return flags;
}

/**
 * Flags for one indicator already scored (direction, achievement, band set); its findings are
 * appended to `findings`.
 */
export function flagIndicator(ind: ScoredIndicator, settings: Settings, findings: Finding[]): Flag[] {
  let flags = 0; // bits of FLAG_ORDER: no array per indicator, see flagsOf

  if (isLaggingBand(ind.band)) flags |= LAGGING;
  if (isPriority(ind.name, settings)) flags |= PRIORITY;

  if (ind.noScoreReason === "plan-zero") findings.push(warning(ind, "plan-zero", "plan"));
  if (ind.noScoreReason === "no-plan") findings.push(warning(ind, "plan-missing", "plan"));

  let suspect = false;
  const { planValue: plan, actualValue: actual } = ind;
  const numeric = ind.kind === "amount" || ind.kind === "percent";
  // Only figures of one sign: a negative count is its own finding below, not a unit slip.
  if (numeric && plan !== null && actual !== null && plan * actual > 0) {
    const big = Math.max(Math.abs(plan), Math.abs(actual));
    const small = Math.min(Math.abs(plan), Math.abs(actual));
    const ratio = big / small;
    if (ratio >= settings.suspectRatio) {
      suspect = true;
      findings.push(
        warning(ind, "suspect-unit", "actual", {
          plan,
          actual,
          ratio: roundHalfAway(ratio, 1),
        }),
      );
    }
  }
  if (ind.kind === "percent" && isRateName(ind.name)) {
    for (const role of ROLES) {
      const value = valueOf(ind, role);
      if (value !== null && value > 100) {
        suspect = true;
        findings.push(warning(ind, "percent-over-100", role, { column: role, value }));
      }
    }
  }
  if (ind.kind !== "binary" && isCountUnit(ind.unit)) {
    for (const role of ROLES) {
      const value = valueOf(ind, role);
      if (value !== null && value < 0) {
        suspect = true;
        findings.push(warning(ind, "negative-count", role, { column: role, value }));
      }
    }
  }
  if (suspect) flags |= SUSPECT_UNIT;

  if (isRegressed(ind)) flags |= REGRESSED;

  const pace = settings.pace;
  if (pace.enabled && ind.kind === "amount" && ind.direction === "up" && plan !== null && actual !== null && plan > 0) {
    if (actual < plan * pace.elapsed) flags |= PACE;
  }

  const sheetFigure = ind.sheetPercent;
  if (sheetFigure?.kind === "number" && ind.achievement !== null) {
    const sheet = sheetFigure.value;
    const tolerance = settings.sheetPercentTolerance;
    const asPoints = Math.abs(sheet - ind.achievement) <= tolerance;
    const asRatio = !sheetFigure.percent && Math.abs(sheet * 100 - ind.achievement) <= tolerance;
    if (!asPoints && !asRatio) {
      const ratioAllowed = ind.sheetPercent?.kind === "number" && !ind.sheetPercent.percent;
      findings.push(
        warning(ind, "sheet-percent-disagrees", "percent", {
          sheet: roundHalfAway(sheet, 1),
          computed: roundHalfAway(ind.achievement, 1),
          reason: sheetPercentReason(ind, sheet, tolerance, ratioAllowed),
        }),
      );
    }
  }
  return flagsOf(flags);
}

/** Fewer criteria than the baseline, or a down indicator worse than its baseline. */
export function isRegressed(
  ind: Pick<ScoredIndicator, "kind" | "direction" | "actualValue" | "baselineValue">,
): boolean {
  const { actualValue: actual, baselineValue: baseline } = ind;
  if (actual === null || baseline === null) return false;
  if (ind.kind === "criteria") return actual < baseline;
  if (ind.direction === "down" && (ind.kind === "amount" || ind.kind === "percent")) return actual > baseline;
  return false;
}
