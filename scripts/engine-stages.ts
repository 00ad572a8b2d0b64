/**
 * The engine's stages one at a time, for `npm run bench`: reading the grids, scoring, the per-return
 * summaries (lagging lists, sentences), the consolidation (with its lagging list and sentences) and
 * the plan, each run on its own over the same returns, warm, its result dropped as soon as it is
 * made. Their sum comes close to the engine's own time: no stage's cost hides in the hand-over from
 * one to the next, so a change to the engine's time can be traced to the stage it comes from.
 */
import { analyze, summarizeConsolidation, summarizeReturn, type Analysis } from "../src/core/analyze";
import { consolidate } from "../src/core/consolidate/consolidate";
import type { Grid } from "../src/core/grid";
import type { ReturnTable, ScoredReturn } from "../src/core/model";
import { buildSummaryPlan } from "../src/core/plan/build-summary";
import { scoreReturn } from "../src/core/scoring/score-return";
import type { Settings } from "../src/core/settings";
import { readReturn } from "../src/core/table/read-return";

export interface EngineStages {
  readMs: number;
  scoreMs: number;
  summariesMs: number;
  consolidateMs: number;
  planMs: number;
  /** The five added up. */
  sumMs: number;
}

const msSince = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

/** The time of `run`, median of `times` runs. */
function medianMs(times: number, run: () => void): number {
  const all: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    run();
    all.push(msSince(started));
  }
  return all.sort((a, b) => a - b)[Math.floor(times / 2)];
}

export function engineStages(grids: readonly Grid[], settings: Settings, times = 3): EngineStages {
  const file = "bench.xlsx";
  // Each loop keeps only the last result: the others die young, as a stage's garbage would. A stage's
  // input is made just before it and let go after it, so no stage runs beside more live data than
  // its own input (and the grids): a large live heap slows every garbage collection down.
  let last: unknown = null;
  const readMs = medianMs(times, () => {
    for (const grid of grids) last = readReturn(grid);
  });

  let tables: ReturnTable[] = grids
    .map((grid) => readReturn(grid).table)
    .filter((table): table is ReturnTable => table !== null);
  const scoreMs = medianMs(times, () => {
    for (const table of tables) last = scoreReturn(table, settings, file);
  });
  const scored: ScoredReturn[] = tables.map((table) => scoreReturn(table, settings, file));
  tables = [];

  const summariesMs = medianMs(times, () => {
    for (const ret of scored) last = summarizeReturn(ret, settings);
  });
  const consolidateMs = medianMs(times, () => {
    last = summarizeConsolidation(consolidate(scored, settings), scored, settings);
  });
  scored.length = 0;

  const analysis: Analysis = analyze([{ file, grids: [...grids], findings: [] }], settings);
  const planMs = medianMs(times, () => {
    last = buildSummaryPlan(analysis, settings);
  });
  if (last === null) throw new Error("no stage ran");
  const sumMs = readMs + scoreMs + summariesMs + consolidateMs + planMs;
  return { readMs, scoreMs, summariesMs, consolidateMs, planMs, sumMs };
}
