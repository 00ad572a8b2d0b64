/**
 * The worst of the hostile corpus, timed: each file beside two good returns through the command line
 * in a fresh process with a 512 MB heap (exit code, ms, peak RSS; a crash is recorded as its signal),
 * and a stray cell at XFD1048576 read through the Office.js reader on the strict fake (syncs, cells read).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readWorkbookGrids } from "../src/excel/read-grids";
import { createFakeExcel } from "../test/support/excel-fake";
import { GOOD_AREAS, goodReturnBytes, makeHostile } from "./make-hostile";

export const WORST = [
  "far-corner",
  "ten-million-cells",
  "zip-bomb-1gb",
  "zip-bomb-3.5gb",
  "string-50mb",
  "ten-thousand-sheets",
  "billion-laughs-shared",
];

export interface HostileFigure {
  case: string;
  code: number | null;
  signal: string | null;
  ms: number;
  peakRssMb: number | null;
}

/** `child` is the compiled bench-hostile-child (.js), or the .ts with `register` given. */
export async function hostileFigures(
  child: string,
  register: string[] = [],
): Promise<{ cli: HostileFigure[]; excel: Record<string, number> }> {
  const cli: HostileFigure[] = [];
  for (const name of WORST) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-hostile-${name}-`));
    for (const [i, area] of GOOD_AREAS.entries())
      writeFileSync(path.join(dir, `xa-tot-${i + 1}.xlsx`), await goodReturnBytes(area));
    await makeHostile(dir, [name]);
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=512", ...register, child, dir, path.join(dir, "..", `${path.basename(dir)}.xlsx`)],
      {
        encoding: "utf8",
        timeout: 300_000,
        killSignal: "SIGKILL",
      },
    );
    let figures: { code: number; ms: number; peakRssMb: number } | null = null;
    try {
      figures = JSON.parse(run.stdout.trim().split("\n").pop() ?? "") as {
        code: number;
        ms: number;
        peakRssMb: number;
      };
    } catch {
      figures = null;
    }
    cli.push({
      case: name,
      code: figures?.code ?? run.status,
      signal: run.signal,
      ms: Math.round(figures?.ms ?? Date.now() - started),
      peakRssMb: figures ? Math.round(figures.peakRssMb) : null,
    });
  }
  const fake = createFakeExcel({
    sheets: [
      {
        name: "S",
        values: [
          ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
          ["Thu ngân sách", 30, 33],
        ],
      },
    ],
  });
  const ws = fake.context.workbook.worksheets.getItem("S");
  ws.getRange("XFD1048576").values = [["x"]];
  await fake.context.sync();
  Object.assign(fake.stats, { syncs: 0, requestBytes: [], responseBytes: [], cellsRead: 0 });
  await readWorkbookGrids(fake.context as unknown as Excel.RequestContext, fake.api);
  const excel = {
    farCornerSyncs: fake.stats.syncs,
    farCornerCellsRead: fake.stats.cellsRead ?? 0,
    farCornerMaxResponseBytes: Math.max(...fake.stats.responseBytes),
  };
  return { cli, excel };
}

if (require.main === module) {
  void hostileFigures(path.join(__dirname, "bench-hostile-child.ts"), [
    "-r",
    path.join(__dirname, "ts-register.js"),
  ]).then((f) => {
    for (const c of f.cli)
      console.log(
        `hostile: ${c.case.padEnd(22)} exit ${c.code ?? c.signal} in ${c.ms} ms, peak RSS ${c.peakRssMb ?? "?"} MB`,
      );
    console.log(
      `hostile excel: XFD1048576 beside the table: ${f.excel.farCornerSyncs} syncs, ${f.excel.farCornerCellsRead} cells read, largest response ${f.excel.farCornerMaxResponseBytes} bytes`,
    );
  });
}
