import type { Problem } from "../core/problems";
import { problemSummaryLine } from "./problem-summary";

const problem = (code: Problem["code"]): Problem => ({
  file: "a.xlsx",
  sheet: "",
  cell: "",
  severity: "warning",
  code,
  message: "",
});

describe("the run's last line: problems by kind", () => {
  it("kinds to review first, then those for information, in the chosen language", () => {
    const problems = [
      problem("indicator-missing"),
      problem("value-error"),
      problem("suspect-unit"),
      problem("value-error"),
    ];
    expect(problemSummaryLine(problems, "vi")).toBe(
      "Vấn đề: 2 Lỗi ô, 1 Cần xem số liệu (cần xem lại); 1 Thiếu chỉ tiêu đa số đơn vị có (để biết).",
    );
    expect(problemSummaryLine(problems, "en")).toBe(
      "Problems: 2 Cell errors, 1 Figures to check (to review); 1 Lacks indicators most units have (for information).",
    );
    expect(problemSummaryLine([problem("legacy-encoding")], "vi")).toBe("Vấn đề: 1 Ghi chú (để biết).");
    expect(problemSummaryLine([], "vi")).toBe("Không có vấn đề nào.");
  });
});
