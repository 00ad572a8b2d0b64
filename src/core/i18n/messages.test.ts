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

describe("unreadable files", () => {
  const finding = (reason: string) => ({
    sheet: "",
    cell: "",
    severity: "error" as const,
    code: "file-unreadable" as const,
    params: { reason },
  });
  it("say why in the user's language", () => {
    expect(localizeProblem(finding("empty file"), "a.xlsx", "vi").message).toBe(
      "Tệp a.xlsx: Không đọc được tệp: tệp rỗng.",
    );
    expect(localizeProblem(finding("not-xlsx: not a zip"), "a.xlsx", "en").message).toBe(
      "File a.xlsx: The file cannot be read: it is not an Excel file (.xlsx or .xls).",
    );
    expect(localizeProblem(finding("old-xls: Excel 4.0 or older"), "b.xls", "vi").message).toBe(
      "Tệp b.xls: Không đọc được tệp: đây là tệp .xls của Excel 4.0 trở về trước; hãy mở bằng Excel và lưu lại dạng .xlsx.",
    );
    expect(localizeProblem(finding("xls: broken sector chain"), "d.xls", "vi").message).toBe(
      "Tệp d.xls: Không đọc được tệp: tệp bị hỏng (xls: broken sector chain).",
    );
    expect(localizeProblem(finding("End of data reached"), "c.xlsx", "vi").message).toBe(
      "Tệp c.xlsx: Không đọc được tệp: tệp bị hỏng (End of data reached).",
    );
  });
});
