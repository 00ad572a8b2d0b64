import fc from "fast-check";
import { localizeProblem } from "../i18n/messages";
import type { ScoredReturn } from "../model";
import { DEFAULT_SETTINGS, parseSettings } from "../settings";
import { scoreReturn } from "../scoring/score-return";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { consolidate } from "./consolidate";
import { isMajority } from "./missing-indicators";

const scored = (area: string, inputs: IndicatorInput[]): ScoredReturn =>
  scoreReturn(returnTable(area, inputs), DEFAULT_SETTINGS, `${area}.xlsx`);
const row = (name: string, extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  name,
  unit: "ha",
  plan: 10,
  actual: 9,
  ...extra,
});
const missingOf = (returns: ScoredReturn[], settings = DEFAULT_SETTINGS) =>
  consolidate(returns, settings).findings.filter((f) => f.code === "indicator-missing");

describe("missing indicators: only what most units report, one line per unit", () => {
  it("more than half of the units that sent a return: 3 of 5 yes, 2 of 4 no", () => {
    expect([isMajority(3, 5), isMajority(2, 4), isMajority(1, 2), isMajority(2, 3), isMajority(0, 0)]).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it("a sub-row only one unit has warns nobody; one unit lacking several gets one grouped line", () => {
    const full = ["Diện tích lúa", "Tổng đàn gia súc", "Thu ngân sách"].map((n) => row(n));
    const returns = [
      scored("Xã A", [...full, row("- hộ cận nghèo", { parent: 0 })]),
      scored("Xã B", full),
      scored("Xã C", full),
      scored("Xã Túc Đán", [full[0]]),
    ];
    const findings = missingOf(returns);
    expect(findings).toEqual([
      {
        file: "Xã Túc Đán.xlsx",
        sheet: "Xã Túc Đán",
        cell: "",
        severity: "warning",
        code: "indicator-missing",
        params: { area: "Xã Túc Đán", count: 2, names: "“Tổng đàn gia súc”, “Thu ngân sách”" },
      },
    ]);
    expect(localizeProblem(findings[0], "", "vi").message).toBe(
      "Tệp Xã Túc Đán.xlsx, trang “Xã Túc Đán”: Xã Túc Đán thiếu 2 chỉ tiêu mà đa số các đơn vị có: “Tổng đàn gia súc”, “Thu ngân sách”.",
    );
    expect(localizeProblem(findings[0], "", "en").message).toBe(
      "File Xã Túc Đán.xlsx, sheet “Xã Túc Đán”: Xã Túc Đán lacks 2 indicators that most units report: “Tổng đàn gia súc”, “Thu ngân sách”.",
    );
  });

  it("one missing indicator reads as one; with two returns nothing is ever missing", () => {
    const a = scored("Xã A", [row("Lúa"), row("Ngô")]);
    const b = scored("Xã B", [row("Lúa"), row("Ngô")]);
    const c = scored("Xã C", [row("Lúa")]);
    const [one] = missingOf([a, b, c]);
    expect(localizeProblem(one, "", "vi").message).toContain("Xã C thiếu chỉ tiêu “Ngô” mà đa số các đơn vị có.");
    expect(localizeProblem(one, "", "en").message).toContain("Xã C lacks the indicator “Ngô” that most units report.");
    expect(missingOf([a, c])).toEqual([]);
  });

  it("a missing sub-row under a parent the unit also lacks is named by its parent", () => {
    const herd = [row("Tổng đàn gia súc"), row("- Đàn trâu", { parent: 1 }), row("- Đàn bò", { parent: 1 })];
    const others = [row("Lúa"), ...herd]; // the sub-rows' parent is row 1, "Tổng đàn gia súc"
    const returns = [scored("Xã A", others), scored("Xã B", others), scored("Xã Pá Lau", [row("Lúa")])];
    const [finding] = missingOf(returns);
    expect(finding.params).toEqual({ area: "Xã Pá Lau", count: 1, names: "“Tổng đàn gia súc” (cả 2 dòng chi tiết)" });
    const en = missingOf(returns, parseSettings({ language: "en" }));
    expect(en[0].params?.names).toBe("“Tổng đàn gia súc” (and its 2 sub-rows)");
    // a unit that has the parent but not its sub-rows is told about the sub-rows
    const partial = missingOf([scored("Xã A", others), scored("Xã B", others), scored("Xã C", [row("Lúa"), herd[0]])]);
    expect(partial[0].params).toMatchObject({ area: "Xã C", count: 2, names: "“Đàn trâu”, “Đàn bò”" });
  });

  it("a row one return repeats is its own problem and makes nobody else miss it", () => {
    const base = [row("Lúa"), row("Thu ngân sách trên địa bàn", { code: "7" })];
    const repeated = [...base, row("Thu ngân sách trên địa bàn", { code: "8", actual: 29 })];
    const returns = [scored("Xã Phình Hồ", repeated), scored("Xã B", base), scored("Xã C", base), scored("Xã D", base)];
    const result = consolidate(returns, DEFAULT_SETTINGS);
    expect(result.findings.filter((f) => f.code === "indicator-missing")).toEqual([]);
    const budget = result.indicators.filter((i) => i.name === "Thu ngân sách trên địa bàn");
    expect(budget).toHaveLength(1);
    expect(budget[0]).toMatchObject({ reported: 4, actual: 36 }); // the first row's 9, not the repeat's 29
  });
});

describe("missing indicators: property over any pattern of who reports what", () => {
  const names = ["Lúa", "Ngô", "Sắn", "Thu ngân sách", "Số hộ nghèo", "Tổng số hộ"];
  it("each unit's line lists exactly the indicators more than half the units have and it lacks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }), {
          minLength: 2,
          maxLength: 7,
        }),
        (matrix) => {
          const present = matrix.map((has) => (has.some(Boolean) ? has : has.map((_, i) => i === 0)));
          const returns = present.map((has, u) =>
            scored(
              `Xã ${u + 1}`,
              names.filter((_, i) => has[i]).map((n) => row(n)),
            ),
          );
          const byArea = new Map(missingOf(returns).map((f) => [f.params?.area, f.params?.names]));
          present.forEach((has, u) => {
            const expected = names.filter(
              (_, i) => !has[i] && isMajority(present.filter((h) => h[i]).length, present.length),
            );
            const line = byArea.get(`Xã ${u + 1}`);
            // in the consolidated table's order (first appearance), so compared as sets
            if (expected.length === 0) expect(line).toBeUndefined();
            else expect(String(line).split(", ").sort()).toEqual(expected.map((n) => `“${n}”`).sort());
          });
        },
      ),
    );
  });
});
