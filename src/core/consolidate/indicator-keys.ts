/**
 * The key under which an indicator of one return meets the same indicator in other returns.
 * Group-insensitive: the normalised name (matchKey, a leading "-"/"+" bullet dropped), so the same indicator numbered or grouped
 * differently in two communes still matches. When a return repeats a name (a sub-row "- Hộ nghèo"
 * under two parents, or one name in two groups), its first occurrence keeps the plain key and
 * each later one is qualified by its parent's name, else its group, else its code:
 * "hộ nghèo | tỷ lệ hộ nghèo"; "#2", "#3" are added if that is still taken.
 */
import type { SourceIndicator } from "../model";
import { Memo } from "../scoring/words";
import { matchKey } from "../text/normalize";

const keyMemo = new Memo<string>();
const ROMAN_PREFIX = /^[ivxlcdm]+\s*[.)-]?\s+/;
const BULLET = /^[-+*•–—]+\s*/;

/** matchKey without a leading bullet ("- Hộ nghèo" is "hộ nghèo"), memoised: names repeat. */
export function nameKey(name: string): string {
  return keyMemo.get(name, (n) => {
    const key = matchKey(n);
    const bare = key.replace(BULLET, "");
    return bare === "" ? key : bare;
  });
}

function groupKey(group: string): string {
  return nameKey(group).replace(ROMAN_PREFIX, "");
}

function qualifier(ind: SourceIndicator, all: readonly SourceIndicator[]): string {
  // Stryker disable next-line ConditionalExpression: all[null] is undefined too
  const parent = ind.parent !== null ? all[ind.parent] : undefined;
  if (parent) return nameKey(parent.name);
  if (ind.group) return groupKey(ind.group);
  if (ind.code) return nameKey(ind.code);
  return "";
}

/** One key per indicator of a return, unique within the return. */
export function indicatorKeys(indicators: readonly SourceIndicator[]): string[] {
  const seen = new Set<string>();
  return indicators.map((ind) => {
    const plain = nameKey(ind.name);
    if (!seen.has(plain)) {
      seen.add(plain);
      return plain;
    }
    const q = qualifier(ind, indicators);
    let key = q === "" ? `${plain} #2` : `${plain} | ${q}`;
    for (let n = 2; seen.has(key); n++) key = `${plain}${q === "" ? "" : ` | ${q}`} #${n}`;
    seen.add(key);
    return key;
  });
}
