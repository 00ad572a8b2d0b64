/**
 * Runs one hostile file through the command line beside two good returns, in a child process with
 * a 512 MB heap and a time limit, and gathers what the tests check: exit code, the returns summarised,
 * the problems and lines about the hostile file, whether the inputs are byte-identical.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { JsonReport } from "../../src/core/report";
import { folderDigest } from "../support/file-digest";
import { GOOD_AREAS, type HostileCase, goodReturnBytes, makeHostile } from "../../scripts/make-hostile";

const ROOT = resolve(__dirname, "..", "..");
export const HEAP_MB = 512;
export const TIME_LIMIT_MS = 180_000;

export interface CaseRun {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  report: JsonReport | null;
  inputsUnchanged: boolean;
  dir: string;
  file: string;
  ms: number;
}

const made: string[] = [];
/** Removes the folders runCase made (call in afterAll). */
export function removeRunFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Two good returns in a fresh folder, plus the case's file; `extra` arguments after the inputs. */
export async function runCase(c: HostileCase, extra: (dir: string) => string[] = () => []): Promise<CaseRun> {
  const dir = mkdtempSync(join(tmpdir(), `hostile-${c.name}-`));
  for (const [i, area] of GOOD_AREAS.entries())
    writeFileSync(join(dir, `xa-tot-${i + 1}.xlsx`), await goodReturnBytes(area));
  const file = (await makeHostile(dir, [c.name])).get(c.name) as string;
  const before = folderDigest(dir);
  const out = mkdtempSync(join(tmpdir(), `hostile-out-${c.name}-`));
  made.push(dir, out);
  const json = join(out, "report.json");
  const args = extra(dir);
  const argv = args.length ? args : ["summarize", dir, "--out", join(out, "tong-hop.xlsx"), "--json", json];
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      "-r",
      join(ROOT, "scripts", "ts-register.js"),
      join(ROOT, "scripts", "hostile", "run-cli.ts"),
      ...argv,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: TIME_LIMIT_MS, killSignal: "SIGKILL", maxBuffer: 64 << 20 },
  );
  const ms = Date.now() - started;
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
  } catch {
    report = null;
  }
  return {
    code: child.status,
    signal: child.signal,
    timedOut: child.error !== undefined && /ETIMEDOUT/.test(String(child.error)),
    stdout: child.stdout ?? "",
    stderr: child.stderr ?? "",
    report,
    inputsUnchanged: JSON.stringify(folderDigest(dir)) === JSON.stringify(before),
    dir,
    file,
    ms,
  };
}

/** Raw parser or runtime text that must never reach a user inside a Vietnamese message. */
export const RAW_ENGLISH =
  /\b(Error|error|Cannot|undefined|null|mismatch|Invalid|invalid|Unexpected|unexpected|Bug|Maximum|exceeded|property|entity|Entity|encoding|Corrupted|ENOENT|EISDIR)\b/;

/**
 * Names a Vietnamese message may carry on purpose: formats, checksums and a part's path inside the
 * file ("(phần xl/sharedStrings.xml)"). They are taken out before the message is judged.
 */
const ALLOWED_TECHNICAL =
  /\((phần|part) [^)]*\)|\b(Excel|OpenDocument|CRC|DTD|XML|UTF-8|UTF-16|HTML|CSV|PDF|OLE|ods|xlsb|xlsx?)\b/g;

/**
 * True when `message` (its file name and the allowed technical names aside) holds raw English: a
 * listed word, or three ASCII words in a row (parser texts such as "End of data reached"; Vietnamese
 * written without a diacritic is at most two such words in a row, as in "qua trang", "kiểm tra").
 */
export function hasRawEnglish(message: string, file: string): boolean {
  const text = message.split(file).join(" ").replace(ALLOWED_TECHNICAL, " ");
  return RAW_ENGLISH.test(text) || /\b[A-Za-z]{3,}([\s.:,=()]+[A-Za-z]{3,}){2}\b/.test(text);
}

/** The checks every hostile case shares: no crash, the good returns summarised, inputs intact, Vietnamese only. */
export function expectSurvived(run: CaseRun, c: HostileCase): void {
  expect({ signal: run.signal, timedOut: run.timedOut, code: run.code }).toEqual({
    signal: null,
    timedOut: false,
    code: 0,
  });
  const areas = (run.report?.returns ?? []).map((r) => r.area);
  for (const area of GOOD_AREAS) expect(areas).toContain(area);
  expect(run.inputsUnchanged).toBe(true);
  const problems = (run.report?.problems ?? []).filter((p) => p.file === c.file);
  if ("codes" in c.expect) {
    const wanted = c.expect.codes;
    const got = problems.map((p) => p.code);
    if (!got.some((code) => wanted.includes(code)))
      throw new Error(
        `${c.name}: expected one of ${wanted.join(", ")} for ${c.file}; got ${JSON.stringify(got)}\n${run.stderr.slice(0, 2000)}`,
      );
  }
  for (const p of problems)
    expect({ message: p.message, raw: hasRawEnglish(p.message, c.file) }).toEqual({ message: p.message, raw: false });
  // eslint-disable-next-line no-control-regex
  expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}
