// `npm run mutate [-- <files…>] [-- stryker options]`: mutation testing of the engine (issue 16).
//
// Stryker makes small deliberate bugs (mutants) in the engine and runs the tests against each: a
// mutant no test notices is a rule no test pins. The engine is tried one folder of src/core at a
// time (scoring, table, numbers, …): a folder's files against that folder's own tests (and of
// those, only the ones that import the mutated file: jest --findRelatedTests), so a rule counts as
// pinned only by the tests beside it, not by an end-to-end test three layers up, and a run stays
// minutes rather than hours. Each folder keeps its own incremental record in .stryker/, so a
// second run retests only what changed. At the end, one table of scores per file.
//
// With no file: every folder of src/core. With files: only those (grouped by folder). Other
// arguments go to Stryker as they are (e.g. `--concurrency 2`, `--incremental false`).
// Never run by CI, `npm test` or the bench: too slow for two shared cores.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const repoRoot = path.resolve(__dirname, "..");
const coreRoot = "src/core";

export interface MutationGroup {
  /** The folder, relative to the repository: "src/core/scoring". */
  folder: string;
  /** Stryker's `mutate` patterns. */
  mutate: string[];
  /** jest's testMatch: the folder's own tests. */
  tests: string[];
  /** Names the group's incremental record and report in .stryker/. */
  name: string;
}

const isSource = (file: string): boolean =>
  /\.ts$/.test(file) && !/\.test\.ts$/.test(file) && path.basename(file) !== "test-support.ts";

function group(folder: string, mutate: string[]): MutationGroup {
  return {
    folder,
    mutate,
    tests: [`<rootDir>/${folder}/*.test.ts`],
    name: folder.replace(/^src\//, "").replace(/\//g, "-"),
  };
}

/** Every folder of the core that holds sources, each with all its sources. */
export function allGroups(root = repoRoot): MutationGroup[] {
  const folders: string[] = [];
  const walk = (folder: string): void => {
    const entries = fs.readdirSync(path.join(root, folder), { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && isSource(entry.name))) folders.push(folder);
    for (const entry of entries) if (entry.isDirectory()) walk(`${folder}/${entry.name}`);
  };
  walk(coreRoot);
  return folders
    .sort()
    .map((folder) => group(folder, [`${folder}/*.ts`, `!${folder}/*.test.ts`, `!${folder}/test-support.ts`]));
}

/** The named files, grouped by folder. */
export function groupsOf(files: readonly string[]): MutationGroup[] {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = path.posix.dirname(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, named]) => group(folder, named));
}

/** Splits `a.ts b.ts --concurrency 2` into files (relative to the repository) and Stryker options. */
export function splitArguments(argv: readonly string[], from = repoRoot): { files: string[]; options: string[] } {
  const files: string[] = [];
  const options: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument.startsWith("-")) {
      options.push(argument);
      // An option's value follows it unless written as --name=value.
      const next = argv[index + 1];
      if (!argument.includes("=") && next !== undefined && !next.startsWith("-") && !isSource(next)) {
        options.push(next);
        index++;
      }
    } else files.push(path.relative(repoRoot, path.resolve(from, argument)).split(path.sep).join("/"));
  }
  return { files, options };
}

/** One row of the score table, from Stryker's JSON report (mutation-testing-report-schema). */
export interface FileScore {
  file: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Mutants marked equivalent with a `// Stryker disable` comment (not counted in the score). */
  ignored: number;
  /** Killed ÷ (killed + survived + no coverage), timeouts counted as killed; null with no valid mutant. */
  score: number | null;
}

interface ReportFile {
  mutants: { status: string }[];
}

export function scoresOf(report: { files: Record<string, ReportFile> }): FileScore[] {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (...statuses: string[]): number =>
      mutants.filter((mutant) => statuses.includes(mutant.status)).length;
    const killed = count("Killed", "Timeout");
    const survived = count("Survived");
    const noCoverage = count("NoCoverage");
    const valid = killed + survived + noCoverage;
    return {
      file,
      killed,
      survived,
      noCoverage,
      ignored: count("Ignored"),
      score: valid === 0 ? null : (killed / valid) * 100,
    };
  });
}

export function scoreTable(scores: readonly FileScore[]): string {
  const width = Math.max(4, ...scores.map((row) => row.file.length));
  const lines = [`${"file".padEnd(width)}  score  killed survived no-cov equivalent`];
  for (const row of [...scores].sort((a, b) => a.file.localeCompare(b.file))) {
    const score = row.score === null ? "  n/a" : `${row.score.toFixed(1).padStart(5)}%`;
    lines.push(
      `${row.file.padEnd(width)} ${score.padStart(6)} ${String(row.killed).padStart(7)} ${String(row.survived).padStart(8)} ${String(row.noCoverage).padStart(6)} ${String(row.ignored).padStart(10)}`,
    );
  }
  return lines.join("\n");
}

function main(): number {
  const { files, options } = splitArguments(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  const groups = files.length > 0 ? groupsOf(files) : allGroups();
  const stryker = path.join(repoRoot, "node_modules", ".bin", "stryker");
  const scores: FileScore[] = [];
  let status = 0;
  for (const each of groups) {
    process.stderr.write(`\n== mutation testing ${each.mutate.join(" ")} against ${each.tests.join(" ")}\n`);
    const env = {
      ...process.env,
      MUTATE_FILES: each.mutate.join(","),
      MUTATE_TESTS: each.tests.join(","),
      MUTATE_NAME: each.name,
    };
    const result = spawnSync(stryker, ["run", "stryker.config.mjs", ...options], {
      cwd: repoRoot,
      stdio: "inherit",
      env,
    });
    if (result.status !== 0) status = result.status ?? 1;
    const reportFile = path.join(repoRoot, ".stryker", `report-${each.name}.json`);
    if (result.status === 0 && fs.existsSync(reportFile))
      scores.push(...scoresOf(JSON.parse(fs.readFileSync(reportFile, "utf8"))));
  }
  if (scores.length > 0)
    process.stdout.write(`\nMutation score per file (killed ÷ valid mutants):\n${scoreTable(scores)}\n`);
  return status;
}

if (require.main === module) process.exit(main());
