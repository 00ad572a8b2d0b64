/**
 * The statistics clerk's import: the .xlsx returns picked or dropped in the pane, parsed one at a
 * time (so only one file's workbook is in memory at once), in a Web Worker where there is one and on
 * the main thread otherwise, with progress after each file and cancel between files.
 * A file that cannot be parsed becomes a SourceWorkbook with a "file-unreadable" finding: one bad
 * attachment never stops the others, and importFiles never throws because of a file.
 *
 * Nothing here loads the reader at import time: the worker bundles it, the fallback import()s it.
 */
import type { SourceWorkbook } from "../../core/analyze";
import type { Finding } from "../../core/problems";
import { mainThreadParser, parseOnMainThread } from "./main-thread-parse";
import type { ImportFile, ParseFn, Parser } from "./types";
import { createWorkerParser } from "./worker-parser";

export type { ImportFile, ParseFn } from "./types";

export interface ImportOptions {
  /** Aborting stops before the next file (and terminates the worker); files already parsed are kept. */
  signal?: AbortSignal;
  /**
   * Progress, in order: `done` of `total` files parsed, `file` the last one finished. Where the
   * browser paints in frames it is called at most once per animation frame (and once at the end),
   * so a fast import does not spend its time laying out the progress bar.
   */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Each source as soon as it is parsed, in order (before progress): the pane scores it then, while
   * the worker reads the next files, so the end of the import is only the consolidation.
   */
  onSource?: (source: SourceWorkbook, index: number) => void;
  /** Parses one file; default: the Web Worker, or the main thread where `Worker` is unavailable. */
  parse?: ParseFn;
  /**
   * A parser already started (the import section starts its worker when it mounts). It is kept
   * alive after the import, and disposed only when the import is cancelled.
   */
  parser?: Parser;
}

export interface ImportResult {
  /** One per file parsed, in the order given (fewer than the files when cancelled). */
  sources: SourceWorkbook[];
  cancelled: boolean;
}

/** The finding for a file whose parse threw. */
export function unreadableSource(name: string, error: unknown): SourceWorkbook {
  // The raw cause stays in `detail` (for those who ask); the message says only that it is damaged.
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const finding: Finding = {
    sheet: "",
    cell: "",
    severity: "error",
    code: "file-unreadable",
    params: { reason: "damaged", detail },
  };
  return { file: name, grids: [], findings: [finding] };
}

/** The Web Worker parser where `Worker` exists (a browser), the main-thread one elsewhere. */
export async function defaultParser(): Promise<Parser> {
  if (typeof Worker !== "function") return mainThreadParser();
  try {
    const { createParseWorker } = await import("./create-parse-worker");
    return createWorkerParser(createParseWorker, parseOnMainThread);
  } catch {
    return mainThreadParser(); // the tiny chunk failed to load (offline, blocked): parse here instead
  }
}

const CANCELLED = Symbol("cancelled");

/** Parses one file; resolves CANCELLED as soon as `signal` aborts, whether or not the parse ends. */
function parseOne(parse: ParseFn, file: ImportFile, signal?: AbortSignal): Promise<SourceWorkbook | typeof CANCELLED> {
  return new Promise((resolve) => {
    const onAbort = () => resolve(CANCELLED);
    signal?.addEventListener("abort", onAbort, { once: true });
    let parsing: Promise<SourceWorkbook>;
    try {
      parsing = parse(file.name, file.bytes);
    } catch (error) {
      parsing = Promise.reject(error);
    }
    parsing
      .then(
        (source) => resolve(signal?.aborted ? CANCELLED : source),
        (error: unknown) => resolve(signal?.aborted ? CANCELLED : unreadableSource(file.name, error)),
      )
      .finally(() => signal?.removeEventListener("abort", onAbort));
  });
}

/** Calls `report` at most once per animation frame where there are frames; `flush` sends the last. */
function perFrame(report?: (done: number, total: number, file: string) => void) {
  const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame : null;
  let latest: [number, number, string] | null = null;
  let scheduled = false;
  const send = () => {
    scheduled = false;
    if (latest && report) report(...latest);
    latest = null;
  };
  return {
    progress(done: number, total: number, file: string) {
      if (!report) return;
      if (!raf) return report(done, total, file);
      latest = [done, total, file];
      if (!scheduled) {
        scheduled = true;
        raf(send);
      }
    },
    flush: send,
  };
}

/**
 * Parses `files` in order, up to the parser's `inFlight` at once (a worker: several, so it never
 * waits for a round trip; the main thread: one). The bytes may be transferred to the worker: do
 * not reuse them.
 */
export async function importFiles(files: ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const { signal } = options;
  const sources: SourceWorkbook[] = [];
  if (signal?.aborted) return { sources, cancelled: true };
  if (files.length === 0) return { sources, cancelled: false };
  const owned = !options.parser;
  const parser: Parser = options.parse
    ? { parse: options.parse, dispose: () => undefined }
    : (options.parser ?? (await defaultParser()));
  const stop = () => parser.dispose();
  signal?.addEventListener("abort", stop, { once: true });
  const report = perFrame(options.onProgress);
  const window = Math.max(1, parser.inFlight ?? 1);
  const started: Promise<SourceWorkbook | typeof CANCELLED>[] = [];
  const startUpTo = (limit: number) => {
    while (started.length < Math.min(limit, files.length) && !signal?.aborted) {
      started.push(parseOne(parser.parse, files[started.length], signal));
    }
  };
  try {
    for (let index = 0; index < files.length; index++) {
      if (signal?.aborted) return { sources, cancelled: true };
      startUpTo(index + window);
      const source = await started[index];
      if (source === CANCELLED) return { sources, cancelled: true };
      sources.push(source);
      options.onSource?.(source, index);
      report.progress(index + 1, files.length, files[index].name);
    }
    return { sources, cancelled: false };
  } finally {
    report.flush();
    signal?.removeEventListener("abort", stop);
    if (owned || signal?.aborted) parser.dispose();
  }
}
