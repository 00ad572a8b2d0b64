import { areaFromSheetName, findArea, findPeriod, periodYear, titleCaseVi, titleInfo } from "./title-info";

describe("findArea", () => {
  it.each([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU", "Xã Trạm Tấu"],
    ["Kết quả thực hiện của Xã Trạm Tấu năm 2022", "Xã Trạm Tấu"],
    ["(Kèm theo báo cáo số 45/BC-UBND của UBND xã Bản Công)", "Xã Bản Công"],
    ["PHƯỜNG NGHĨA LỘ, TỈNH LÀO CAI", "Phường Nghĩa Lộ"],
    ["THỊ TRẤN MƯỜNG LAY NĂM 2023", "Thị trấn Mường Lay"],
    ["ĐẶC KHU PHÚ QUỐC", "Đặc khu Phú Quốc"],
    ["UBND PHƯỜNG 5", "Phường 5"],
    ["XÃ TRẠM TẤU HUYỆN TRẠM TẤU", "Xã Trạm Tấu"],
    ["UBND XÃ NẬM CÓ", "Xã Nậm Có"],
    ["XÃ BÌNH NAM NĂM 2023", "Xã Bình Nam"],
    ["Xã Tân Thành", "Xã Tân Thành"],
    // numbered wards keep their number; a number before a period is the period's
    ["ỦY BAN NHÂN DÂN PHƯỜNG HÀ GIANG 2", "Phường Hà Giang 2"],
    ["Phường Hà Giang 1, tỉnh Tuyên Quang", "Phường Hà Giang 1"],
    ["BÁO CÁO PHƯỜNG 5 NĂM 2024", "Phường 5"],
    ["XÃ TRẠM TẤU 6 THÁNG ĐẦU NĂM 2022", "Xã Trạm Tấu"],
    // apostrophes of Central Highlands names
    ["Xã Ia H'Drai", "Xã Ia H'Drai"],
    ["UBND XÃ ĐẮK R'LẤP", "Xã Đắk R'Lấp"],
    ["Xã Cư M'gar năm 2024", "Xã Cư M'gar"],
  ])("%s → %s", (text, area) => {
    expect(findArea(text)).toBe(area);
  });

  it("does not take 'xã hội', 'hợp tác xã' or lower-case words for an area", () => {
    expect(findArea("CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2022")).toBeNull();
    expect(findArea("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeNull();
    expect(findArea("Số hợp tác xã Thành Công")).toBeNull();
    expect(findArea("số xã đạt chuẩn nông thôn mới")).toBeNull();
  });
});

describe("findPeriod", () => {
  it.each([
    ["BÁO CÁO ... 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU", "6 tháng đầu năm 2022"],
    ["KẾT QUẢ NĂM 2022", "năm 2022"],
    ["QUÝ I NĂM 2023", "quý I năm 2023"],
    ["Quý 3/2023", "quý III năm 2023"],
    ["9 tháng năm 2023", "9 tháng năm 2023"],
    ["6 tháng cuối năm 2021", "6 tháng cuối năm 2021"],
    ["Chỉ tiêu giai đoạn 2020-2025", "giai đoạn 2020-2025"],
    ["NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025", "nhiệm kỳ 2020 - 2025"],
    ["Báo cáo tháng 6 năm 2024", "tháng 6 năm 2024"],
  ])("%s → %s", (text, period) => {
    expect(findPeriod(text)).toBe(period);
  });

  it("ignores dates ('ngày 15 tháng 6 năm 2022') and texts without a period", () => {
    expect(findPeriod("(Kèm theo báo cáo số 45/BC-UBND ngày 15 tháng 6 năm 2022)")).toBeNull();
    expect(findPeriod("Trạm Tấu, ngày 15/6/2022")).toBeNull();
    expect(findPeriod("Chỉ tiêu kinh tế")).toBeNull();
  });

  it("gives the period's year", () => {
    expect(periodYear("6 tháng đầu năm 2022")).toBe(2022);
    expect(periodYear("giai đoạn 2020-2025")).toBe(2025);
    expect(periodYear(null)).toBeNull();
  });
});

describe("sheet names and title case", () => {
  it("title-cases every syllable", () => {
    expect(titleCaseVi("TRẠM TẤU")).toBe("Trạm Tấu");
    expect(titleCaseVi("đặc khu")).toBe("Đặc Khu");
  });
  it("reads an area from a sheet name", () => {
    expect(areaFromSheetName("Xa Tram Tau")).toBe("Xã Tram Tau");
    expect(areaFromSheetName("Trạm Tấu")).toBe("Trạm Tấu");
    expect(areaFromSheetName("Xã Bản Mù")).toBe("Xã Bản Mù");
    expect(areaFromSheetName("Sheet1")).toBeNull();
    expect(areaFromSheetName("Tổng hợp")).toBeNull();
    expect(areaFromSheetName("Bieu Mau")).toBeNull();
    expect(areaFromSheetName("Hà Giang 2")).toBe("Hà Giang 2");
    expect(areaFromSheetName("Ia H'Drai")).toBe("Ia H'Drai");
    expect(areaFromSheetName("Biểu 2")).toBeNull();
  });
});

describe("titleInfo", () => {
  it("takes title, area and period from the title rows", () => {
    const info = titleInfo(
      [
        ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["XÃ TRẠM TẤU", "Độc lập - Tự do - Hạnh phúc"],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022"],
        ["(Kèm theo báo cáo số 45/BC-UBND ngày 20 tháng 6 năm 2022)"],
      ],
      "Sheet1",
    );
    expect(info.title).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022");
    expect(info.area).toBe("Xã Trạm Tấu");
    expect(info.period).toBe("6 tháng đầu năm 2022");
  });
  it("falls back on the sheet name", () => {
    expect(titleInfo([], "Xa Tram Tau")).toEqual({ title: null, area: "Xã Tram Tau", period: null });
    expect(titleInfo([[""], ["Biểu số liệu"]], "Năm 2023").period).toBe("năm 2023");
  });
});
