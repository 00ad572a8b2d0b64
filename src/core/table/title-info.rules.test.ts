// The title rows above a return's table, as commune clerks type them (domain.md, "Sheet layouts seen
// in the field"): the area ("UBND XÃ TRẠM TẤU"), the period ("6 tháng đầu năm 2024") and the title
// itself, with the slips that come with typing them by hand.
import fc from "fast-check";
import { areaFromSheetName, findArea, findPeriod, periodYear, titleInfo } from "./title-info";

describe("the period a title names", () => {
  it.each([
    ["BÁO CÁO 12 THÁNG NĂM 2024", "12 tháng năm 2024"],
    ["Ước thực hiện 06 tháng đầu năm 2024", "6 tháng đầu năm 2024"],
    ["Báo cáo 6 tháng 2024", "6 tháng năm 2024"],
    ["QUÝ II NĂM 2024", "quý II năm 2024"],
    ["Quý IV năm 2024", "quý IV năm 2024"],
    ["Quý I 2024", "quý I năm 2024"],
    ["Quý 1/2024", "quý I năm 2024"],
    ["Quý 2 năm 2024", "quý II năm 2024"],
    ["Quý 4/2024", "quý IV năm 2024"],
    ["Quý 3 / 2024", "quý III năm 2024"],
    ["Báo cáo tháng 12 năm 2024", "tháng 12 năm 2024"],
    ["Báo cáo tháng 6/2024", "tháng 6 năm 2024"],
    ["Số liệu tháng 10/2024", "tháng 10 năm 2024"],
    ["Kế hoạch giai đoạn 2021–2025", "giai đoạn 2021-2025"],
    ["NHIỆM KỲ 2020—2025", "nhiệm kỳ 2020-2025"],
  ])("%s → %s", (text, period) => {
    expect(findPeriod(text)).toBe(period);
  });

  // Hand-typed titles often lose a space; the period reads the same.
  it.each([
    ["BÁO CÁO 6 THÁNG ĐẦU NĂM2024", "6 tháng đầu năm 2024"],
    ["Báo cáo 6tháng đầu năm 2024", "6 tháng đầu năm 2024"],
    ["Báo cáo 6 thángđầu năm 2024", "6 tháng đầu năm 2024"],
    ["Báo cáo 6 tháng đầunăm 2024", "6 tháng đầu năm 2024"],
    ["Báo cáo 6 tháng cuốinăm 2024", "6 tháng cuối năm 2024"],
    ["KẾT QUẢ NĂM2024", "năm 2024"],
    ["QUÝIV NĂM 2024", "quý IV năm 2024"],
    ["Quý I năm2024", "quý I năm 2024"],
    ["Quý 3/ 2024", "quý III năm 2024"],
    ["Báo cáo tháng6 năm 2024", "tháng 6 năm 2024"],
    ["CHỈ TIÊU GIAI ĐOẠN2021-2025", "giai đoạn 2021-2025"],
  ])("typed without a space: %s → %s", (text, period) => {
    expect(findPeriod(text)).toBe(period);
  });

  it("writes a span with spaces round its dash when either side has one", () => {
    expect(findPeriod("Giai đoạn 2021 -2025")).toBe("giai đoạn 2021 - 2025");
    expect(findPeriod("Giai đoạn 2021- 2025")).toBe("giai đoạn 2021 - 2025");
  });

  it.each([
    // the blank date of a form not yet signed
    ["Trạm Tấu, ngày…tháng…năm 2024"],
    ["Trạm Tấu, ngày.....tháng.....năm 2024"],
    ["Trạm Tấu, ngày 31 tháng 12 năm 2024"],
    ["Trạm Tấu, ngày 15 tháng 6/2024"],
    ["Trạm Tấu, ngày 15-6-2024"],
    // a year-end report dated the following January: 2025 is the date's year, not the period's
    ["BÁO CÁO KẾT QUẢ NĂM ngày 10 tháng 01 năm 2025"],
    ["ngày 15/6/2024 và ngày 20 tháng 6 năm 2024"],
  ])("a date is no period: %s", (text) => {
    expect(findPeriod(text)).toBeNull();
  });

  it("gives the last year of a period, and none when it names no year", () => {
    expect(periodYear("nhiệm kỳ 2020 - 2025")).toBe(2025);
    expect(periodYear("quý II năm 2024")).toBe(2024);
    expect(periodYear("cả năm")).toBeNull();
  });
});

describe("the area a title row names", () => {
  it.each([
    // a number ends a ward's name, and a number of one to three digits only
    ["UBND PHƯỜNG 10", "Phường 10"],
    ["CHỈ TIÊU XÃ TRẠM TẤU 2024", "Xã Trạm Tấu"],
    ["BÁO CÁO PHƯỜNG 5 (QUÝ II NĂM 2024)", "Phường 5"],
    ["BÁO CÁO PHƯỜNG 5 THÁNG6/2024", "Phường 5"],
    // "5 năm" followed by a span is a five-year plan, not part of the name
    ["CHỈ TIÊU XÃ TRẠM TẤU 5 NĂM 2021-2025", "Xã Trạm Tấu"],
    // punctuation round the unit word and after the name
    ["(XÃ TRẠM TẤU)", "Xã Trạm Tấu"],
    ["NĂM 2024 -(“XÃ TRẠM TẤU”)", "Xã Trạm Tấu"],
    ["(Kèm theo báo cáo của UBND xã Bản Công).", "Xã Bản Công"],
    // a comma ends the name: what follows is the district or province
    ["UBND XÃ TRẠM TẤU, YÊN BÁI", "Xã Trạm Tấu"],
    // a dash ends the name, typed with spaces or not
    ["UBND XÃ TRẠM TẤU-HUYỆN TRẠM TẤU", "Xã Trạm Tấu"],
    ["XÃ TRẠM TẤU– LÀO CAI", "Xã Trạm Tấu"],
    ["UBND PHƯỜNG 5-QUẬN 3", "Phường 5"],
    // "H." is the district (huyện) written short
    ["XÃ BẢN CÔNG H.TRẠM TẤU", "Xã Bản Công"],
    // words of the title that follow the name
    ["UBND XÃ TÚC ĐÁN BÁO CÁO KẾT QUẢ", "Xã Túc Đán"],
    ["UBND XÃ TÚC ĐÁN KÈM THEO", "Xã Túc Đán"],
  ])("%s → %s", (text, area) => {
    expect(findArea(text)).toBe(area);
  });

  it.each([
    // thị xã is a town, not a commune; "thị trấn" and "đặc khu" need both words
    ["UBND THỊ XÃ NGHĨA LỘ"],
    ["BAN QUẢN LÝ KHU KINH TẾ"],
    ["KẾT QUẢ ĐO ĐẠC BẢN ĐỒ ĐỊA CHÍNH"],
    ["KẾT QUẢ ĐẤU TRANH, TRẤN ÁP TỘI PHẠM"],
    // "xã hội" and "xã nông thôn mới" name no commune
    ["KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH"],
    ["CHỈ TIÊU XÃ NÔNG THÔN MỚI NÂNG CAO"],
    // lower-case words after "xã" are no name
    ["Số chỉ tiêu xã hoàn thành"],
  ])("names no area: %s", (text) => {
    expect(findArea(text)).toBeNull();
  });

  it("takes at most four words of a name", () => {
    const syllable = fc.constantFrom("BẢN", "CÔNG", "NẬM", "CÓ", "TÂN", "LẬP", "HỒNG", "THÁI", "ĐÔNG", "MÙ");
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 8 }), (name) => {
        const area = findArea(`UBND XÃ ${name.join(" ")}`);
        return area !== null && area.split(" ").length === 1 + Math.min(name.length, 4);
      }),
    );
  });
});

describe("the area a sheet name gives", () => {
  it.each([["Bình Hưng Hòa A"], ["Hà Giang 12"]])("%s is a place", (sheet) => {
    expect(areaFromSheetName(sheet)).toBe(sheet);
  });

  it.each([
    [""],
    ["1"],
    ["12"],
    ["TH"],
    ["KH"],
    ["PHỤ LỤC"],
    ["Hướng Dẫn"],
    ["KH-TH"],
    ["BC-UBND"],
    // a draft sheet: a word in lower case
    ["Bản nháp"],
    // a sheet named after a field of work in five words
    ["Lao Động Việc Làm Mới"],
    // a script without capitals ("data" in Chinese)
    ["数据"],
  ])("%s is no place", (sheet) => {
    expect(areaFromSheetName(sheet)).toBeNull();
  });
});

describe("title, area and period from the rows", () => {
  it("reads a title split over cells as one text, with empty cells and rows left out", () => {
    const info = titleInfo(
      [[], ["", "", ""], ["", "BÁO CÁO KẾT QUẢ", "", "6 THÁNG ĐẦU NĂM 2024"], ["", "XÃ TRẠM TẤU"]],
      "Sheet1",
    );
    expect(info).toEqual({
      title: "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024",
      area: "Xã Trạm Tấu",
      period: "6 tháng đầu năm 2024",
    });
  });

  it("takes the first non-empty row as the title when no row reads like one", () => {
    expect(titleInfo([[""], ["", "ỦY BAN NHÂN DÂN XÃ TRẠM TẤU"]], "Sheet1").title).toBe("ỦY BAN NHÂN DÂN XÃ TRẠM TẤU");
  });

  it("takes the title's period before a period named in a row above it", () => {
    const info = titleInfo(
      [["CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021 - 2025"], ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024"]],
      "Sheet1",
    );
    expect(info.period).toBe("6 tháng đầu năm 2024");
  });
});
