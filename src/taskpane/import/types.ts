/**
 * The statistics clerk's import (nhập báo cáo của các xã): the shapes shared by the pane side,
 * the parse worker and the main-thread fallback. Types only: importing this loads nothing.
 */
import type { SourceWorkbook } from "../../core/analyze";

/** One picked or dropped file: its display name and its bytes. */
export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * Parses one .xlsx into a SourceWorkbook. May throw; importFiles turns a throw into a
 * "file-unreadable" finding. The bytes may be transferred (detached) by the parser.
 */
export type ParseFn = (name: string, bytes: ArrayBuffer) => Promise<SourceWorkbook>;

/** A parser with a lifetime: `dispose` frees what it holds (terminates its worker). */
export interface Parser {
  parse: ParseFn;
  dispose(): void;
  /** Files that may be parsed at once (a worker: several, to hide round trips); default 1. */
  inFlight?: number;
}

/** Pane → worker: one file to parse; `bytes` is transferred, not copied. */
export interface ParseRequest {
  /** Matches the reply to its request when several files are in flight. */
  id?: number;
  name: string;
  bytes: ArrayBuffer;
}

/** Worker → pane: the parsed workbook, or why parsing threw. */
export type ParseReply =
  { id?: number; name: string; source: SourceWorkbook } | { id?: number; name: string; error: string };
