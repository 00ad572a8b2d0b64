/** The list a leader reads first: lagging indicators, priority ones on top, then worst first. */
import type { ScoredIndicator } from "../model";

/** Lagging indicators: priority before others, then by achievement ascending; ties keep input order. */
export function laggingFirst<
  T extends Pick<ScoredIndicator, "flags" | "achievement">,
>(indicators: readonly T[]): T[] {
  // The sort keys are taken once per lagging indicator, not on each comparison (this runs for
  // every return of a consolidation).
  const lagging: T[] = [];
  const priority: number[] = [];
  const achievement: number[] = [];
  for (const ind of indicators) {
    if (!ind.flags.includes("lagging")) continue;
    lagging.push(ind);
    priority.push(ind.flags.includes("priority") ? 0 : 1);
    achievement.push(ind.achievement ?? Number.POSITIVE_INFINITY);
  }
  const order = lagging.map((_, i) => i);
  order.sort((a, b) => {
    if (priority[a] !== priority[b]) return priority[a] - priority[b];
    if (achievement[a] !== achievement[b]) return achievement[a] - achievement[b];
    return a - b;
  });
  return order.map((i) => lagging[i]);
}
