import { localizeProblem } from "./messages";

describe("problem messages", () => {
  const finding = {
    sheet: "Xã Trạm Tấu",
    cell: "D12",
    severity: "error" as const,
    code: "value-error" as const,
    params: { column: "plan", error: "#DIV/0!" },
  };
  it("name the file, sheet and cell, in Vietnamese by default", () => {
    const p = localizeProblem(finding, "xa-tram-tau.xlsx", "vi");
    expect(p.message).toBe(
      "Tệp xa-tram-tau.xlsx, trang “Xã Trạm Tấu”, ô D12: Ô cột Kế hoạch có lỗi #DIV/0! (công thức hỏng); chỉ tiêu này chưa được tính.",
    );
    expect(p.file).toBe("xa-tram-tau.xlsx");
  });
  it("in English on request", () => {
    const p = localizeProblem(finding, "a.xlsx", "en");
    expect(p.message).toMatch(/^File a\.xlsx, sheet “Xã Trạm Tấu”, cell D12: The Plan cell holds the error #DIV\/0!/);
  });
});
