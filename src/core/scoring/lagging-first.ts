/** The list a leader reads first: lagging indicators, priority ones on top, then worst first. */
import type { ScoredIndicator } from "../model";

/** Lagging indicators: priority before others, then by achievement ascending; ties keep input order. */
export function laggingFirst<
  T extends Pick<ScoredIndicator, "flags" | "achievement">,
>(indicators: readonly T[]): T[] {
  return indicators
    .map((ind, index) => ({ ind, index }))
    .filter(({ ind }) => ind.flags.includes("lagging"))
    .sort((a, b) => {
      const pa = a.ind.flags.includes("priority") ? 0 : 1;
      const pb = b.ind.flags.includes("priority") ? 0 : 1;
      if (pa !== pb) return pa - pb;
      const xa = a.ind.achievement ?? Number.POSITIVE_INFINITY;
      const xb = b.ind.achievement ?? Number.POSITIVE_INFINITY;
      if (xa !== xb) return xa - xb;
      return a.index - b.index;
    })
    .map(({ ind }) => ind);
}
