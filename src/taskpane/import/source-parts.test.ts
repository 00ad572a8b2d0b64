// The pane's split analysis (each source's part made as it arrives, in any order, kept while the
// expected areas change, then one consolidation) gives exactly the Analysis of one analyze call.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { type SourceWorkbook, analyze } from "../../core/analyze";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { readWorkbookBuffer } from "../../files/read-workbook-buffer";
import { WORKBOOK_FILE } from "../components/pane-logic";
import { analyzeContained, partContained, partSoon } from "./contain";
import { SourceParts } from "./source-parts";

const ROOT = join(__dirname, "..", "..", "..");
const read = (dir: string, name: string): Promise<SourceWorkbook> =>
  readWorkbookBuffer(readFileSync(join(ROOT, dir, name)), name);

let sources: SourceWorkbook[] = [];
let scan: { grids: SourceWorkbook["grids"]; findings: SourceWorkbook["findings"] };

beforeAll(async () => {
  const examples = readdirSync(join(ROOT, "examples")).filter((n) => /\.xlsx?$/.test(n));
  // the bad-input corpus: files nobody here designed the split for
  const bad = readdirSync(join(ROOT, "test", "fixtures", "bad-inputs")).filter((n) => n.endsWith(".xlsx"));
  sources = [
    ...(await Promise.all(examples.map((n) => read("examples", n)))),
    ...(await Promise.all(bad.map((n) => read(join("test", "fixtures", "bad-inputs"), n)))),
  ];
  const own = await read("examples", "xa-tram-tau.xlsx");
  scan = { grids: own.grids, findings: [] };
});

/** What the pane showed before the split: one analyze over the workbook's own and every import. */
const whole = (imported: SourceWorkbook[], settings: Settings) =>
  analyze([{ file: WORKBOOK_FILE, grids: scan.grids, findings: scan.findings }, ...imported], settings);

const areaNames = ["Xã Trạm Tấu", "xã Bản Công", "Xã Tà Xi Láng", "Phường Không Có", "Xã A"];

describe("the pane's analysis in parts", () => {
  it("equals one analyze call, whatever the sources, the order parts are made in and the expected areas", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          Array.from({ length: sources.length }, (_, i) => i),
          { minLength: 0, maxLength: 12 },
        ),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.array(fc.constantFrom(...areaNames), { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Settings["language"]>("vi", "en"),
        (picked, early, expectedLists, language) => {
          const imported = picked.map((i) => sources[i]);
          const parts = new SourceParts();
          const base: Settings = { ...DEFAULT_SETTINGS, language };
          // some parts made early, in an order of their own (as files arrive), the rest on demand
          for (const k of early) if (imported.length > 0) partContained(parts, imported[k % imported.length], base);
          for (const expectedAreas of expectedLists) {
            const settings = { ...base, expectedAreas };
            expect(analyzeContained(scan, imported, settings, parts)).toEqual(whole(imported, settings));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("parts made under other settings are not reused: switching language re-reads every return", () => {
    const imported = sources.slice(0, 6);
    const parts = new SourceParts();
    const vi = { ...DEFAULT_SETTINGS, language: "vi" as const };
    const en = { ...DEFAULT_SETTINGS, language: "en" as const };
    analyzeContained(scan, imported, vi, parts);
    const english = analyzeContained(scan, imported, en, parts);
    expect(english).toEqual(whole(imported, en));
    expect(english.problems.map((p) => p.message)).not.toEqual(whole(imported, vi).problems.map((p) => p.message));
  });

  it("a part is made once per source: editing the expected areas does not re-read the returns", () => {
    const imported = sources.slice(0, 4);
    const parts = new SourceParts();
    const first = analyzeContained(scan, imported, DEFAULT_SETTINGS, parts);
    const again = analyzeContained(scan, imported, { ...DEFAULT_SETTINGS, expectedAreas: ["Xã A"] }, parts);
    // the very same scored returns, not equal copies
    expect(again.returns.map((r) => r.ret)).toEqual(first.returns.map((r) => r.ret));
    again.returns.forEach((r, i) => expect(r.ret).toBe(first.returns[i].ret));
  });

  it("partSoon makes the part in a later task, not during the call", async () => {
    jest.useFakeTimers();
    try {
      const parts = new SourceParts();
      partSoon(parts, sources[0], DEFAULT_SETTINGS);
      expect(parts.has(sources[0], DEFAULT_SETTINGS)).toBe(false);
      jest.runAllTimers();
      expect(parts.has(sources[0], DEFAULT_SETTINGS)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
