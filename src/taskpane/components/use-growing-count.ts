import { useEffect, useState } from "react";

/**
 * How many of `total` items to render now: `chunk` at first, then `chunk` more in each later task
 * until all are shown, so a list of a hundred returns is never rendered (and laid out) in one long
 * task. When the list shrinks the count shrinks with it, and grows again in chunks.
 */
export function useGrowingCount(total: number, chunk: number): number {
  const [shown, setShown] = useState(Math.min(total, chunk));
  useEffect(() => {
    if (total < shown) {
      setShown(Math.max(chunk, total)); // a shorter list: the next growth starts from one chunk again
      return;
    }
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + chunk), 0);
    return () => clearTimeout(timer);
  }, [total, shown, chunk]);
  return Math.min(total, Math.max(shown, chunk));
}
