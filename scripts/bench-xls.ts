/**
 * Figures for the .xls reader, not assertions; part of `npm run bench` (bench.ts), or alone:
 * `node -r ./scripts/ts-register.js scripts/bench-xls.ts`.
 *   example:  the TCVN3 example return as .xls (the .xls reader) against the same return as .xlsx
 *             (the .xlsx reader, src/files/xlsx): median ms per file and the ratio.
 *   growth:   a sheet of 6,500 and of 65,000 rows × 8 columns: ms each and their ratio
 *             (linear growth gives ≈ 10).
 *   hostile:  a sheet whose table window is 15.7 million cells (refused as too large), 300 sheets
 *             all claiming one substream (refused), 1,000 randomly damaged copies of the example.
 * Times are medians of several runs in one process, so ratios compare like with like.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookBuffer } from "../src/files/read-workbook-buffer";
import { readXlsBuffer } from "../src/files/xls/read-xls";
import { sheetsSharingOneSubstream, writeXls, type TestCell } from "../test/support/xls-writer";
import { XLS_EXAMPLES, exampleXlsx } from "./make-examples";

/** The project folder, from scripts/ (ts-register) or dist-cli/scripts/ (npm run bench). */
const ROOT = existsSync(join(__dirname, "..", "package.json")) ? join(__dirname, "..") : join(__dirname, "..", "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeSync(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

function table(rows: number, columns: number): Buffer {
  const cells: TestCell[] = [];
  for (let r = 1; r <= rows; r++) {
    cells.push({ row: r, column: 1, value: `Chỉ tiêu số ${r}` });
    for (let c = 2; c <= columns; c++) cells.push({ row: r, column: c, value: r * c + 0.5 });
  }
  return writeXls({ sheets: [{ name: "S", cells }] });
}

export interface XlsFigures {
  example: { xlsBytes: number; xlsMs: number; xlsxMs: number; ratio: number };
  growth: { cells: number[]; bytes: number[]; ms: number[]; ratio10x: number };
  hostile: {
    tooLargeWindowMs: number;
    overlappingSheetsBytes: number;
    overlappingSheetsMs: number;
    damaged: { files: number; unreadable: number; totalMs: number };
  };
}

export async function xlsFigures(): Promise<XlsFigures> {
  const round = (n: number): number => Math.round(n * 100) / 100;
  const xls = readFileSync(join(ROOT, "examples", "xa-ta-xi-lang.xls"));
  const xlsx = await exampleXlsx(XLS_EXAMPLES["xa-ta-xi-lang.xls"]);
  const xlsMs = timeSync(200, () => readXlsBuffer(xls, "x.xls"));
  const xlsxMs = await timeAsync(50, () => readWorkbookBuffer(xlsx, "x.xlsx"));

  const small = table(6_500, 8);
  const large = table(65_000, 8);
  const smallMs = timeSync(5, () => readXlsBuffer(small, "s.xls"));
  const largeMs = timeSync(5, () => readXlsBuffer(large, "l.xls"));

  const sparse: TestCell[] = [];
  for (let r = 1; r <= 65_000; r += 60) for (let c = 1; c <= 241; c += 60) sparse.push({ row: r, column: c, value: 1 });
  const tooLarge = writeXls({ sheets: [{ name: "Big", cells: sparse }] });
  const tooLargeMs = timeSync(5, () => readXlsBuffer(tooLarge, "t.xls"));

  const overlapping = sheetsSharingOneSubstream(20_000, 300);
  const overlappingMs = timeSync(5, () => readXlsBuffer(overlapping, "o.xls"));

  let seed = 1;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const damaged = Array.from({ length: 1_000 }, () => {
    const copy = Buffer.from(xls);
    for (let k = 0; k < 4; k++) copy[random(copy.length)] = random(256);
    return copy;
  });
  const damagedStarted = process.hrtime.bigint();
  let unreadable = 0;
  for (const bytes of damaged) if (readXlsBuffer(bytes, "d.xls").grids.length === 0) unreadable++;
  const damagedMs = Number(process.hrtime.bigint() - damagedStarted) / 1e6;

  return {
    example: { xlsBytes: xls.length, xlsMs: round(xlsMs), xlsxMs: round(xlsxMs), ratio: round(xlsxMs / xlsMs) },
    growth: {
      cells: [6_500 * 8, 65_000 * 8],
      bytes: [small.length, large.length],
      ms: [round(smallMs), round(largeMs)],
      ratio10x: round(largeMs / smallMs),
    },
    hostile: {
      tooLargeWindowMs: round(tooLargeMs),
      overlappingSheetsBytes: overlapping.length,
      overlappingSheetsMs: round(overlappingMs),
      damaged: { files: damaged.length, unreadable, totalMs: round(damagedMs) },
    },
  };
}

/** The figures as the lines `npm run bench` prints. */
export function xlsLines(f: XlsFigures): string[] {
  return [
    `xls:    the TCVN3 example as .xls ${f.example.xlsMs} ms (our reader) vs the same return as .xlsx through ` +
      `${f.example.xlsxMs} ms (.xlsx reader) → .xlsx/.xls ${f.example.ratio}×; ${f.growth.cells[0]} and ${f.growth.cells[1]} ` +
      `cells ${f.growth.ms[0]} and ${f.growth.ms[1]} ms (10× cells → ${f.growth.ratio10x}×, linear ≈ 10)`,
    `xls hostile: a 15.7-million-cell table window refused in ${f.hostile.tooLargeWindowMs} ms; 300 sheets on one ` +
      `substream refused in ${f.hostile.overlappingSheetsMs} ms; ${f.hostile.damaged.files} damaged copies read in ` +
      `${f.hostile.damaged.totalMs} ms (${f.hostile.damaged.unreadable} unreadable, none thrown)`,
  ];
}

if (require.main === module) {
  xlsFigures().then(
    (figures) => {
      console.log(JSON.stringify(figures, null, 2));
      for (const line of xlsLines(figures)) console.log(line);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
