import { foldHeader, headerRole, headerYear } from "./header-vocabulary";

describe("headerRole", () => {
  const cases: [string, string | null][] = [
    ["STT", "code"],
    ["TT", "code"],
    ["Số TT", "code"],
    ["Chỉ tiêu", "name"],
    ["Tên chỉ tiêu", "name"],
    ["Nội dung", "name"],
    ["Chỉ tiêu Nghị quyết", "name"],
    ["Danh mục", "name"],
    ["ĐVT", "unit"],
    ["Đ.V.T", "unit"],
    ["Đơn vị tính", "unit"],
    ["Đơn vị", "unit"],
    ["Kế hoạch", "plan"],
    ["KH", "plan"],
    ["KH năm", "plan"],
    ["Kế hoạch năm 2022", "plan"],
    ["Chỉ tiêu giao", "plan"],
    ["Mục tiêu", "plan"],
    ["Mục tiêu đến năm 2025", "plan"],
    ["NQ giao", "plan"],
    ["Nghị quyết giao", "plan"],
    ["Chỉ tiêu NQ giao", "plan"],
    ["Thực hiện", "actual"],
    ["TH", "actual"],
    ["Kết quả", "actual"],
    ["Ước thực hiện", "actual"],
    ["Ước TH 6 tháng", "actual"],
    ["Lũy kế", "actual"],
    ["Ước TH năm", "actual"],
    ["Cùng kỳ", "baseline"],
    ["Cùng kỳ năm trước", "baseline"],
    ["Năm trước", "baseline"],
    ["Thực hiện cùng kỳ", "baseline"],
    ["So sánh (%)", "percent"],
    ["So sánh TH/KH (%)", "percent"],
    ["Tỷ lệ đạt", "percent"],
    ["% KH", "percent"],
    ["Đạt %", "percent"],
    ["So với KH (%)", "percent"],
    ["TH/KH", "percent"],
    ["Ghi chú", "note"],
    ["Chiều", "direction"],
    ["Hướng", "direction"],
    // not headers
    ["Tỷ lệ", null],
    ["Năm 2022", null],
    ["So sánh cùng kỳ (%)", null],
    ["TH/CK", null],
    ["Tỷ lệ hộ nghèo", null],
    ["Thu ngân sách trên địa bàn", null],
    ["", null],
  ];
  it.each(cases)("%s → %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it("works on upper case, NFD and doubled spaces", () => {
    expect(headerRole("KẾ  HOẠCH".normalize("NFD"))).toBe("plan");
    expect(headerRole("THỰC HIỆN CÙNG KỲ")).toBe("baseline");
  });

  it("ignores long texts (indicator names, notes)", () => {
    expect(headerRole("Kế hoạch hóa gia đình: số cặp vợ chồng áp dụng biện pháp tránh thai hiện đại")).toBeNull();
  });
});

describe("headerYear / foldHeader", () => {
  it("finds the year a header names", () => {
    expect(headerYear("TH năm 2021")).toBe(2021);
    expect(headerYear("Năm 2022 Kế hoạch")).toBe(2022);
    expect(headerYear("Kế hoạch")).toBeNull();
  });
  it("folds punctuation but keeps % and /", () => {
    expect(foldHeader("So sánh (TH / KH) %")).toBe("so sanh th/kh %");
  });
});
