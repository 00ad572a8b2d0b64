/**
 * Refuses a run that would destroy an input: --out or --json naming one of the files to read (through
 * a symlink, a hard link or another spelling), or both options naming the same file. The one exception
 * is --out over a summary this tool wrote itself (`summarize dir/*.xlsx --out dir/tong-hop.xlsx` run
 * twice): that file is skipped as an input anyway, and regenerating it is what the user asked for.
 */
import { stat } from "fs/promises";
import type { SummarizeArgs } from "./args";
import { cliLines } from "./cli-messages";
import { isOwnSummaryFile } from "./read-input";
import { clashingInput, fileIdentity, sameFile } from "./same-file";

export type OutputCheck = { ok: true } | { ok: false; message: string };

export async function checkOutputs(args: SummarizeArgs, files: readonly string[]): Promise<OutputCheck> {
  const lines = cliLines(args.settings.language);
  const inputs = await Promise.all(files.map(fileIdentity));
  const json = args.json && args.json !== "-" ? args.json : null;
  if (json && sameFile(await fileIdentity(args.out), await fileIdentity(json)))
    return { ok: false, message: lines.sameOutputs(json) };
  // A pipe or device as --out would block the run (opening a FIFO for writing waits for a reader).
  const outStat = await stat(args.out).catch(() => null);
  if (outStat && !outStat.isFile()) return { ok: false, message: lines.outputNotRegular(args.out) };
  const outClash = await clashingInput(args.out, inputs);
  if (outClash !== null && !(await isOwnSummaryFile(files[outClash])))
    return { ok: false, message: lines.outputIsInput("--out", files[outClash]) };
  if (json) {
    const jsonClash = await clashingInput(json, inputs);
    if (jsonClash !== null) return { ok: false, message: lines.outputIsInput("--json", files[jsonClash]) };
  }
  return { ok: true };
}
