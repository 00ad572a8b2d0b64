import { foldHeader, headerRole, headerYear, isCumulativeHeader } from "./header-vocabulary";

describe("isCumulativeHeader", () => {
  it.each([
    ["Lũy kế 9 tháng", true],
    ["Lũy kế đến hết quý III", true],
    ["Kết quả đến 30/9/2024", true],
    ["Ước TH đến hết năm", true],
    ["Thực hiện quý III", false],
    ["TH tháng 9", false],
    ["Thực hiện", false],
  ])("%s → %s", (text, cumulative) => {
    expect(isCumulativeHeader(text)).toBe(cumulative);
  });
});

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
    // results to a cut-off date: the date's slashes are no ratio
    ["Kết quả đến 30/9/2024", "actual"],
    ["Lũy kế đến hết tháng 6", "actual"],
    ["Ước TH đến hết năm", "actual"],
    ["Thực hiện đến 15/12", "actual"],
    ["Kết quả đến tháng 6/2027", "actual"],
    ["Chỉ tiêu NQ đến năm 2030", "plan"],
    ["Chỉ tiêu Nghị quyết giai đoạn 2025-2030", "plan"],
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
