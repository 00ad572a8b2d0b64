/**
 * The import section's parser, started when the section mounts (a worker takes 150–320 ms to load
 * and start: that now happens while the clerk is still choosing files) and kept for every import
 * until the section unmounts. A cancelled import disposes it (terminating the worker stops the work);
 * the next import then starts a fresh one.
 */
import { useEffect, useRef } from "react";
import { defaultParser } from "./import-files";
import type { Parser } from "./types";

export interface WarmParser {
  /** The running parser, started now if it is not yet. */
  get(): Promise<Parser>;
  /** Forgets a parser that was disposed (after a cancel), so the next get() starts a new one. */
  renew(): void;
}

export function useWarmParser(enabled: boolean): WarmParser {
  const current = useRef<Promise<Parser> | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    current.current ??= defaultParser();
    return () => {
      void current.current?.then((parser) => parser.dispose());
      current.current = null;
    };
  }, [enabled]);
  return {
    get: () => (current.current ??= defaultParser()),
    renew: () => {
      current.current = null;
    },
  };
}
