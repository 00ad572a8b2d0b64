/**
 * Web Worker entry (built by webpack from `new Worker(new URL("./parse-worker.ts", import.meta.url))`
 * in create-parse-worker.ts): parses the .xlsx files the pane sends, one message each, off the
 * main thread, with the project's own reader (src/files/xlsx/); exceljs is in no chunk of the pane.
 *
 * Receives { name, bytes } (bytes transferred) and replies { name, source } or { name, error }.
 */
import { handleParseRequest } from "./parse-request";
import type { ParseReply, ParseRequest } from "./types";

/** The little of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleParseRequest(event.data).then((reply) => scope.postMessage(reply));
};
