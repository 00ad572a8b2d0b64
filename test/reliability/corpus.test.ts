/**
 * The bad-input corpus (test/fixtures/bad-inputs, written by scripts/make-bad-inputs.ts) through the
 * exceljs reader, the engine and the command line: nothing throws, every expected problem is reported
 * with its file, sheet and cell, good rows are still scored, inputs are never written, and text that
 * looks like a formula comes out of the summary as text.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { FORMULA_LIKE_NAMES } from "../../scripts/bad-inputs/cases-text";
import { makeBadInputs } from "../../scripts/make-bad-inputs";
import { main } from "../../src/cli/main";
import { type Analysis, analyze } from "../../src/core/analyze";
import type { Problem } from "../../src/core/problems";
import { parseSettings } from "../../src/core/settings";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { CORPUS_DIR, FORMULA_LIKE, corpusFiles, sha256 } from "./corpus-support";

/**
 * Engine gaps the corpus reveals. Each entry names the check of its file that is NOT asserted, and
 * `stillAGap` confirms the wrong behaviour is still there: when the engine is fixed, the test fails
 * and this list must shrink.
 */
const KNOWN_GAPS: Array<{ file: string; check: "minScored"; why: string; stillAGap: (a: Analysis) => boolean }> = [];

const settings = parseSettings({});
const cases = corpusFiles();
const scoredCount = (a: Analysis): number =>
  a.returns.reduce((n, r) => n + r.ret.indicators.filter((i) => i.achievement !== null).length, 0);
const gapFor = (file: string) => KNOWN_GAPS.find((g) => g.file === file);

function expectNamed(problem: Problem): void {
  if (problem.file) expect(problem.message).toContain(`Tệp ${problem.file}`);
  else expect(problem.code).toBe("no-returns"); // the only problem about the run, not a file
  if (problem.sheet) expect(problem.message).toContain(`trang “${problem.sheet}”`);
  if (problem.cell) expect(problem.message).toContain(`ô ${problem.cell}`);
}

describe("the bad-input corpus", () => {
  test("has at least 40 workbooks, each with expectations, and every known gap names a corpus file", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".xlsx"))).toHaveLength(cases.length);
    for (const gap of KNOWN_GAPS) expect(cases.map((c) => c.file)).toContain(gap.file);
  });

  test("the committed files are exactly what the generator writes (deterministic, byte-stable)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-inputs-"));
    try {
      const written = await makeBadInputs(dir);
      expect(written).toHaveLength(cases.length);
      for (const c of cases) {
        expect(readFileSync(join(dir, c.file)).equals(readFileSync(c.path))).toBe(true);
        expect(readFileSync(join(dir, c.file.replace(/\.xlsx$/, ".expect.json")), "utf8")).toBe(
          readFileSync(c.path.replace(/\.xlsx$/, ".expect.json"), "utf8"),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(cases)("$file", ({ file, path, expect: expected }) => {
  let analysis: Analysis;
  let before: string;

  beforeAll(async () => {
    before = sha256(path);
    const source = await readWorkbookFile(path);
    analysis = analyze([{ file, grids: source.grids, findings: source.findings }], settings);
  });

  test("reports every expected problem with its file, sheet and cell", () => {
    for (const want of expected.problems) {
      expect(analysis.problems).toContainEqual(
        expect.objectContaining({ file, code: want.code, sheet: want.sheet, cell: want.cell }),
      );
    }
  });

  test("every problem's message names its file, sheet and cell", () => {
    for (const problem of analysis.problems) expectNamed(problem);
  });

  test("the good rows are still scored, and the exit code is as expected", () => {
    const gap = gapFor(file);
    if (gap) expect(gap.stillAGap(analysis)).toBe(true);
    else expect(scoredCount(analysis)).toBeGreaterThanOrEqual(expected.minScored);
    expect(analysis.returns.length === 0 ? 1 : 0).toBe(expected.exitCode);
  });

  test("the input file is byte-identical afterwards", () => {
    expect(sha256(path)).toBe(before);
  });
});

describe("the command line over the whole corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "bad-inputs-cli-"));
  const out = join(dir, "tong-hop.xlsx");
  const json = join(dir, "tong-hop.json");
  let code: number;
  let stderr = "";
  let before: Map<string, string>;

  beforeAll(async () => {
    before = new Map(cases.map((c) => [c.path, sha256(c.path)]));
    code = await main(["summarize", CORPUS_DIR, "--out", out, "--json", json], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("exits 0, leaves every input untouched and reports every expected problem in the JSON", () => {
    expect(code).toBe(0);
    for (const c of cases) expect(sha256(c.path)).toBe(before.get(c.path));
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      problems: Array<{ file: string; code: string; sheet: string; cell: string }>;
    };
    for (const c of cases)
      for (const want of c.expect.problems) {
        expect(report.problems).toContainEqual(
          expect.objectContaining({ file: c.file, code: want.code, sheet: want.sheet, cell: want.cell }),
        );
      }
    // stderr lists each problem by its message, which names the file
    for (const c of cases.filter((x) => x.expect.problems.length > 0)) expect(stderr).toContain(`Tệp ${c.file}`);
  });

  test("formula-like names come back from the summary workbook as text cells, never formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts = new Set<string>();
    let formulaLike = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) {
            for (const name of FORMULA_LIKE_NAMES) expect(cell.formula).not.toContain(name.replace(/^=/, ""));
          }
          if (typeof cell.value === "string") {
            texts.add(cell.value);
            if (FORMULA_LIKE.test(cell.value)) {
              formulaLike++;
              expect(cell.type).toBe(ExcelJS.ValueType.String);
            }
          }
        }),
      ),
    );
    expect(formulaLike).toBeGreaterThanOrEqual(FORMULA_LIKE_NAMES.length);
    for (const name of FORMULA_LIKE_NAMES) expect([...texts].some((t) => t.includes(name.trim()))).toBe(true);
  });
});
