/**
 * The summary table shows only what a leader can sign (issue 15): no % for a figure the program
 * doubts, no "0,0%" for a count that should not happen, no negative %; the words instead, in both
 * languages, on the return sheet (table and lagging list) and on the consolidated sheet. And every %
 * the plan writes is a number with a % format (shown in the reader's locale), never "50.0%" as text.
 */
import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Analysis, analyze, summarizeReturn } from "../analyze";
import { BAND_IDS } from "../model";
import { parseSettings, type Settings } from "../settings";
import { scoreReturn } from "../scoring/score-return";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { readWorkbookFile } from "../../files/read-workbook";
import { makeExamples } from "../../../scripts/make-examples";
import { bandConditionalFormat } from "./band-rules";
import { buildSummaryPlan } from "./build-summary";
import { buildReturnSheet } from "./return-sheet";
import { buildStyles } from "./styles";
import { NO_PERCENT, mayNeedWords, tableVerdict, verdictStyleKey } from "./table-verdict";
import type { PlanCell, PlanSheet } from "./types";

const vi = parseSettings({});
const en = parseSettings({ language: "en" });

/** Columns of the return sheet: F % KH, G Đánh giá. */
const PCT = 6;
const BAND = 7;

function sheetOf(inputs: IndicatorInput[], settings: Settings = vi): PlanSheet {
  const ret = scoreReturn(
    { ...returnTable("Xã Làng Nhì", inputs), period: "6 tháng đầu năm 2022" },
    settings,
    "x.xlsx",
  );
  return buildReturnSheet(summarizeReturn(ret, settings), settings, { name: "KQ", linkTo: "summary" });
}

/** The table rows (below the repeated header) and the lagging-list rows of the indicator named `name`. */
function rowsNamed(sheet: PlanSheet, name: string): { table: number; list: number | null } {
  const header = sheet.page.printTitleRows!.from;
  const rows = sheet.cells.filter((c) => c.col === 2 && c.value === name).map((c) => c.row);
  return { table: rows.find((r) => r > header)!, list: rows.find((r) => r < header) ?? null };
}

const cell = (sheet: PlanSheet, row: number, col: number): PlanCell | undefined =>
  sheet.cells.find((c) => c.row === row && c.col === col);

describe("a figure the program doubts shows no % in the table", () => {
  const popGrowth: IndicatorInput = { name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 };

  it("a dash in the % cell, 'Cần kiểm tra số liệu' in the band cell, no band colour; in the list too", () => {
    const sheet = sheetOf([popGrowth, { name: "Thu ngân sách", unit: "triệu đồng", plan: 30, actual: 33 }]);
    const { table, list } = rowsNamed(sheet, "Tỷ lệ tăng dân số tự nhiên");
    for (const row of [table, list!]) {
      expect(cell(sheet, row, PCT)).toMatchObject({ value: NO_PERCENT, style: "verdict-check" });
      expect(cell(sheet, row, PCT)!.formula).toBeUndefined();
      expect(cell(sheet, row, BAND)).toMatchObject({ value: "Cần kiểm tra số liệu", style: "verdict-check" });
      expect(cell(sheet, row, BAND)!.formula).toBeUndefined(); // no formula to rename it a band
    }
    expect(buildStyles(vi)["verdict-check"].fill).toBeUndefined();
    // the plainly scored row keeps its % and band formula
    const ok = rowsNamed(sheet, "Thu ngân sách").table;
    expect(cell(sheet, ok, PCT)!.value).toBeCloseTo(1.1);
    expect(cell(sheet, ok, BAND)!.formula).toMatch(/^IF\(ISNUMBER\(F\d+\)/);
  });

  it("in English: 'Figure needs checking'", () => {
    const sheet = sheetOf([popGrowth], en);
    const { table } = rowsNamed(sheet, "Tỷ lệ tăng dân số tự nhiên");
    expect(cell(sheet, table, BAND)!.value).toBe("Figure needs checking");
    expect(cell(sheet, table, PCT)!.value).toBe(NO_PERCENT);
  });

  it("any 10× slip, up or down, never shows its % (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 10, max: 80 }), fc.boolean(), (plan, k, over) => {
        const actual = over ? plan * k : plan / k;
        const sheet = sheetOf([{ name: "Thu ngân sách trên địa bàn", unit: "triệu đồng", plan, actual }]);
        const { table } = rowsNamed(sheet, "Thu ngân sách trên địa bàn");
        return (
          cell(sheet, table, PCT)!.value === NO_PERCENT && cell(sheet, table, BAND)!.value === "Cần kiểm tra số liệu"
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe("a count that should not happen, plan 0", () => {
  it("says what happened, in the band's colour (a miss), never '0,0%'", () => {
    const sheet = sheetOf([{ name: "Số vụ tảo hôn", unit: "vụ", plan: 0, actual: 2 }]);
    const { table, list } = rowsNamed(sheet, "Số vụ tảo hôn");
    for (const row of [table, list!]) {
      expect(cell(sheet, row, PCT)!.value).toBe(NO_PERCENT);
      expect(cell(sheet, row, BAND)).toMatchObject({
        value: "Xảy ra 2 vụ (KH: không để xảy ra)",
        style: verdictStyleKey("low"),
      });
    }
    expect(buildStyles(vi)[verdictStyleKey("low")].fill).toBe(vi.colours.low);
    const english = sheetOf([{ name: "Số vụ cháy rừng", unit: "vụ", plan: 0, actual: 1 }], en);
    expect(cell(english, rowsNamed(english, "Số vụ cháy rừng").table, BAND)!.value).toBe("1 vụ occurred (plan: none)");
  });

  it("none happened: met, the % as usual", () => {
    const sheet = sheetOf([{ name: "Số vụ tảo hôn", unit: "vụ", plan: 0, actual: 0 }]);
    const { table } = rowsNamed(sheet, "Số vụ tảo hôn");
    expect(cell(sheet, table, PCT)!.value).toBe(1);
    expect(cell(sheet, table, BAND)!.value).toBe("Đạt, vượt kế hoạch");
  });
});

describe("a negative achievement is said in words", () => {
  it("a reduction that rose: 'Tăng 0,5 thay vì giảm', no '-12,5%'", () => {
    const sheet = sheetOf([{ name: "Giảm tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: -0.5 }]);
    const { table } = rowsNamed(sheet, "Giảm tỷ lệ hộ nghèo");
    expect(cell(sheet, table, PCT)!.value).toBe(NO_PERCENT);
    expect(cell(sheet, table, BAND)!.value).toBe("Tăng 0,5 thay vì giảm");
    expect(tableVerdict({ ...reduction, actualValue: -0.5 }, "en")!.text).toBe("Rose by 0.5 instead of falling");
  });
  const reduction = {
    direction: "up" as const,
    reduction: true,
    unit: "%",
    planValue: 4,
    actualValue: -0.5,
    achievement: -12.5,
    band: "low" as const,
    flags: [],
  };
});

describe("the quick check before the words", () => {
  it("never skips a row the words are for (property)", () => {
    const figure = fc.option(fc.oneof(fc.constant(0), fc.double({ min: -50, max: 500, noNaN: true })), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          direction: fc.constantFrom("up" as const, "down" as const),
          reduction: fc.boolean(),
          unit: fc.option(fc.constantFrom("vụ", "%", "hộ"), { nil: null }),
          planValue: figure,
          actualValue: figure,
          achievement: fc.option(fc.double({ min: -200, max: 300, noNaN: true }), { nil: null }),
          band: fc.constantFrom(...BAND_IDS),
          flags: fc.subarray(["lagging", "priority", "suspect-unit", "regressed"] as const),
        }),
        fc.constantFrom("vi" as const, "en" as const),
        (facts, lang) =>
          tableVerdict(facts, lang) === null || mayNeedWords(facts.flags, facts.planValue, facts.achievement),
      ),
      { numRuns: 300 },
    );
  });
});

describe("the band rule for 'not evaluated' leaves a worded % cell alone", () => {
  it("paints grey only where the % cell is empty", () => {
    const format = bandConditionalFormat({ top: 5, left: 6, bottom: 9, right: 7 }, "F", "G", vi);
    const none = format.rules.find((r) => r.band === "none")!;
    expect(none.formula).toBe("AND(LEN($F5)=0,LEN($G5)>0)");
    // the scored rules need a number: a dash matches none of them
    for (const rule of format.rules.filter((r) => r.band !== "none")) expect(rule.formula).toContain("ISNUMBER($F5)");
  });
});

describe("the demo's summary", () => {
  let analysis: Analysis;
  let english: Analysis;
  beforeAll(async () => {
    const files = await makeExamples(mkdtempSync(join(tmpdir(), "table-verdict-")));
    const sources = [];
    for (const file of files) sources.push(await readWorkbookFile(file));
    analysis = analyze(sources, vi);
    english = analyze(sources, en);
  });

  it("the consolidated sheet words the total and each unit's figure", () => {
    const sheet = buildSummaryPlan(analysis, vi).sheets[0];
    const header = sheet.page.printTitleRows!.from;
    const row = (name: string) => sheet.cells.find((c) => c.col === 2 && c.value === name && c.row > header)!.row;
    const marriage = row("Số vụ tảo hôn");
    expect(cell(sheet, marriage, 7)!.value).toBe(NO_PERCENT);
    expect(String(cell(sheet, marriage, 8)!.value)).toMatch(/^Xảy ra \d+ vụ \(KH: không để xảy ra\)$/);
    const units = sheet.cells.filter((c) => c.row === marriage && c.col >= 10 && c.col < sheet.columnWidths.length);
    expect(units.some((c) => /^Xảy ra \d+$/.test(String(c.value)))).toBe(true);
    expect(units.some((c) => typeof c.value === "number" && c.value === 0)).toBe(false); // no 0,0%
    const growth = row("Tỷ lệ tăng dân số tự nhiên");
    expect(cell(sheet, growth, 8)).toMatchObject({ value: "Cần kiểm tra số liệu", style: "verdict-check" });
    expect(sheet.cells.some((c) => c.row === growth && c.value === "Kiểm tra")).toBe(true);
  });

  it("every % is a number with a % format or a worded cell; no text looks like a % figure (vi and en)", () => {
    for (const [settings, made] of [
      [vi, analysis],
      [en, english],
    ] as const) {
      const plan = buildSummaryPlan(made, settings);
      for (const sheet of plan.sheets)
        for (const c of sheet.cells) {
          const format = c.style ? plan.styles[c.style]?.numberFormat : undefined;
          if (format?.includes("%"))
            expect(c.value === null || c.value === "" || typeof c.value === "number").toBe(true);
          if (typeof c.value !== "string") continue;
          // a % figure as text ("50.0%", "2,6%") shows in one locale only; words may name a threshold ("70%")
          expect(c.value).not.toMatch(/^\s*[-−]?\d+([.,]\d+)?\s*%\s*$/);
          if (settings.language === "vi") expect(c.value).not.toMatch(/\d\.\d+\s?%/);
          if (settings.language === "en") expect(c.value).not.toMatch(/\d,\d+\s?%/);
        }
    }
  });

  it("each band has a worded style (verdicts follow the band colours)", () => {
    const styles = buildStyles(vi);
    for (const band of BAND_IDS) expect(styles[verdictStyleKey(band)].fill).toBe(vi.colours[band]);
  });
});
