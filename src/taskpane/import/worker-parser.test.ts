import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SourceWorkbook } from "../../core/analyze";
import { readWorkbookBuffer } from "../../files/read-workbook-buffer";
import { importFiles } from "./import-files";
import { handleParseRequest } from "./parse-request";
import type { ParseReply, ParseRequest } from "./types";
import { WORKER_IN_FLIGHT, type WorkerLike, createWorkerParser } from "./worker-parser";

const example = resolve(__dirname, "..", "..", "..", "examples", "xa-tram-tau.xlsx");
function exampleBytes(): ArrayBuffer {
  const buffer = readFileSync(example);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/**
 * A worker in the same process: messages cross a structuredClone with the transfer list, as
 * postMessage does, so transferred buffers really are detached; replies come from the real handler.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: string[] = [];
  constructor(private readonly failOnLoad = false) {}

  postMessage(message: ParseRequest, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
    this.received.push(copy.name);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.failOnLoad) {
        this.onerror?.({ message: "parse-worker.js: 404", preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      void handleParseRequest(copy).then((reply) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ParseReply>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** The workers createParseWorker hands out, in order (the real one needs webpack's import.meta). */
const mockWorkers: FakeWorker[] = [];
jest.mock("./create-parse-worker", () => ({
  createParseWorker: () => {
    const next = mockWorkers.shift();
    if (!next) throw new Error("no fake worker queued");
    return next;
  },
}));

const neverFallback = async (): Promise<SourceWorkbook> => {
  throw new Error("fallback must not be used");
};

describe("the parse worker's message handler", () => {
  it("replies { name, source } with what the reader gives", async () => {
    const reply = await handleParseRequest({ name: "xa-tram-tau.xlsx", bytes: exampleBytes() });
    expect(reply).toEqual({
      name: "xa-tram-tau.xlsx",
      source: await readWorkbookBuffer(exampleBytes(), "xa-tram-tau.xlsx"),
    });
  });

  it("replies with a finding, not an error, for bytes that are not an .xlsx", async () => {
    const reply = await handleParseRequest({
      name: "x.xlsx",
      bytes: new TextEncoder().encode("hello").buffer as ArrayBuffer,
    });
    expect(reply).toMatchObject({ name: "x.xlsx", source: { grids: [], findings: [{ code: "file-unreadable" }] } });
  });
});

describe("createWorkerParser", () => {
  it("transfers the bytes to the worker (the caller's buffer is detached)", async () => {
    const worker = new FakeWorker();
    const parser = createWorkerParser(() => worker, neverFallback);
    const first = exampleBytes();
    const source = await parser.parse("a.xlsx", first);
    expect(source.grids.length).toBeGreaterThan(0);
    expect(first.byteLength).toBe(0);
    const second = exampleBytes();
    const sourceB = await parser.parse("b.xlsx", second);
    expect(second.byteLength).toBe(0);
    expect(sourceB).toEqual({ ...source, file: "b.xlsx" });
    expect(worker.received).toEqual(["a.xlsx", "b.xlsx"]);
    parser.dispose();
    expect(worker.terminated).toBe(true);
  });

  it("falls back to the main thread, for the pending file and every later one, when the worker fails to load", async () => {
    const worker = new FakeWorker(true);
    const viaFallback: string[] = [];
    const parser = createWorkerParser(
      () => worker,
      async (name, bytes) => {
        viaFallback.push(name);
        return readWorkbookBuffer(bytes, name);
      },
    );
    const a = await parser.parse("a.xlsx", exampleBytes());
    const b = await parser.parse("b.xlsx", exampleBytes());
    expect(viaFallback).toEqual(["a.xlsx", "b.xlsx"]);
    expect(worker.received).toEqual(["a.xlsx"]);
    expect(worker.terminated).toBe(true);
    expect(a.grids.length).toBeGreaterThan(0);
    expect(b).toEqual({ ...a, file: "b.xlsx" });
  });

  it("falls back when the worker cannot even be created", async () => {
    const parser = createWorkerParser(
      () => {
        throw new Error("SecurityError");
      },
      async (name) => ({ file: name, grids: [], findings: [] }),
    );
    await expect(parser.parse("a.xlsx", new ArrayBuffer(1))).resolves.toEqual({
      file: "a.xlsx",
      grids: [],
      findings: [],
    });
  });

  it("is what importFiles uses where Worker exists: cancelling mid-file terminates it, files done before are kept", async () => {
    const worker = new FakeWorker();
    mockWorkers.push(worker);
    const controller = new AbortController();
    const g = globalThis as { Worker?: unknown };
    g.Worker = FakeWorker;
    try {
      const result = await importFiles(
        ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => ({ name, bytes: exampleBytes() })),
        {
          signal: controller.signal,
          onProgress: (done) => {
            // abort while b.xlsx and c.xlsx are in the worker
            if (done === 1) controller.abort();
          },
        },
      );
      expect(worker.terminated).toBe(true);
      expect(result.cancelled).toBe(true);
      expect(result.sources.map((s) => s.file)).toEqual(["a.xlsx"]);
      expect(worker.received).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    } finally {
      delete g.Worker;
    }
  });

  it("keeps several files in flight, so the worker never waits for a round trip, and keeps their order", async () => {
    const worker = new FakeWorker();
    mockWorkers.push(worker);
    const g = globalThis as { Worker?: unknown };
    g.Worker = FakeWorker;
    const sentAtProgress: number[] = [];
    try {
      const names = ["a", "b", "c", "d", "e", "f"].map((n) => `${n}.xlsx`);
      const result = await importFiles(
        names.map((name) => ({ name, bytes: exampleBytes() })),
        { onProgress: () => sentAtProgress.push(worker.received.length) },
      );
      expect(result.sources.map((s) => s.file)).toEqual(names);
      expect(sentAtProgress[0]).toBe(WORKER_IN_FLIGHT);
      expect(Math.max(...sentAtProgress.map((sent, i) => sent - (i + 1)))).toBeLessThanOrEqual(WORKER_IN_FLIGHT);
    } finally {
      delete g.Worker;
    }
  });

  it("uses a parser started beforehand (the section's warm worker) and leaves it running", async () => {
    const worker = new FakeWorker();
    const parser = createWorkerParser(() => worker, neverFallback);
    const first = await importFiles([{ name: "a.xlsx", bytes: exampleBytes() }], { parser });
    const second = await importFiles([{ name: "b.xlsx", bytes: exampleBytes() }], { parser });
    expect([...first.sources, ...second.sources].map((s) => s.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(worker.terminated).toBe(false);
    parser.dispose();
    expect(worker.terminated).toBe(true);
  });

  it("terminates the worker after a complete import too", async () => {
    const worker = new FakeWorker();
    mockWorkers.push(worker);
    const g = globalThis as { Worker?: unknown };
    g.Worker = FakeWorker;
    try {
      const result = await importFiles([{ name: "a.xlsx", bytes: exampleBytes() }]);
      expect(result.cancelled).toBe(false);
      expect(result.sources[0].grids.length).toBeGreaterThan(0);
      expect(worker.received).toEqual(["a.xlsx"]);
      expect(worker.terminated).toBe(true);
    } finally {
      delete g.Worker;
    }
  });
});

describe("a worker that dies on a hostile file", () => {
  /** Parses like the real one, but dies (as on running out of memory) on the files named. */
  class DyingWorker extends FakeWorker {
    constructor(private readonly diesOn: string) {
      super();
    }
    override postMessage(message: ParseRequest, transfer: Transferable[]): void {
      if (message.name !== this.diesOn) return super.postMessage(message, transfer);
      this.received.push(message.name);
      setTimeout(() => this.onerror?.({ message: "Out of memory", preventDefault: () => undefined } as ErrorEvent), 0);
    }
  }

  it("costs that file only: the files before are kept, the next ones go to a fresh worker, never the main thread", async () => {
    // a hostile file kills any worker it is sent to
    const first = new DyingWorker("bomb.xlsx");
    const second = new DyingWorker("bomb.xlsx");
    const third = new FakeWorker();
    mockWorkers.push(first, second, third);
    const g = globalThis as { Worker?: unknown };
    g.Worker = FakeWorker;
    try {
      const result = await importFiles(
        ["a.xlsx", "bomb.xlsx", "c.xlsx"].map((name) => ({ name, bytes: exampleBytes() })),
        { parse: undefined },
      );
      expect(result.sources.map((s) => [s.file, s.grids.length > 0, s.findings.map((f) => f.code)])).toEqual([
        ["a.xlsx", true, []],
        ["bomb.xlsx", false, ["file-unreadable"]],
        ["c.xlsx", true, []],
      ]);
      // c.xlsx was in flight beside the bomb: parsed again, alone, after the bomb killed a worker alone
      expect(first.received).toEqual(["a.xlsx", "bomb.xlsx", "c.xlsx"]);
      expect(second.received).toEqual(["bomb.xlsx"]);
      expect(third.received).toEqual(["c.xlsx"]);
    } finally {
      delete g.Worker;
      mockWorkers.length = 0;
    }
  });
});
