import { countByKind, kindsOf, needsReview, problemKind, problemKindLabel, PROBLEM_KINDS } from "./problem-kinds";
import type { ProblemCode } from "./problems";

describe("problem kinds", () => {
  it("cell errors, missing columns and doubtful figures need a review; the rest is for information", () => {
    const review = PROBLEM_KINDS.filter(needsReview);
    expect(review).toEqual(["unreadable", "cell", "column", "figure"]);
    const kinds = (codes: ProblemCode[]) => codes.map(problemKind);
    expect(kinds(["value-error", "value-not-number", "value-date"])).toEqual(["cell", "cell", "cell"]);
    expect(kinds(["sheet-no-plan-column", "sheet-no-actual-column"])).toEqual(["column", "column"]);
    expect(kinds(["suspect-unit", "negative-count", "percent-over-100", "duplicate-indicator"])).toEqual([
      "figure",
      "figure",
      "figure",
      "figure",
    ]);
    // worth knowing, nothing to fix in the return
    for (const code of ["sheet-percent-disagrees", "indicator-missing", "legacy-encoding", "rate-plain-mean"] as const)
      expect(needsReview(problemKind(code))).toBe(false);
  });

  it("counts by kind in display order, and names each kind in both languages", () => {
    const found = [
      { code: "indicator-missing" },
      { code: "value-error" },
      { code: "suspect-unit" },
      { code: "value-date" },
    ] as const;
    expect(countByKind(found)).toEqual([
      ["cell", 2],
      ["figure", 1],
      ["missing", 1],
    ]);
    expect(kindsOf(found).map((k) => problemKindLabel(k, "vi"))).toEqual([
      "Lỗi ô",
      "Cần xem số liệu",
      "Thiếu chỉ tiêu đa số đơn vị có",
    ]);
    expect(kindsOf(found).map((k) => problemKindLabel(k, "en"))).toEqual([
      "Cell errors",
      "Figures to check",
      "Lacks indicators most units have",
    ]);
    expect(problemKindLabel("column", "vi")).toBe("Thiếu cột");
  });
});
