/**
 * Direction of an indicator (domain.md, "Achievement"): higher is better ("up") or lower is
 * better ("down"), and whether the name describes a reduction amount.
 *
 * Order: a setting for this indicator (settings.directions, keyed by matchKey(name)) → the
 * sheet's own direction column (ind.direction) → the wording catalogue below → "up".
 *
 * Wording choices (catalogue, all matched as whole words without case or diacritics):
 * - A down cue word (hộ nghèo, tảo hôn, tai nạn, ...) makes the indicator "down".
 * - But a handling word beside it makes it "up": "Số hộ nghèo được hỗ trợ nhà ở", "Số vụ vi phạm
 *   được xử lý", "Triệt phá tội phạm ma túy", "Tỷ lệ thôn không có ma túy", "Số hộ thoát nghèo".
 * - A name starting with "Giảm" is a reduction amount: "up", reduction true
 *   ("Giảm tỷ lệ hộ nghèo" 4 points planned, 3,5 done → 87,5 %; "Giảm nghèo bền vững" → the
 *   same: the figures count what was reduced).
 * - "giảm" later in the name is also a reduction amount ("Tỷ lệ hộ nghèo giảm",
 *   "Tỷ lệ giảm nghèo"), unless it is followed by còn / xuống / dưới, which give the level to
 *   reach ("Tỷ lệ hộ nghèo giảm còn 3%", "... giảm xuống dưới 20%"): then the cue words decide.
 * - A setting or the sheet's column wins over all of this; `reduction` is then true only when the
 *   name reads as a reduction amount and the chosen direction is "up".
 */
import type { Direction, DirectionSource, SourceIndicator } from "../model";
import type { Settings } from "../settings";
import { foldForMatch, matchKey } from "../text/normalize";
import { hasAnyWords, Memo, wordHaystack, wordNeedle } from "./words";

/** Lower-is-better cue words (chỉ tiêu càng thấp càng tốt). */
export const DOWN_CUES: readonly string[] = [
  "hộ nghèo",
  "cận nghèo",
  "tỷ lệ nghèo",
  "tỉ lệ nghèo",
  "tảo hôn", // child marriage
  "hôn nhân cận huyết", // consanguineous marriage
  "tăng dân số", // incl. "tỷ lệ tăng dân số tự nhiên"
  "gia tăng dân số",
  "sinh con thứ 3", // third child
  "sinh con thứ ba",
  "suy dinh dưỡng", // malnutrition
  "tai nạn", // accidents
  "vi phạm", // violations
  "ma túy", // drugs
  "tội phạm", // crime
  "phạm pháp", // offences
  "cháy rừng", // forest fires
  "bỏ học", // school drop-out
  "ô nhiễm", // pollution
  "nợ đọng", // arrears
  "thất nghiệp", // unemployment
  "tử vong", // deaths
];

/** Handling words: with one of these the indicator counts what was done about the bad thing: "up". */
export const UP_EXCEPTION_CUES: readonly string[] = [
  "thoát nghèo", // escaped poverty
  "hỗ trợ", // supported
  "vay vốn", // given loans
  "cho vay",
  "xử lý", // handled
  "triệt phá", // dismantled
  "khám phá", // solved
  "điều tra", // investigated
  "bắt giữ", // arrested
  "phát hiện", // detected
  "cai nghiện", // rehabilitated
  "giải quyết", // resolved
  "khắc phục", // remedied
  "thu hồi", // recovered
  "không có", // "thôn không có ma túy"
  "không để xảy ra",
  "phòng chống", // "phòng, chống" folds to the same words
];

const DOWN = DOWN_CUES.map(wordNeedle);
const UP_EXCEPTIONS = UP_EXCEPTION_CUES.map(wordNeedle);
const LEVEL_AFTER_REDUCE = new Set(["còn", "xuống", "dưới"]); // giảm còn / xuống / dưới
const PLAIN_LEVEL = new Set(["con", "xuong", "duoi"]);
const NOT_LETTERS = /[^\p{L}\p{N}]+/u;
// eslint-disable-next-line no-control-regex -- the ASCII range, deliberately
const HAS_NON_ASCII = /[^\u0000-\u007f]/;

export interface DirectionResult {
  readonly direction: Direction;
  readonly source: DirectionSource;
  /** The name describes an amount of reduction ("Giảm ..."), scored as "up". */
  readonly reduction: boolean;
}

interface Wording {
  /** What the catalogue says, or null when no cue word matched (then: default "up"). */
  direction: Direction | null;
  reduction: boolean;
}

/**
 * True when the words say "reduction amount": "giảm ..." first, or "... giảm" not followed by a
 * level word. Compared with diacritics ("Giám sát" is not "giảm"); a name typed entirely without
 * diacritics is compared folded ("giam ty le ho ngheo").
 */
function readsAsReduction(name: string): boolean {
  const plain = !HAS_NON_ASCII.test(name);
  const words = (plain ? foldForMatch(name) : matchKey(name))
    .split(NOT_LETTERS)
    .filter((w) => w !== "");
  const reduce = plain ? "giam" : "giảm";
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== reduce) continue;
    if (i === 0) return true;
    const next = words[i + 1];
    if (
      next === undefined ||
      !(LEVEL_AFTER_REDUCE.has(next) || (plain && PLAIN_LEVEL.has(next)))
    )
      return true;
  }
  return false;
}

function judgeWording(name: string): Wording {
  const hay = wordHaystack(name);
  const reduction = readsAsReduction(name);
  if (reduction) return { direction: "up", reduction: true };
  if (!hasAnyWords(hay, DOWN)) return { direction: null, reduction: false };
  if (hasAnyWords(hay, UP_EXCEPTIONS))
    return { direction: "up", reduction: false };
  return { direction: "down", reduction: false };
}

const wordingMemo = new Memo<Wording>();

/** The catalogue's reading of a name (memoised: names repeat across thousands of returns). */
export function catalogueDirection(name: string): Wording {
  return wordingMemo.get(name, judgeWording);
}

/** settings.directions re-keyed by matchKey, so a key typed as "Tỷ lệ hộ nghèo" also works. */
const settingKeys = new WeakMap<object, Map<string, Direction>>();
function directionSettings(settings: Settings): Map<string, Direction> {
  let map = settingKeys.get(settings.directions);
  if (!map) {
    map = new Map();
    for (const [key, value] of Object.entries(settings.directions))
      map.set(matchKey(key), value);
    settingKeys.set(settings.directions, map);
  }
  return map;
}

const keyMemo = new Memo<string>();

/** The few possible answers, shared and frozen: no allocation per indicator. */
const SOURCES: readonly DirectionSource[] = [
  "setting",
  "column",
  "catalogue",
  "default",
];
const ANSWERS = new Map<
  DirectionSource,
  Record<Direction, [DirectionResult, DirectionResult]>
>(
  SOURCES.map((source) => {
    const make = (direction: Direction, reduction: boolean) =>
      Object.freeze({ direction, source, reduction });
    return [
      source,
      {
        up: [make("up", false), make("up", true)],
        down: [make("down", false), make("down", true)],
      },
    ];
  }),
);
function answer(
  direction: Direction,
  source: DirectionSource,
  reduction: boolean,
): DirectionResult {
  return (
    ANSWERS.get(source) as Record<Direction, [DirectionResult, DirectionResult]>
  )[direction][reduction ? 1 : 0];
}

/** Which direction this indicator is scored in, where that came from, and whether it is a reduction. */
export function resolveDirection(
  ind: Pick<SourceIndicator, "name" | "direction">,
  settings: Settings,
): DirectionResult {
  const wording = catalogueDirection(ind.name);
  const overrides = directionSettings(settings);
  if (overrides.size > 0) {
    const set = overrides.get(keyMemo.get(ind.name, matchKey));
    if (set) return answer(set, "setting", wording.reduction && set === "up");
  }
  if (ind.direction)
    return answer(
      ind.direction,
      "column",
      wording.reduction && ind.direction === "up",
    );
  if (wording.direction)
    return answer(wording.direction, "catalogue", wording.reduction);
  return answer("up", "default", false);
}
