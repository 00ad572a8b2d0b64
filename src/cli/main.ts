/** `commune-targets summarize …`: the engine over .xlsx files. */
import { promises as fs } from "fs";
import * as path from "path";
import { analyze } from "../core/analyze";
import type { Analysis, SourceWorkbook } from "../core/analyze";
import { toJsonReport } from "../core/report";
import { writePlanSheetsFile } from "../files/plan-file-writer";
import type { PlanSheet } from "../core/plan/types";
import { localizeProblem } from "../core/i18n/messages";
import type { Problem } from "../core/problems";
import { UsageError, parseSummarizeArgs, type SummarizeArgs } from "./args";
import { helpLanguage, packageVersion, usage } from "./help";
import { collectInputs } from "./collect-inputs";
import { columnsReadLines } from "./columns-read-lines";
import { summaryHead, summarySheets } from "../core/plan/build-summary";
import { checkOutputs } from "./check-outputs";
import { cliLines } from "./cli-messages";
import { problemSummaryLine } from "./problem-summary";
import { readInput } from "./read-input";
import { visible } from "./terminal-text";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Shows progress on stderr when there are more files than this. */
const PROGRESS_FROM = 10;

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  // Every line for the terminal has its control characters made visible (names come from outside).
  const io: Io = { stdout: (t) => rawIo.stdout(visible(t)), stderr: (t) => rawIo.stderr(visible(t)) };
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${usage(helpLanguage(argv))}\n`);
    return 0;
  }
  if (argv.includes("--version") || argv.includes("-v")) {
    io.stdout(`commune-targets ${packageVersion()}\n`);
    return 0;
  }
  let args: SummarizeArgs;
  try {
    args = parseSummarizeArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage(helpLanguage(argv))}\n`);
      return 2;
    }
    throw error;
  }
  const files = await collectInputs(args.inputs);
  const outputs = await checkOutputs(args, files);
  if (!outputs.ok) {
    io.stderr(`${outputs.message}\n`);
    return 2;
  }
  const sources = await readSources(files, args, io, rawIo);
  const analysis = analyze(sources, args.settings);
  // The grids are no longer needed (the scored returns hold what the summary shows): let them go.
  sources.length = 0;

  const lang = args.settings.language;
  if (!args.quiet) {
    printProblems(analysis.problems, io, args.verbose === true);
    for (const line of columnsReadLines(analysis, args.verbose === true, lang)) io.stderr(`${line}\n`);
  }
  if (analysis.returns.length === 0) {
    await writeJsonReport(analysis, args, rawIo);
    io.stderr(
      lang === "en" ? "No return could be read; nothing written.\n" : "Không đọc được báo cáo nào; chưa ghi tệp.\n",
    );
    return 1;
  }
  // Sheet by sheet: each is built, written into the file (with its charts, page breaks and print
  // area) and dropped before the next one.
  const settings = args.settings;
  // What building a sheet had to change (text over Excel's cell limit, cut), named in the output file.
  const written: Problem[] = [];
  function* recorded(): Generator<PlanSheet> {
    for (const sheet of summarySheets(analysis, settings)) {
      for (const finding of sheet.findings ?? []) written.push(localizeProblem(finding, path.basename(args.out), lang));
      yield sheet;
    }
  }
  const sheetCount = await writePlanSheetsFile(summaryHead(args.settings), recorded(), args.out, { finish: true });
  if (!args.quiet) printProblems(written, io, args.verbose === true);
  const problems = [...analysis.problems, ...written];
  await writeJsonReport({ ...analysis, problems }, args, rawIo);

  if (args.json !== "-") {
    const out: string[] = [];
    if (analysis.consolidation) out.push(analysis.consolidation.narrative, "");
    for (const r of analysis.returns) out.push(r.narrative, "");
    out.push(
      lang === "en"
        ? `Summary written to ${args.out} (${sheetCount} sheets, ${problems.length} problems).`
        : `Đã ghi báo cáo tổng hợp vào ${args.out} (${sheetCount} trang tính, ${problems.length} vấn đề cần xem).`,
      problemSummaryLine(problems, lang),
    );
    io.stdout(`${out.join("\n")}\n`);
  }
  return 0;
}

/**
 * One line a problem. With --verbose, a damaged file's technical cause (the reader's own words, kept
 * out of the sentence) follows in parentheses for the one who asked for it.
 */
function printProblems(problems: readonly Problem[], io: Io, verbose = false): void {
  for (const problem of problems) {
    const detail = verbose && problem.params?.detail !== undefined ? ` (${String(problem.params.detail)})` : "";
    io.stderr(`${problem.severity === "error" ? "✖" : "⚠"} ${problem.message}${detail}\n`);
  }
}

/** Reads every file in turn (progress on stderr when there are many). */
async function readSources(files: string[], args: SummarizeArgs, io: Io, rawIo: Io): Promise<SourceWorkbook[]> {
  const progress = files.length > PROGRESS_FROM && !args.quiet;
  const lines = cliLines(args.settings.language);
  const sources: SourceWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    // The carriage return is ours, so written raw; the name goes through `visible` like every other line.
    if (progress) rawIo.stderr(`\r${visible(`[${i + 1}/${files.length}] ${path.basename(file)}`.padEnd(60))}`);
    const read = await readInput(file);
    if (read.kind === "own-summary") {
      if (!args.quiet) io.stderr(`${progress ? "\n" : ""}${lines.ownSummary(file)}\n`);
      continue;
    }
    if (read.ownSheets.length > 0 && !args.quiet) io.stderr(`${lines.ownSheets(file, read.ownSheets)}\n`);
    const { source } = read;
    sources.push({ file: path.basename(file), grids: source.grids, findings: source.findings });
  }
  if (progress) io.stderr("\n");
  return sources;
}

/**
 * The JSON report to stdout ("-") or a file; built here so it is garbage once written. Written after
 * the summary, so it holds what writing found too (text cut to Excel's cell limit).
 */
async function writeJsonReport(analysis: Analysis, args: SummarizeArgs, io: Io): Promise<void> {
  if (!args.json) return;
  const text = `${JSON.stringify(toJsonReport(analysis), null, 2)}\n`;
  if (args.json === "-") io.stdout(text);
  else {
    await fs.mkdir(path.dirname(path.resolve(args.json)), { recursive: true });
    await fs.writeFile(args.json, text, "utf8");
  }
}
