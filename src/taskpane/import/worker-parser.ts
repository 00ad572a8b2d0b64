/**
 * A Parser backed by one Web Worker: several files may be in flight at once (bytes transferred, not
 * copied), so the worker never waits for a round trip between files; replies are matched by id.
 * If the worker itself fails (its script cannot load, it crashes), every pending and later file goes
 * to `fallback` on the main thread instead. Until the worker has replied once (proving its script
 * loaded) a spare copy of the bytes is kept so those files can be retried on the main thread too;
 * after that nothing is copied, and a file lost in a crash rejects (unreadable).
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
      broken = true;
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
