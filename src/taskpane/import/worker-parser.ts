/**
 * A Parser backed by one Web Worker: several files may be in flight at once (bytes transferred, and
 * a copy kept only while the file is in flight), so the worker never waits for a round trip between
 * files; replies are matched by id. If the worker fails before it has ever replied (its script
 * cannot load), every pending and later file goes to `fallback` on the main thread. A worker that
 * has replied before and then dies (a hostile file, out of memory) costs only the file that killed
 * it: the files in flight beside it are parsed again one at a time in fresh workers, and the one
 * that kills a worker alone is reported unreadable; never the main thread, which a hostile file
 * could take down with the whole pane. `dispose` terminates the worker; parses still waiting then
 * reject with "cancelled".
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
  name: string;
  /** A copy of the bytes sent (the original is transferred), kept only while the file is in flight. */
  spare: ArrayBuffer;
  resolve: (reply: ParseReply) => void;
  reject: (error: Error) => void;
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
  // After a crash with several files in flight, they are parsed again one at a time; new files wait.
  let recovering: Promise<void> = Promise.resolve();

  const takeAll = (): Pending[] => {
    const all = [...pending.values()];
    pending.clear();
    return all;
  };

  const viaFallback = (name: string, bytes: ArrayBuffer): Promise<ParseReply> =>
    fallback(name, bytes).then((source) => ({ name, source }));

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
      worker?.terminate();
      worker = null;
      const victims = takeAll();
      const failure = () => new Error(`parse worker failed: ${event.message ?? "unknown error"}`);
      if (!proven) {
        // Its script never loaded: the main thread it is, for these files and every later one.
        broken = true;
        for (const v of victims) viaFallback(v.name, v.spare).then(v.resolve, v.reject);
        return;
      }
      // A file killed a worker that had parsed before (a hostile file, out of memory). Alone in
      // flight, it is the culprit: unreadable. With others beside it, which one is unknown: each is
      // parsed again alone in a fresh worker, so only the culprit is lost.
      if (victims.length === 1) {
        victims[0].reject(failure());
        return;
      }
      recovering = recovering.then(async () => {
        for (const v of victims) {
          if (disposed) v.reject(new Error("cancelled"));
          else await send(v.name, v.spare).then(v.resolve, v.reject);
        }
      });
    };
    return worker;
  };

  function send(name: string, bytes: ArrayBuffer): Promise<ParseReply> {
    const active = start();
    if (!active) return viaFallback(name, bytes);
    const spare = bytes.slice(0);
    const id = nextId++;
    return new Promise<ParseReply>((resolve, reject) => {
      pending.set(id, { name, spare, resolve, reject });
      active.postMessage({ id, name, bytes }, [bytes]);
    });
  }

  const parse: ParseFn = async (name, bytes) => {
    if (disposed) throw new Error("cancelled");
    for (let waited = null as Promise<void> | null; waited !== recovering;) {
      waited = recovering;
      await waited;
    }
    if (disposed) throw new Error("cancelled");
    const reply = await send(name, bytes);
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
