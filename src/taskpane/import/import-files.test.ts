import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze } from "../../core/analyze";
import type { SourceWorkbook } from "../../core/analyze";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { readWorkbookFile } from "../../files/read-workbook";
import { type ImportFile, importFiles } from "./import-files";

const examplesDir = resolve(__dirname, "..", "..", "..", "examples");
const examplePaths = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .map((name) => join(examplesDir, name));

/** The file's bytes as a fresh ArrayBuffer, as a browser File.arrayBuffer() gives them. */
function arrayBufferOf(path: string): ArrayBuffer {
  const buffer = readFileSync(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

const named = (...names: string[]): ImportFile[] => names.map((name) => ({ name, bytes: new ArrayBuffer(4) }));
const fakeSource = (file: string): SourceWorkbook => ({ file, grids: [], findings: [] });

describe("importFiles with a given parse function", () => {
  it("parses every file in order and reports progress after each one", async () => {
    const events: string[] = [];
    const result = await importFiles(named("a.xlsx", "b.xlsx", "c.xlsx"), {
      parse: async (name) => {
        events.push(`parse ${name}`);
        return fakeSource(name);
      },
      onProgress: (done, total, file) => events.push(`progress ${done}/${total} ${file}`),
    });
    expect(result.cancelled).toBe(false);
    expect(result.sources.map((s) => s.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(events).toEqual([
      "parse a.xlsx",
      "progress 1/3 a.xlsx",
      "parse b.xlsx",
      "progress 2/3 b.xlsx",
      "parse c.xlsx",
      "progress 3/3 c.xlsx",
    ]);
  });

  it("parses one file at a time", async () => {
    let running = 0;
    let most = 0;
    await importFiles(named("a", "b", "c", "d"), {
      parse: async (name) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 1));
        running--;
        return fakeSource(name);
      },
    });
    expect(most).toBe(1);
  });

  it("stops between files when cancelled and parses nothing more", async () => {
    const controller = new AbortController();
    const parsed: string[] = [];
    const result = await importFiles(named("a", "b", "c", "d"), {
      signal: controller.signal,
      parse: async (name) => {
        parsed.push(name);
        return fakeSource(name);
      },
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(parsed).toEqual(["a", "b"]);
    expect(result.sources.map((s) => s.file)).toEqual(["a", "b"]);
  });

  it("returns at once when cancelled in the middle of a file, dropping that file", async () => {
    const controller = new AbortController();
    const parsed: string[] = [];
    let release: () => void = () => undefined;
    const resultPromise = importFiles(named("a", "b", "c"), {
      signal: controller.signal,
      parse: (name) => {
        parsed.push(name);
        if (name === "a") return Promise.resolve(fakeSource(name));
        return new Promise((resolveParse) => {
          release = () => resolveParse(fakeSource(name));
        });
      },
    });
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const result = await resultPromise;
    release();
    expect(result).toEqual({ sources: [fakeSource("a")], cancelled: true });
    expect(parsed).toEqual(["a", "b"]);
  });

  it("does not parse anything when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const parse = jest.fn(async (name: string) => fakeSource(name));
    const result = await importFiles(named("a"), { signal: controller.signal, parse });
    expect(result).toEqual({ sources: [], cancelled: true });
    expect(parse).not.toHaveBeenCalled();
  });

  it("turns a parse that throws (or rejects) into a file-unreadable finding and goes on", async () => {
    const result = await importFiles(named("bad-sync", "bad-async", "good"), {
      parse: (name) => {
        if (name === "bad-sync") throw new Error("boom");
        if (name === "bad-async") return Promise.reject(new Error("zip end of central directory not found"));
        return Promise.resolve(fakeSource(name));
      },
    });
    expect(result.cancelled).toBe(false);
    expect(result.sources).toEqual([
      {
        file: "bad-sync",
        grids: [],
        findings: [
          {
            sheet: "",
            cell: "",
            severity: "error",
            code: "file-unreadable",
            params: { reason: "damaged", detail: "boom" },
          },
        ],
      },
      {
        file: "bad-async",
        grids: [],
        findings: [
          {
            sheet: "",
            cell: "",
            severity: "error",
            code: "file-unreadable",
            params: { reason: "damaged", detail: "zip end of central directory not found" },
          },
        ],
      },
      fakeSource("good"),
    ]);
  });
});

describe("importFiles with the default parser (main thread here: Node has no Worker)", () => {
  it("has the seven committed examples to read", () => {
    expect(examplePaths).toHaveLength(7);
  });

  it("reads the examples and analyzes them to the same result as the command line's reader", async () => {
    const progress: Array<[number, number, string]> = [];
    const imported = await importFiles(
      examplePaths.map((path) => ({ name: path, bytes: arrayBufferOf(path) })),
      { onProgress: (done, total, file) => progress.push([done, total, file]) },
    );
    expect(imported.cancelled).toBe(false);
    expect(progress).toEqual(examplePaths.map((path, i) => [i + 1, 7, path]));

    const fromCli = await Promise.all(examplePaths.map((path) => readWorkbookFile(path)));
    expect(imported.sources).toEqual(fromCli);

    const pane = analyze(imported.sources, DEFAULT_SETTINGS);
    const cli = analyze(fromCli, DEFAULT_SETTINGS);
    expect(pane.returns.length).toBeGreaterThanOrEqual(7);
    expect(pane.returns).toEqual(cli.returns);
    expect(pane.consolidation).toEqual(cli.consolidation);
    expect(pane.problems).toEqual(cli.problems);
  });

  it("gives a corrupt buffer a file-unreadable finding, never an exception", async () => {
    const good = arrayBufferOf(examplePaths[0]);
    // a zip signature followed by garbage: exceljs fails inside the zip reader
    const corrupt = new Uint8Array(200);
    corrupt.set([0x50, 0x4b, 0x03, 0x04]);
    corrupt.fill(7, 4);
    const result = await importFiles([
      { name: "hong.xlsx", bytes: corrupt.buffer },
      { name: "rong.xlsx", bytes: new ArrayBuffer(0) },
      { name: "ok.xlsx", bytes: good },
    ]);
    expect(result.sources).toHaveLength(3);
    expect(result.sources[0]).toMatchObject({ file: "hong.xlsx", grids: [] });
    expect(result.sources[0].findings).toEqual([
      expect.objectContaining({ code: "file-unreadable", severity: "error" }),
    ]);
    expect(result.sources[1].findings).toEqual([
      expect.objectContaining({ code: "file-unreadable", params: { reason: "empty file" } }),
    ]);
    expect(result.sources[2].grids.length).toBeGreaterThan(0);
    const analysis = analyze(result.sources, DEFAULT_SETTINGS);
    expect(analysis.problems.filter((p) => p.code === "file-unreadable").map((p) => p.file)).toEqual([
      "hong.xlsx",
      "rong.xlsx",
    ]);
  });
});

describe("importFiles' progress where the browser paints in frames", () => {
  it("reports at most once per animation frame, and always the last file", async () => {
    const frames: FrameRequestCallback[] = [];
    const g = globalThis as { requestAnimationFrame?: (cb: FrameRequestCallback) => number };
    g.requestAnimationFrame = (cb) => frames.push(cb);
    try {
      const events: string[] = [];
      const names = ["a", "b", "c", "d", "e"];
      const running = importFiles(named(...names), {
        parse: async (name) => {
          // a frame passes after the third file only
          if (name === "d") frames.splice(0).forEach((cb) => cb(0));
          return fakeSource(name);
        },
        onProgress: (done, total, file) => events.push(`${done}/${total} ${file}`),
      });
      const result = await running;
      expect(result.sources).toHaveLength(5);
      expect(events).toEqual(["3/5 c", "5/5 e"]);
    } finally {
      delete g.requestAnimationFrame;
    }
  });
});
