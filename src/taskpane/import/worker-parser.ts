/**
 * A Parser backed by one Web Worker: several files may be in flight at once (bytes transferred, not
 * copied), so the worker never waits for a round trip between files; replies are matched by id.
 * If the worker fails before it has ever replied (its script cannot load), every pending and later
 * file goes to `fallback` on the main thread, from a spare copy of its bytes kept until then. A
 * worker that has replied before and then dies (a hostile file, out of memory) costs only the files
 * in flight at that moment (at most WORKER_IN_FLIGHT, reported unreadable); the next file starts a
 * fresh worker, never the main thread, which a second hostile file could take down with the pane.
 * `dispose` terminates the worker; parses still waiting then reject with "cancelled".
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

/** Files sent to the worker before the first has come back: enough to hide the round trips. */
export const WORKER_IN_FLIGHT = 4;

export function createWorkerParser(makeWorker: () => WorkerLike, fallback: ParseFn): Parser {
  let worker: WorkerLike | null = null;
  let broken = false;
  let disposed = false;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let proven = false; // the worker has replied at least once

  const takeAll = (): Pending[] => {
    const all = [...pending.values()];
    pending.clear();
    return all;
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
      const reply = event.data;
      const waiting = reply.id !== undefined ? pending.get(reply.id) : undefined;
      if (!waiting) return;
      pending.delete(reply.id!);
      waiting.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      // A worker that has parsed before died on this file (a hostile file, out of memory): the file is
      // unreadable and the next one gets a fresh worker, never the main thread, which a second hostile
      // file could take down with the whole pane. One that never loaded is broken: the main thread it is.
      broken = !proven;
      worker?.terminate();
      worker = null;
      for (const current of takeAll()) {
        if (current.retry) current.retry().then(current.resolve, current.reject);
        else current.reject(new Error(`parse worker failed: ${event.message ?? "unknown error"}`));
      }
    };
    return worker;
  };

  const parse: ParseFn = async (name, bytes) => {
    if (disposed) throw new Error("cancelled");
    const active = start();
    if (!active) return fallback(name, bytes);
    // Transferring detaches `bytes`: keep a spare copy only until the worker has proven it loads.
    const spare = proven ? null : bytes.slice(0);
    const id = nextId++;
    const reply = await new Promise<ParseReply>((resolve, reject) => {
      pending.set(id, {
        resolve,
        reject,
        retry: spare ? () => fallback(name, spare).then((source) => ({ id, name, source })) : null,
      });
      active.postMessage({ id, name, bytes }, [bytes]);
    });
    if ("error" in reply) throw new Error(reply.error);
    return reply.source;
  };

  return {
    parse,
    inFlight: WORKER_IN_FLIGHT,
    dispose: () => {
      disposed = true;
      worker?.terminate();
      worker = null;
      for (const current of takeAll()) current.reject(new Error("cancelled"));
    },
  };
}
