/**
 * Whole-word matching of cue words, precomputed: the same rule as `containsWords`
 * (text/normalize.ts) but the folding is done once per text and once per cue, so hot loops
 * over thousands of indicators compile no regex and fold nothing twice.
 */
import { foldForMatch } from "../text/normalize";

const NON_WORD = /[^a-z0-9%‰]+/g;

/** Folded words of `text`, padded with one space each side: " ty le ho ngheo ". */
export function wordHaystack(text: string): string {
  // Stryker disable next-line MethodExpression: a redundant trim, the haystack is padded and searched for a padded needle
  const words = foldForMatch(text).replace(NON_WORD, " ").trim();
  return ` ${words} `;
}

/** A cue ready for `hasWords`: " ho ngheo ", or "" for a cue with no word in it. */
export function wordNeedle(cue: string): string {
  const words = foldForMatch(cue).replace(NON_WORD, " ").trim();
  return words === "" ? "" : ` ${words} `;
}

/** True when the haystack contains the needle as whole words (same answer as `containsWords`). */
export function hasWords(haystack: string, needle: string): boolean {
  return needle !== "" && haystack.includes(needle);
}

/** True when any of the needles occurs in the haystack. */
export function hasAnyWords(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (hasWords(haystack, needle)) return true;
  return false;
}

/** A small memo for per-text facts; cleared when it grows past `limit` so it never leaks. */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 20000) {}
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    // Stryker disable next-line ConditionalExpression: the memo; computing again gives the same value
    if (hit !== undefined) return hit;
    return this.remember(key, compute(key));
  }

  /** `get` with a context handed to `compute`: callers need no closure per call (10^5 calls a run). */
  getWith<C>(key: string, context: C, compute: (key: string, context: C) => V): V {
    const hit = this.map.get(key);
    // Stryker disable next-line ConditionalExpression: the memo; computing again gives the same value
    if (hit !== undefined) return hit;
    return this.remember(key, compute(key, context));
  }

  private remember(key: string, value: V): V {
    // Stryker disable next-line all: the memo's size; emptying it sooner or later changes no answer
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
