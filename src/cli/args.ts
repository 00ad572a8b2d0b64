/** Command-line arguments for `commune-targets summarize`. */
import { parseSettings } from "../core/settings";
import type { Settings } from "../core/settings";

export interface SummarizeArgs {
  inputs: string[];
  out: string;
  json: string | null; // a path, "-" for stdout, or null
  settings: Settings;
  quiet: boolean;
  /** Print how each return's columns were chosen (always printed for an uncertain choice). */
  verbose?: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: commune-targets summarize <files or folders…> --out <file.xlsx> [--json <file|->]
       [--lang vi|en] [--bands 100,70,50] [--priority "name;name"] [--expected "area;area"]
       [--period "6 tháng đầu năm 2022"] [--issuer "Xã Trạm Tấu"] [--place "Trạm Tấu"] [--quiet] [--verbose]

Reads commune returns (.xlsx), scores every indicator against its plan and writes the summary workbook.
Input files are only read. Exit code: 0 summary written, 1 nothing could be read, 2 usage error.`;

const splitList = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseSummarizeArgs(argv: string[]): SummarizeArgs {
  const [command, ...rest] = argv;
  if (command !== "summarize") throw new UsageError(command ? `Unknown command: ${command}` : "No command given");
  const inputs: string[] = [];
  const raw: Record<string, unknown> = {};
  let out: string | null = null;
  let json: string | null = null;
  let quiet = false;
  let verbose = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || (v.startsWith("--") && v !== "-")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--out":
        out = value();
        break;
      case "--json":
        json = value();
        break;
      case "--lang": {
        const lang = value();
        if (lang !== "vi" && lang !== "en") throw new UsageError(`--lang must be vi or en, not ${lang}`);
        raw.language = lang;
        break;
      }
      case "--bands": {
        const parts = value()
          .split(",")
          .map((s) => Number(s.trim()));
        if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)))
          throw new UsageError("--bands needs three numbers, e.g. 100,70,50");
        raw.bands = { met: parts[0], near: parts[1], mid: parts[2] };
        break;
      }
      case "--priority":
        raw.priority = splitList(value());
        break;
      case "--expected":
        raw.expectedAreas = splitList(value());
        break;
      case "--period":
        raw.period = value();
        break;
      case "--issuer": // the issuing body printed in the heading (Nghị định 30/2020)
        raw.issuer = value();
        break;
      case "--place": // the place of the date line
        raw.place = value();
        break;
      case "--quiet":
        quiet = true;
        break;
      case "--verbose":
        verbose = true;
        break;
      default:
        if (arg.startsWith("--")) throw new UsageError(`Unknown option: ${arg}`);
        inputs.push(arg);
    }
  }
  if (!inputs.length) throw new UsageError("No input files or folders given");
  if (!out) throw new UsageError("--out <file.xlsx> is required");
  const parsed = (() => {
    try {
      return parseSettings(raw);
    } catch (error) {
      throw new UsageError(`Invalid settings: ${(error as Error).message}`);
    }
  })();
  return { inputs, out, json, settings: parsed, quiet, verbose };
}
