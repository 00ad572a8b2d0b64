/**
 * The command line's .xlsx opens in Excel without a repair prompt: every XML part of the demo's
 * summary and of the summaries of the bad-input corpus validates against the ISO/IEC 29500 schemas
 * (../shared/ooxml-xsd, after markup compatibility), and none breaks a limit the schemas cannot
 * express (formula text constants, cell text, sheet and defined names). A broken part is caught.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/grid";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { writePlanSheetsFile } from "../../src/files/plan-file-writer";
import { writePlanFile } from "../../src/files/write-plan";
import { templateWorkbook } from "../../src/core/templates/blank-return";
import { hostilePlan } from "../support/hostile-plan";
import { main } from "../../src/cli/main";
import { packageProblems } from "../support/ooxml-check";
import { corpusFiles } from "./corpus-support";

const EXAMPLES = resolve(__dirname, "../../examples");
const dir = mkdtempSync(join(tmpdir(), "ooxml-valid-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = { stdout: () => undefined, stderr: () => undefined };

/** The CLI's summary of `inputs`, as bytes (null when nothing was written). */
async function summarize(inputs: string[], name: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  const out = join(dir, name);
  const code = await main(["summarize", ...inputs, "--out", out, "--quiet"], quiet);
  return code === 0 ? { name, bytes: readFileSync(out) } : null;
}

let demo: { name: string; bytes: Uint8Array };

beforeAll(async () => {
  // the demo (npm run demo): the examples folder summarised
  demo = (await summarize([EXAMPLES], "demo.xlsx"))!;
}, 60_000);

test("the demo's summary: every part validates, no limit is broken", async () => {
  expect(await packageProblems([demo])).toEqual([]);
});

test("the bad-input corpus: each file's summary and the whole corpus's, every part valid, no limit broken", async () => {
  const outputs = [];
  for (const c of corpusFiles()) {
    const out = await summarize([c.path], c.file);
    expect(out === null ? 1 : 0).toBe(c.expect.exitCode);
    if (out) outputs.push(out);
  }
  outputs.push(
    (await summarize(
      corpusFiles().map((c) => c.path),
      "whole-corpus.xlsx",
    ))!,
  );
  expect(outputs.length).toBe(corpusFiles().filter((c) => c.expect.exitCode === 0).length + 1);
  expect(await packageProblems(outputs)).toEqual([]);
}, 120_000);

test("generated returns (awkward area and indicator names, long texts): the summary is valid", async () => {
  const awkward = fc.constantFrom("Ia H'Drai", "[Mới]: A/B?", "'Đầu'", "Làng*Nhì\\", "=Xã", "history");
  const area = fc.oneof(awkward, fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }));
  const name = fc.oneof(
    fc.constantFrom('- Trong đó: nữ "mới"', "=SUM(A1)", "@x", "+84"),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((t) => `Chỉ tiêu ${t}`),
    fc.nat(2_000).map((n) => `Tỷ lệ hộ nghèo ${"rất dài ".repeat(n)}`),
  );
  const row = fc.tuple(name, fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 0, max: 1_200 }));
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(area, fc.array(row, { minLength: 3, maxLength: 6 })), { minLength: 1, maxLength: 3 }),
      async (returns) => {
        const sources = returns.map(([a, rows], i) => {
          const values: CellValue[][] = [
            [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ ${a}`, null, null, null, null],
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
            ...rows.map(([n, plan, actual], k): CellValue[] => [k + 1, n, "hộ", plan, actual]),
          ];
          return { file: `r${i}.xlsx`, grids: [{ sheet: a.slice(0, 31), top: 1, left: 1, values }], findings: [] };
        });
        const file = join(dir, `generated-${run++}.xlsx`);
        const analysis = analyze(sources, DEFAULT_SETTINGS);
        expect(analysis.returns).toHaveLength(returns.length);
        await writePlanFile(buildSummaryPlan(analysis, DEFAULT_SETTINGS), file);
        expect(await packageProblems([{ name: file, bytes: readFileSync(file) }])).toEqual([]);
      },
    ),
    { numRuns: 12 },
  );
}, 120_000);

test("the plan writer on a hostile plan and the templates, finished and streamed: every part valid", async () => {
  const outputs = [];
  for (const [name, plan] of [
    ["hostile", hostilePlan()],
    ["templates", templateWorkbook(DEFAULT_SETTINGS)],
  ] as const) {
    const finished = join(dir, `${name}-finished.xlsx`);
    await writePlanFile(plan, finished);
    const streamed = join(dir, `${name}-streamed.xlsx`);
    await writePlanSheetsFile(plan, plan.sheets, streamed); // the command line's way beyond 400 sheets
    for (const file of [finished, streamed]) outputs.push({ name: file, bytes: readFileSync(file) });
  }
  expect(await packageProblems(outputs)).toEqual([]);
}, 60_000);

describe("the check bites", () => {
  /** The demo with `part` changed by `edit`. */
  async function broken(part: string, edit: (xml: string) => string): Promise<string[]> {
    const zip = await JSZip.loadAsync(demo.bytes);
    zip.file(part, edit(await zip.file(part)!.async("string")));
    return packageProblems([{ name: "broken.xlsx", bytes: await zip.generateAsync({ type: "uint8array" }) }]);
  }

  test("an element out of the schema's order in a worksheet", async () => {
    const problems = await broken("xl/worksheets/sheet2.xml", (x) =>
      x.replace(/(<sheetData>)([\s\S]*?)(<\/sheetData>)(<mergeCells[\s\S]*?<\/mergeCells>)/, "$4$1$2$3"),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^broken\.xlsx: xl\/worksheets\/sheet2\.xml: .*mergeCells.*not expected/s),
    ]);
  });

  test("an attribute of a namespace that mc:Ignorable does not list", async () => {
    const problems = await broken("xl/worksheets/sheet2.xml", (x) => x.replace(/ mc:Ignorable="[^"]*"/, ""));
    expect(problems).toEqual([expect.stringMatching(/sheet2\.xml: .*dyDescent.*not allowed/s)]);
  });

  test("a print title whose sheet name's apostrophe is not doubled, and a sheet name Excel refuses", async () => {
    const problems = await broken("xl/workbook.xml", (x) =>
      x
        .replace(
          /<\/definedNames>/,
          `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Xã Ia H'Drai'!$9:$9</definedName></definedNames>`,
        )
        .replace(/name="Tổng hợp"/, 'name="Tổng: hợp"'),
    );
    expect(problems).toContainEqual(expect.stringMatching(/apostrophe that is not doubled|refers to no sheet/));
    expect(problems).toContainEqual(expect.stringContaining('sheet name "Tổng: hợp" holds one of'));
  });

  test("a formula text constant over 255 characters, a cell text over 32,767", async () => {
    const long = "x".repeat(300);
    const problems = await broken("xl/worksheets/sheet2.xml", (x) =>
      x.replace(/<f>HYPERLINK\(([^,]*),[^<]*<\/f>/, `<f>HYPERLINK($1,"${long}")</f>`),
    );
    expect(problems).toEqual([expect.stringContaining("a formula text constant of 300 characters (<f>)")]);
    const text = await broken("xl/sharedStrings.xml", (x) =>
      x.replace(/<si><t>[^<]*<\/t><\/si>/, `<si><t>${"y".repeat(40_000)}</t></si>`),
    );
    expect(text).toEqual([expect.stringContaining("a cell text of 40000 characters")]);
  });

  test("core properties with a date that is not W3CDTF, through the Dublin Core stand-ins", async () => {
    const problems = await broken("docProps/core.xml", (x) => x.replace(/(<dcterms:created[^>]*>)[^<]*/, "$1hôm qua"));
    expect(problems).toEqual([expect.stringMatching(/^broken\.xlsx: docProps\/core\.xml: .*created/s)]);
  });
});
