/**
 * Area (commune) names: the key two spellings of one area share, unique display names for the
 * returns received, and which expected areas have not reported.
 * The unit word in front ("Xã", "Phường", "Thị trấn", "Đặc khu", "UBND xã") is ignored, so the
 * expected "Trạm Tấu" is the received "Xã Trạm Tấu".
 */
import { foldForMatch, matchKey } from "../text/normalize";

const UNIT_PREFIX =
  /^(?:(?:ubnd|uỷ ban nhân dân|ủy ban nhân dân|uy ban nhan dan)\s+)?(?:xã|phường|thị trấn|đặc khu|xa|phuong|thi tran|dac khu)\s+/;
const SEPARATORS = /[\s\-–—_]+/g;

/** Lower case with diacritics, unit word removed: "Xã  Trạm Tấu" → "trạm tấu". */
export function areaKey(name: string): string {
  const key = matchKey(name).replace(SEPARATORS, " ").trim();
  // Stryker disable next-line MethodExpression: a redundant trim; the key is trimmed and the prefix ends with its spaces
  const stripped = key.replace(UNIT_PREFIX, "").trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: a redundant guard; the prefix needs a word after it, so stripping never leaves ""
  return stripped === "" ? key : stripped;
}

/** The same without diacritics: "Xa Tram Tau" → "tram tau" (a second, looser match). */
export function areaLooseKey(name: string): string {
  return foldForMatch(areaKey(name));
}

export interface NamedArea {
  /** Display name, unique: "Xã A", then "Xã A (2)" for a second return of the same area. */
  name: string;
  key: string;
  /** Index of the first return with the same key, when this one is a duplicate. */
  duplicateOf: number | null;
}

/** Unique names for the areas of the returns, in input order. */
export function uniqueAreaNames(names: readonly string[]): NamedArea[] {
  const firstByKey = new Map<string, number>();
  const countByKey = new Map<string, number>();
  const used = new Set<string>();
  return names.map((raw, index) => {
    const key = areaKey(raw);
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, index);
      countByKey.set(key, 1);
      // A return really named "Xã A (2)" after a second "Xã A" became "Xã A (2)": numbered on, too.
      const name = used.has(raw) ? `${raw} (${freeNumber(raw, 2, used)})` : raw;
      used.add(name);
      return { name, key, duplicateOf: null };
    }
    const n = freeNumber(raw, (countByKey.get(key) ?? 1) + 1, used);
    countByKey.set(key, n);
    const name = `${raw} (${n})`;
    used.add(name);
    return { name, key, duplicateOf: first };
  });
}

/** The first n from `from` on for which "raw (n)" is not in `used`. */
function freeNumber(raw: string, from: number, used: ReadonlySet<string>): number {
  let n = from;
  while (used.has(`${raw} (${n})`)) n++;
  return n;
}

/** Expected areas with no return: matched by key, then by the diacritic-free key. */
export function missingExpected(expected: readonly string[], receivedNames: readonly string[]): string[] {
  const keys = new Set(receivedNames.map(areaKey));
  const loose = new Set(receivedNames.map(areaLooseKey));
  return expected.filter((area) => !keys.has(areaKey(area)) && !loose.has(areaLooseKey(area)));
}
