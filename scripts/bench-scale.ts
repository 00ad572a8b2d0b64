/**
 * Scale figures (issue "Reliability and security"): figures, not assertions. Each scenario runs in
 * a fresh child process (bench-scale-child.ts) so its peak RSS is its own; the inputs are generated
 * first, outside the timing.
 *   bigSheet:   one sheet of 100,000 indicator rows, analyze + plan (and 10,000 for the ratio);
 *   manySheets: one .xlsx of 500 commune sheets, read + analyze + plan + write (and 50 for the ratio);
 *   manyFiles:  the command line over 1,000 small return files (60 indicators each).
 * Ratios near 10 mean linear growth; a quadratic step would show as ≈ 100.
 *   npx tsc -p tsconfig.cli.json && node dist-cli/scripts/bench-scale.js [--only-many-files]
 */
import { spawnSync } from "child_process";
import { existsSync, promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { Grid } from "../src/core/grid";
import type { ChildFigures } from "./bench-scale-child";
import { syntheticReturn, syntheticReturns } from "./synthetic-returns";

export interface ScaleFigures {
  bigSheet: { rows: number; ms: number; peakRssMb: number };
  manySheets: { sheets: number; ms: number; peakRssMb: number };
  /** peakRssMb100: the same over the first 100 files, for the ratio (bounded memory ⇒ far below 10). */
  manyFiles: { files: number; ms: number; peakRssMb: number; peakRssMb100: number };
  ratios: { bigSheet10x: number; manySheets10x: number };
}

/** Writes `grids` as the sheets of one .xlsx (values only, as a user would type them). */
export function gridsToWorkbook(grids: Grid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.sheet);
    for (const row of grid.values) sheet.addRow(row.map((v) => (v === null || typeof v === "object" ? undefined : v)));
  }
  return workbook;
}

export async function writeGridsFile(file: string, grids: Grid[]): Promise<void> {
  await gridsToWorkbook(grids).xlsx.writeFile(file);
}

/** `count` files xa-0001.xlsx … in `dir`, one return of `indicators` rows each. */
export async function writeReturnFiles(dir: string, count: number, indicators: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    await writeGridsFile(path.join(dir, `xa-${String(i + 1).padStart(4, "0")}.xlsx`), [syntheticReturn(i, indicators)]);
}

/** Runs one scenario of bench-scale-child in a fresh Node process (compiled .js, or .ts through ts-register). */
function runChild(args: string[]): ChildFigures {
  const compiled = path.join(__dirname, "bench-scale-child.js");
  const nodeArgs = existsSync(compiled)
    ? [compiled]
    : ["-r", path.join(__dirname, "ts-register.js"), path.join(__dirname, "bench-scale-child.ts")];
  const child = spawnSync(process.execPath, [...nodeArgs, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`scale scenario ${args.join(" ")} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ChildFigures;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The command line over 1,000 files, and over 100 of them for the memory ratio. */
export async function manyFilesFigures(dir: string): Promise<ScaleFigures["manyFiles"]> {
  const returns = path.join(dir, "returns");
  const returns100 = path.join(dir, "returns-100");
  await writeReturnFiles(returns, 1000, 60);
  await writeReturnFiles(returns100, 100, 60);
  const files = runChild(["manyFiles", returns, path.join(dir, "out-files.xlsx")]);
  const files100 = runChild(["manyFiles", returns100, path.join(dir, "out-files-100.xlsx")]);
  return {
    files: files.count,
    ms: Math.round(files.ms),
    peakRssMb: Math.round(files.peakRssMb),
    peakRssMb100: Math.round(files100.peakRssMb),
  };
}

async function inTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(tmpdir(), "commune-targets-scale-"));
  try {
    return await run(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function scaleFigures(): Promise<ScaleFigures> {
  return inTempDir(async (dir) => {
    const big = runChild(["bigSheet", "100000"]);
    const bigTenth = runChild(["bigSheet", "10000"]);

    const many = path.join(dir, "500-sheets.xlsx");
    const manyTenth = path.join(dir, "50-sheets.xlsx");
    await writeGridsFile(many, syntheticReturns(500, 60));
    await writeGridsFile(manyTenth, syntheticReturns(50, 60));
    const sheets = runChild(["manySheets", many, path.join(dir, "out-500.xlsx")]);
    const sheetsTenth = runChild(["manySheets", manyTenth, path.join(dir, "out-50.xlsx")]);

    const manyFiles = await manyFilesFigures(dir);

    return {
      bigSheet: { rows: big.count, ms: Math.round(big.ms), peakRssMb: Math.round(big.peakRssMb) },
      manySheets: { sheets: sheets.count, ms: Math.round(sheets.ms), peakRssMb: Math.round(sheets.peakRssMb) },
      manyFiles,
      ratios: { bigSheet10x: round2(big.ms / bigTenth.ms), manySheets10x: round2(sheets.ms / sheetsTenth.ms) },
    };
  });
}

const describeManyFiles = (m: ScaleFigures["manyFiles"]): string =>
  `manyFiles:  ${m.files} files through the command line in ${m.ms} ms, peak RSS ${m.peakRssMb} MB (100 files: ${m.peakRssMb100} MB)`;

if (require.main === module && process.argv.includes("--only-many-files"))
  inTempDir(manyFilesFigures)
    .then((m) => {
      console.log(describeManyFiles(m));
      console.log(JSON.stringify({ manyFiles: m }));
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
else if (require.main === module)
  scaleFigures()
    .then((f) => {
      console.log(
        `bigSheet:   ${f.bigSheet.rows} rows in ${f.bigSheet.ms} ms, peak RSS ${f.bigSheet.peakRssMb} MB; 10× rows ⇒ ${f.ratios.bigSheet10x}× time (linear ≈ 10)`,
      );
      console.log(
        `manySheets: ${f.manySheets.sheets} sheets in ${f.manySheets.ms} ms, peak RSS ${f.manySheets.peakRssMb} MB; 10× sheets ⇒ ${f.ratios.manySheets10x}× time (linear ≈ 10)`,
      );
      console.log(describeManyFiles(f.manyFiles));
      console.log(JSON.stringify(f));
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
