// Which header words name which column (domain.md, "Header words vary"), and which texts are never
// headers: the rules as a clerk's sheet shows them.
import { headerRole, headerYear } from "./header-vocabulary";

describe("a header is short: a long cell is an indicator name or a note", () => {
  it("reads a header of up to 60 characters, and nothing longer", () => {
    const sixty = "Kế hoạch năm 2022 theo Nghị quyết của Hội đồng nhân dân xã X";
    expect(sixty).toHaveLength(60);
    expect(headerRole(sixty)).toBe("plan");
    expect(headerRole(`${sixty}.`)).toBeNull();
    expect(headerRole("Thực hiện các chỉ tiêu về kinh tế, văn hóa, xã hội năm 2022 của xã")).toBeNull();
  });
});

describe("the header word must come first", () => {
  it.each([
    ["Tổng kế hoạch vốn", null],
    ["Diện tích thực hiện dồn điền", null],
    ["Xã có ghi chú riêng", null],
    ["Hộ được tư vấn chỉ tiêu", null],
    ["Số nội dung đã triển khai", null],
    ["Tổng số so sánh", null],
    ["Giá trị kết quả sản xuất", null],
    ["Số lượt người được mục tiêu hỗ trợ", null],
    ["Tổng đơn vị tính", null],
    ["Số STT", null],
    ["Tổng số chiều", null],
    ["Hộ đạt %", null],
  ])("%s names no column", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each([
    ["Ghi chú (nếu có)", "note"],
    ["Kết quả thực hiện", "actual"],
    ["Kế hoạch giao", "plan"],
    ["Nghị quyết", "plan"],
    ["Tên", "name"],
    ["Các chỉ tiêu", "name"],
    ["Mã số", "code"],
    ["Thứ tự", "code"],
    ["Số thứ tự", "code"],
    ["Mã chỉ tiêu", "code"],
    ["ĐV tính", "unit"],
    ["Chiều hướng", "direction"],
    ["Chiều đánh giá", "direction"],
    ["Hướng chỉ tiêu", "direction"],
    ["Chiều tăng giảm", "direction"],
    ["KQ", "actual"],
    ["Số thực hiện", "actual"],
    ["Ước", "actual"],
    ["Lũy kế 9 tháng", "actual"],
    ["Tỷ lệ hoàn thành", "percent"],
    ["Tỷ lệ thực hiện", "percent"],
    ["Tỷ lệ so với KH", "percent"],
    ["% kế hoạch", "percent"],
    ["%KH", "percent"],
    ["% NQ", "percent"],
    ["% so KH", "percent"],
    ["% chỉ tiêu", "percent"],
    ["% mục tiêu", "percent"],
    ["Đạt%", "percent"],
    ["So với Nghị quyết", "percent"],
    ["So KH", "percent"],
    ["Ước TH/KH", "percent"],
    ["Thực hiện/Kế hoạch", "percent"],
    ["Mức độ hoàn thành", "percent"],
    ["Mức độ đạt", "percent"],
    ["Kỳ trước", "baseline"],
  ])("%s is the %s column", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each([
    ["Thực hiện so cùng kỳ", null],
    ["Tăng giảm so cùng kỳ", null],
    ["Tăng (+), giảm (-) so cùng kỳ", null],
    ["TH so CK", null],
    ["Thực hiện so với năm trước", null],
    ["Thực hiện so cùng kỳ (%)", null],
    ["Thực hiện so kế hoạch", "percent"],
    ["Ước thực hiện năm 2024 so với KH", "percent"],
    ["TH so NQ (%)", "percent"],
    // The same words as the figures themselves, not compared with anything.
    ["Thực hiện cùng kỳ", "baseline"],
    ["Cùng kỳ năm trước", "baseline"],
    ["Thực hiện năm trước", "baseline"],
  ])("a result compared in the middle of the header: %s is the %s column", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it("reads a header word inside brackets or dashes, and a ratio however it is spaced", () => {
    expect(headerRole("(Ghi chú)")).toBe("note");
    expect(headerRole("- Kế hoạch -")).toBe("plan");
    expect(headerRole("TH/ KH")).toBe("percent");
    expect(headerRole("TH /KH")).toBe("percent");
    expect(headerRole("TH  /  KH")).toBe("percent");
  });

  it("does not take a longer header that merely begins with a code, unit or direction word", () => {
    expect(headerRole("Đơn vị thực hiện")).toBeNull(); // who carries it out, not the unit
    expect(headerRole("Thứ tự ưu tiên")).toBeNull(); // a priority order, not the row number
    expect(headerRole("Hướng dẫn")).toBeNull(); // guidance, not the direction
    expect(headerRole("Chiều dài")).toBeNull();
  });

  it("does not take a word that merely starts the same for a header word", () => {
    expect(headerRole("Thường xuyên")).toBeNull(); // starts with "th" but is no "TH"
    expect(headerRole("Khác")).toBeNull(); // starts with "kh"
    expect(headerRole("Tenxyz")).toBeNull();
    expect(headerRole("Ghi chúng")).toBeNull();
  });
});

describe("names, plans and last year's figures", () => {
  it("'Nội dung kế hoạch' is the name column, not the plan; 'Chỉ tiêu kế hoạch' is the plan", () => {
    expect(headerRole("Nội dung kế hoạch")).toBe("name");
    expect(headerRole("Tên chỉ tiêu giao")).toBe("name");
    expect(headerRole("Chỉ tiêu kế hoạch")).toBe("plan");
    expect(headerRole("Chỉ tiêu KH năm")).toBe("plan");
    expect(headerRole("Chỉ tiêu")).toBe("name");
  });

  it("a comparison with last year is neither the baseline nor the plan %", () => {
    expect(headerRole("So cùng kỳ")).toBeNull();
    expect(headerRole("% cùng kỳ")).toBeNull();
    expect(headerRole("TH/CK cùng kỳ")).toBeNull();
    expect(headerRole("TH/CK")).toBeNull();
    expect(headerRole("KH/TH")).toBeNull();
  });
});

describe("figures are never headers", () => {
  it.each(["2022", "1.326", "-5", "+3", "4,5%", "1e5", "1.5E-3"])("%s", (text) => {
    expect(headerRole(text)).toBeNull();
  });

  it("the same text gets the same answer every time", () => {
    expect([headerRole("Kế hoạch"), headerRole("Kế hoạch"), headerRole("Thực hiện"), headerRole("Kế hoạch")]).toEqual([
      "plan",
      "plan",
      "actual",
      "plan",
    ]);
  });
});

describe("the year a header names", () => {
  it("reads years from 1950 to 2099 as whole words", () => {
    expect(headerYear("TH năm 1950")).toBe(1950);
    expect(headerYear("TH năm 1999")).toBe(1999);
    expect(headerYear("KH 2099")).toBe(2099);
    expect(headerYear("TH năm 1949")).toBeNull();
    expect(headerYear("Mã 20221")).toBeNull();
    expect(headerYear("Mã 12022")).toBeNull();
    expect(headerYear("TH năm 2021")).toBe(2021);
    expect(headerYear("TH năm 2021")).toBe(2021);
  });
});
