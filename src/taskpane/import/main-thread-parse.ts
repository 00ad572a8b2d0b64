/**
 * The fallback where no Web Worker can run (jsdom, Node, a webview that refuses workers): the same
 * reader on the main thread, loaded with import() on first use, never at start.
 */
import type { ParseFn, Parser } from "./types";

export const parseOnMainThread: ParseFn = async (name, bytes) => {
  const { readWorkbookBuffer } = await import("../../files/read-workbook-buffer");
  return readWorkbookBuffer(bytes, name);
};

export function mainThreadParser(): Parser {
  return { parse: parseOnMainThread, dispose: () => undefined };
}
