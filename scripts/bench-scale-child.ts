/**
 * One scale scenario in a fresh process (so peak memory is this scenario's own), printed as one
 * JSON line: { ms, peakRssMb, count }. Called by bench-scale.ts:
 *   bigSheet <rows>                  one in-memory grid of <rows> indicators: analyze + plan
 *   manySheets <file.xlsx> <out>     read the workbook, analyze, plan, write the summary .xlsx
 *   manyFiles <dir> <out>            the command line over every .xlsx in <dir>
 */
import { readdirSync } from "fs";
import { main } from "../src/cli/main";
import { analyze } from "../src/core/analyze";
import { buildSummaryPlan } from "../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbookFile } from "../src/files/read-workbook";
import { writePlanFile } from "../src/files/write-plan";
import { syntheticLongReturn, syntheticReturns } from "./synthetic-returns";

export interface ChildFigures {
  ms: number;
  peakRssMb: number;
  /** What was processed: indicator rows, returns read, or files summarised. */
  count: number;
}

const elapsedMs = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

function warmUp(): void {
  // A small run first, so the timing is the engine's and not the JIT's first compile.
  const analysis = analyze([{ file: "warm.xlsx", grids: syntheticReturns(3, 60), findings: [] }], DEFAULT_SETTINGS);
  buildSummaryPlan(analysis, DEFAULT_SETTINGS);
}

async function bigSheet(rows: number): Promise<{ ms: number; count: number }> {
  const grid = syntheticLongReturn(rows);
  warmUp();
  const started = process.hrtime.bigint();
  const analysis = analyze([{ file: "long.xlsx", grids: [grid], findings: [] }], DEFAULT_SETTINGS);
  const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
  const ms = elapsedMs(started);
  const count = analysis.returns[0]?.ret.indicators.length ?? 0;
  if (count !== rows || plan.sheets.length !== 1) throw new Error(`read ${count} of ${rows} rows`);
  return { ms, count };
}

async function manySheets(file: string, out: string): Promise<{ ms: number; count: number }> {
  warmUp();
  const started = process.hrtime.bigint();
  const source = await readWorkbookFile(file);
  const analysis = analyze([{ file: "many.xlsx", grids: source.grids, findings: source.findings }], DEFAULT_SETTINGS);
  const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
  await writePlanFile(plan, out);
  return { ms: elapsedMs(started), count: analysis.returns.length };
}

async function manyFiles(dir: string, out: string): Promise<{ ms: number; count: number }> {
  const silent = { stdout: () => undefined, stderr: () => undefined };
  const started = process.hrtime.bigint();
  const code = await main(["summarize", dir, "--out", out, "--quiet"], silent);
  if (code !== 0) throw new Error(`the command line exited with ${code}`);
  const ms = elapsedMs(started);
  return { ms, count: readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length };
}

async function run(): Promise<void> {
  const [scenario, a, b] = process.argv.slice(2);
  const result =
    scenario === "bigSheet"
      ? await bigSheet(Number(a))
      : scenario === "manySheets"
        ? await manySheets(a, b)
        : scenario === "manyFiles"
          ? await manyFiles(a, b)
          : null;
  if (!result) throw new Error(`unknown scenario ${scenario}`);
  const figures: ChildFigures = { ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(figures));
}

if (require.main === module)
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
