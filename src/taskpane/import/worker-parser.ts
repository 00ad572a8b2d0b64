/**
 * A Parser backed by one Web Worker: sends one file at a time (bytes transferred, not copied) and
 * waits for its reply. If the worker itself fails (its script cannot load, it crashes), every later
 * file goes to `fallback` on the main thread instead. Until the worker has replied once (proving
 * its script loaded) a spare copy of the bytes is kept so that file can be retried on the main
 * thread too; after that nothing is copied, a file lost in a crash rejects (unreadable), and the next
 * file starts a fresh worker.
 * `dispose` terminates the worker; a parse still waiting then rejects with "cancelled".
 */
import type { ParseFn, ParseReply, ParseRequest, Parser } from "./types";

/** The part of the Worker API used here, so tests can pass a fake. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
}

interface Pending {
  resolve: (reply: ParseReply) => void;
  reject: (error: Error) => void;
  /** Parses the same file on the main thread, when a spare copy of its bytes was kept. */
  retry: (() => Promise<ParseReply>) | null;
}

export function createWorkerParser(makeWorker: () => WorkerLike, fallback: ParseFn): Parser {
  let worker: WorkerLike | null = null;
  let broken = false;
  let disposed = false;
  let pending: Pending | null = null;
  let proven = false; // the worker has replied at least once

  const settle = (): Pending | null => {
    const current = pending;
    pending = null;
    return current;
  };

  const start = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event) => {
      proven = true;
      settle()?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      // A worker that has parsed before died on this file (a hostile file, out of memory): the file is
      // unreadable and the next one gets a fresh worker, never the main thread, which a second hostile
      // file could take down with the whole pane. One that never loaded is broken: the main thread it is.
      broken = !proven;
      worker?.terminate();
      worker = null;
      const current = settle();
      if (!current) return;
      if (current.retry) current.retry().then(current.resolve, current.reject);
      else current.reject(new Error(`parse worker failed: ${event.message ?? "unknown error"}`));
    };
    return worker;
  };

  const parse: ParseFn = async (name, bytes) => {
    if (disposed) throw new Error("cancelled");
    const active = start();
    if (!active) return fallback(name, bytes);
    // Transferring detaches `bytes`: keep a spare copy only until the worker has proven it loads.
    const spare = proven ? null : bytes.slice(0);
    const reply = await new Promise<ParseReply>((resolve, reject) => {
      pending = {
        resolve,
        reject,
        retry: spare ? () => fallback(name, spare).then((source) => ({ name, source })) : null,
      };
      active.postMessage({ name, bytes }, [bytes]);
    });
    if ("error" in reply) throw new Error(reply.error);
    return reply.source;
  };

  return {
    parse,
    dispose: () => {
      disposed = true;
      worker?.terminate();
      worker = null;
      settle()?.reject(new Error("cancelled"));
    },
  };
}
