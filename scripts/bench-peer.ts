/**
 * The command line against its peer (scripts/peer/consolidate.py: pandas + openpyxl from Debian's
 * python3-pandas and python3-openpyxl) on the same 100 returns, each a fresh process timed from
 * start to exit, alternating, median of 3. Also checks the two agree: per return, the counts of
 * indicators in each band (the figures both workbooks print).
 * Run alone: `npm run build:cli && node dist-cli/scripts/bench-peer.js`.
 */
import { spawnSync } from "child_process";
import { existsSync, promises as fs, readFileSync } from "fs";
import * as path from "path";
import { writeReturnFiles } from "./bench-files";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "out");
const PYTHON = "/usr/bin/python3"; // Debian's, where apt-get installs python3-pandas and python3-openpyxl

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (cutime,
 * cstime): Linux only, else null. On a machine shared with other work, wall time also measures the
 * waiting; the CPU time of each run is the work it did.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
    const ticks = Number(fields[13]) + Number(fields[14]); // fields 16 and 17: cutime, cstime
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

interface Timed {
  ms: number;
  cpuMs: number | null;
}

function timed(command: string, args: string[]): Timed {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr.slice(0, 500)}`);
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

export interface PeerFigures {
  files: number;
  cliMs: number;
  peerMs: number;
  /** peer / command line: how many times faster the command line is (target ≥ 3). */
  ratio: number;
  /** CPU time (user + system) of the same runs, medians, and their ratio; null where not measurable. */
  cliCpuMs: number | null;
  peerCpuMs: number | null;
  cpuRatio: number | null;
  /** Returns whose band counts agree between the two workbooks, of those both read. */
  bandCountsAgree: string;
}

export async function peerFigures(dir: string, files: number): Promise<PeerFigures | null> {
  const check = spawnSync(PYTHON, ["-c", "import pandas, openpyxl"]);
  if (check.status !== 0) {
    console.log("peer: skipped (apt-get install python3-pandas python3-openpyxl)");
    return null;
  }
  const cliOut = path.join(OUT, "bench-cli.xlsx");
  const cliJson = path.join(OUT, "bench-cli.json");
  const peerOut = path.join(OUT, "bench-peer.xlsx");
  const cli = [
    path.join(ROOT, "bin", "commune-targets.js"),
    "summarize",
    dir,
    "--out",
    cliOut,
    "--json",
    cliJson,
    "--quiet",
  ];
  const peer = [path.join(ROOT, "scripts", "peer", "consolidate.py"), dir, "--out", peerOut];
  const cliRuns: Timed[] = [];
  const peerRuns: Timed[] = [];
  for (let i = 0; i < 3; i++) {
    cliRuns.push(timed(process.execPath, cli));
    peerRuns.push(timed(PYTHON, peer));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  // Band counts per area from both workbooks' data.
  const report = JSON.parse(await fs.readFile(cliJson, "utf8")) as {
    returns: { sheet: string; indicators: { band: string }[] }[];
  };
  const counts = spawnSync(
    PYTHON,
    [
      "-c",
      "import json,sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1],read_only=True)\nout={}\n" +
        "for ws in wb.worksheets:\n  rows=list(ws.iter_rows(min_row=5,values_only=True))\n" +
        "  if ws.title=='Tổng hợp': continue\n  c={}\n  for r in rows:\n    if r and len(r)>6 and r[6] in ('Đạt','Gần đạt','Trung bình','Thấp'): c[r[6]]=c.get(r[6],0)+1\n" +
        "  out[ws.title]=c\nprint(json.dumps(out))",
      peerOut,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const peerCounts = JSON.parse(counts.stdout) as Record<string, Record<string, number>>;
  const names: Record<string, string> = { met: "Đạt", near: "Gần đạt", mid: "Trung bình", low: "Thấp" };
  let agree = 0;
  for (const ret of report.returns) {
    const mine: Record<string, number> = {};
    for (const ind of ret.indicators) if (names[ind.band]) mine[names[ind.band]] = (mine[names[ind.band]] ?? 0) + 1;
    const theirs = peerCounts[ret.sheet] ?? {};
    const same = Object.keys(names).every((k) => (mine[names[k]] ?? 0) === (theirs[names[k]] ?? 0));
    if (same) agree++;
  }
  const cliMs = median(cliRuns.map((r) => r.ms));
  const peerMs = median(peerRuns.map((r) => r.ms));
  const cpu = (runs: Timed[]): number | null =>
    runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs ?? 0)) : null;
  const cliCpuMs = cpu(cliRuns);
  const peerCpuMs = cpu(peerRuns);
  return {
    files,
    cliMs: Math.round(cliMs),
    peerMs: Math.round(peerMs),
    ratio: Math.round((peerMs / cliMs) * 100) / 100,
    cliCpuMs,
    peerCpuMs,
    cpuRatio: cliCpuMs && peerCpuMs ? Math.round((peerCpuMs / cliCpuMs) * 100) / 100 : null,
    bandCountsAgree: `${agree}/${report.returns.length}`,
  };
}

/** "; CPU time 1950 vs 2620 ms → 1.34×", or nothing where CPU time was not measured. */
export function peerCpuLine(f: PeerFigures): string {
  return f.cpuRatio === null ? "" : `; CPU time ${f.cliCpuMs} vs ${f.peerCpuMs} ms → ${f.cpuRatio}×`;
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const dir = path.join(OUT, "bench-returns");
  if (!existsSync(path.join(dir, "xa-100.xlsx"))) await writeReturnFiles(dir, 100);
  const figures = await peerFigures(dir, 100);
  if (!figures) return;
  console.log(
    `peer:   ${figures.files} returns: command line ${figures.cliMs} ms, pandas + openpyxl ${figures.peerMs} ms → ` +
      `${figures.ratio}× (target ≥ 3)${peerCpuLine(figures)}; band counts agree on ${figures.bandCountsAgree} returns`,
  );
  await fs.writeFile(path.join(OUT, "bench-peer.json"), JSON.stringify(figures, null, 2));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
