/** `commune-targets summarize …`: the engine over .xlsx files. */
import { promises as fs } from "fs";
import * as path from "path";
import { analyze } from "../core/analyze";
import type { SourceWorkbook } from "../core/analyze";
import { buildSummaryPlan } from "../core/plan/build-summary";
import { toJsonReport } from "../core/report";
import { readWorkbookFile } from "../files/read-workbook";
import { writePlanFile } from "../files/write-plan";
import { USAGE, UsageError, parseSummarizeArgs } from "./args";
import { collectInputs } from "./collect-inputs";

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

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let args;
  try {
    args = parseSummarizeArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const exclude = [args.out, ...(args.json && args.json !== "-" ? [args.json] : [])];
  const files = await collectInputs(args.inputs, exclude);
  const sources: SourceWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > PROGRESS_FROM && !args.quiet) io.stderr(`\r[${i + 1}/${files.length}] ${path.basename(file)}`.padEnd(60));
    const source = await readWorkbookFile(file);
    sources.push({ file: path.basename(file), grids: source.grids, findings: source.findings });
  }
  if (files.length > PROGRESS_FROM && !args.quiet) io.stderr("\n");

  const analysis = analyze(sources, args.settings);
  const report = toJsonReport(analysis);
  if (args.json === "-") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (args.json) {
    await fs.mkdir(path.dirname(path.resolve(args.json)), { recursive: true });
    await fs.writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`, "utf8");
  }

  const lang = args.settings.language;
  if (!args.quiet) {
    for (const problem of analysis.problems) io.stderr(`${problem.severity === "error" ? "✖" : "⚠"} ${problem.message}\n`);
  }
  if (analysis.returns.length === 0) {
    io.stderr(lang === "en" ? "No return could be read; nothing written.\n" : "Không đọc được báo cáo nào; chưa ghi tệp.\n");
    return 1;
  }
  const plan = buildSummaryPlan(analysis, args.settings);
  await writePlanFile(plan, args.out);

  if (args.json !== "-") {
    const out: string[] = [];
    if (analysis.consolidation) out.push(analysis.consolidation.narrative, "");
    for (const r of analysis.returns) out.push(r.narrative, "");
    out.push(
      lang === "en"
        ? `Summary written to ${args.out} (${plan.sheets.length} sheets, ${analysis.problems.length} problems).`
        : `Đã ghi báo cáo tổng hợp vào ${args.out} (${plan.sheets.length} trang tính, ${analysis.problems.length} vấn đề cần xem).`,
    );
    io.stdout(`${out.join("\n")}\n`);
  }
  return 0;
}
