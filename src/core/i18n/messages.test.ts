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
      "Tệp d.xls: Không đọc được tệp: tệp bị hỏng.",
    );
    // a raw parser text is never put into the sentence: it stays in params.detail for --verbose
    expect(localizeProblem(finding("End of data reached"), "c.xlsx", "vi").message).toBe(
      "Tệp c.xlsx: Không đọc được tệp: tệp bị hỏng.",
    );
    const crc = {
      ...finding("damaged"),
      params: {
        reason: "damaged",
        damage: "crc",
        part: "xl/worksheets/sheet1.xml",
        detail: "crc in …: CRC-32 mismatch",
      },
    };
    expect(localizeProblem(crc, "d.xlsx", "vi").message).toBe(
      "Tệp d.xlsx: Không đọc được tệp: tệp bị hỏng: dữ liệu trong tệp không khớp mã kiểm tra (CRC) (phần xl/worksheets/sheet1.xml).",
    );
    expect(localizeProblem(crc, "d.xlsx", "en").message).not.toMatch(/CRC-32 mismatch/);
    for (const kind of ["xlsb", "ods", "csv", "html"]) {
      const vi = localizeProblem(finding(kind), "e.xlsx", "vi").message;
      expect(vi).toContain("đổi tên thành .xlsx");
      expect(vi).toContain("lưu lại dạng .xlsx");
    }
    expect(localizeProblem(finding("too-large"), "f.xlsx", "vi").message).toContain("quá kích thước cho phép");
  });
});
