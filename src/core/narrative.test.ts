import { summarizeReturn } from "./analyze";
import { consolidatedNarrative, sentenceName } from "./narrative";
import { parseSettings } from "./settings";
import { scoreReturn } from "./scoring/score-return";
import { returnTable, type IndicatorInput } from "./scoring/test-support";

const vi = parseSettings({});
const en = parseSettings({ language: "en" });

/** The sentences summarizeReturn writes for a return of these indicators. */
function sentences(inputs: IndicatorInput[], settings = vi, period: string | null = "6 tháng đầu năm 2022"): string {
  const ret = scoreReturn({ ...returnTable("Xã Trạm Tấu", inputs), period }, settings, "tram-tau.xlsx");
  return summarizeReturn(ret, settings).narrative;
}

describe("sentenceName: how a sentence names an indicator", () => {
  it("drops a bullet; a name that says what it is stays as written", () => {
    expect(sentenceName("- hộ cận nghèo", "Số hộ nghèo", "vi")).toBe("hộ cận nghèo");
    expect(sentenceName("+ Lúa ruộng", "Diện tích gieo trồng lúa", "vi")).toBe("Lúa ruộng");
    expect(sentenceName("Thu ngân sách", null, "vi")).toBe("Thu ngân sách");
  });

  it("a sub-row that names only a part follows its parent, as reports write it", () => {
    expect(sentenceName("+ Trong đó: nữ", "Giải quyết việc làm mới", "vi")).toBe(
      "Giải quyết việc làm mới, trong đó nữ",
    );
    expect(sentenceName("Trong đó lao động nữ", "Giải quyết việc làm mới", "vi")).toBe(
      "Giải quyết việc làm mới, trong đó lao động nữ",
    );
    expect(sentenceName("- Nữ", "Giải quyết việc làm mới", "vi")).toBe("Giải quyết việc làm mới, trong đó nữ");
    expect(sentenceName("- Trâu", "- Tổng đàn gia súc", "vi")).toBe("Tổng đàn gia súc, trong đó trâu");
    expect(sentenceName("+ Trong đó: nữ", "Giải quyết việc làm mới", "en")).toBe(
      "Giải quyết việc làm mới, of which nữ",
    );
  });

  it("keeps capitals that are not a sentence's: acronyms and proper names", () => {
    expect(sentenceName("- THCS", "Số trường đạt chuẩn", "vi")).toBe("Số trường đạt chuẩn, trong đó THCS");
    expect(sentenceName("Trong đó: Bản Công", "Số thôn đạt chuẩn", "vi")).toBe("Số thôn đạt chuẩn, trong đó Bản Công");
  });

  it("without a parent, or with nothing after “Trong đó”, the name is only unbulleted", () => {
    expect(sentenceName("+ Trong đó: nữ", null, "vi")).toBe("Trong đó: nữ");
    expect(sentenceName("- Trong đó:", "Giải quyết việc làm mới", "vi")).toBe("Trong đó:");
  });
});

describe("returnNarrative: the sentences of a return", () => {
  const indicators: IndicatorInput[] = [
    { name: "Thu ngân sách trên địa bàn", unit: "triệu đồng", plan: 30, actual: 33 }, // 110 % met, priority
    { name: "Sản lượng lương thực bình quân đầu người", unit: "kg", plan: 400, actual: 347 }, // 86.75 % near
    { name: "Thu nhập bình quân đầu người", unit: "triệu đồng", plan: 25, actual: 17 }, // 68 % mid
    { name: "Xây dựng nông thôn mới", unit: "tiêu chí", plan: 19, actual: "12/19" }, // 63.2 % mid, priority
    { name: "Giải quyết việc làm mới", unit: "người", plan: 120, actual: 100 }, // 83.3 % near
    { name: "+ Trong đó: nữ", unit: "người", plan: 50, actual: 31, parent: 4 }, // 62 % mid
    { name: "Tỷ lệ trẻ em tiêm chủng đầy đủ", unit: "%", plan: 96, actual: null }, // not yet evaluated
  ];

  it("counts by band, then the lagging indicators, priority first, in the reports' words", () => {
    expect(sentences(indicators)).toBe(
      "6 tháng đầu năm 2022, xã Trạm Tấu có 1/7 chỉ tiêu đạt và vượt kế hoạch, " +
        "2/7 chỉ tiêu đạt từ 70% đến dưới 100%, 3/7 chỉ tiêu đạt từ 50% đến dưới 70%, 1 chỉ tiêu chưa đánh giá; " +
        "các chỉ tiêu cần tập trung chỉ đạo: Xây dựng nông thôn mới đạt 12/19 tiêu chí (63,2% kế hoạch); " +
        "Giải quyết việc làm mới, trong đó nữ (đạt 62,0% kế hoạch); Thu nhập bình quân đầu người (đạt 68,0% kế hoạch). " +
        "Các chỉ tiêu trọng tâm: Thu ngân sách trên địa bàn (đạt 110,0% kế hoạch).",
    );
  });

  it("in English on request, with the sheet's names", () => {
    expect(sentences(indicators, en, "first half of 2022")).toBe(
      "First half of 2022, xã Trạm Tấu has 1/7 indicators met or exceeded the plan, 2/7 reached 70% to under 100%, " +
        "3/7 reached 50% to under 70%, 1 not yet evaluated; indicators needing attention: " +
        "Xây dựng nông thôn mới: 12/19 criteria (63.2% of plan); Giải quyết việc làm mới, of which nữ (62.0% of plan); " +
        "Thu nhập bình quân đầu người (68.0% of plan). Priority indicators: Thu ngân sách trên địa bàn (110.0% of plan).",
    );
  });

  it("names six lagging indicators, then says how many more", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ name: `Chỉ tiêu ${i + 1}`, plan: 100, actual: 11 + i }));
    const text = sentences(many);
    expect(text).toContain("Chỉ tiêu 1 (đạt 11,0% kế hoạch)");
    expect(text).toContain("Chỉ tiêu 6 (đạt 16,0% kế hoạch); và 3 chỉ tiêu khác.");
    expect(text).not.toContain("Chỉ tiêu 7");
  });

  it("says so when nothing lags, and leads with the area when there is no period", () => {
    expect(sentences([{ name: "Thu ngân sách trên địa bàn", plan: 30, actual: 33 }], vi, null)).toBe(
      "Xã Trạm Tấu có 1/1 chỉ tiêu đạt và vượt kế hoạch; không có chỉ tiêu đạt thấp. " +
        "Các chỉ tiêu trọng tâm: Thu ngân sách trên địa bàn (đạt 110,0% kế hoạch).",
    );
  });
});

describe("consolidatedNarrative", () => {
  it("received / expected with the missing, the counts, the weakest areas and the lagging, sub-rows named", () => {
    const text = consolidatedNarrative(
      {
        period: "6 tháng đầu năm 2022",
        received: 2,
        expected: 3,
        missingAreas: ["Xã Hát Lừu"],
        counts: { met: 1, near: 1, mid: 1, low: 0, none: 0 },
        weakestAreas: [["Xã A", 2]],
        lagging: [
          { name: "+ Trong đó: nữ", parent: "Giải quyết việc làm mới", achievement: 62 },
          { name: "Thu nhập bình quân đầu người", parent: null, achievement: null },
        ],
      },
      vi,
    );
    expect(text).toBe(
      "6 tháng đầu năm 2022, đã nhận báo cáo của 2/3 đơn vị (chưa gửi: xã Hát Lừu). " +
        "Toàn địa bàn có 1/3 chỉ tiêu đạt và vượt kế hoạch, 1/3 chỉ tiêu đạt từ 70% đến dưới 100%, " +
        "1/3 chỉ tiêu đạt từ 50% đến dưới 70%. Các đơn vị có nhiều chỉ tiêu đạt thấp: xã A (2 chỉ tiêu). " +
        "Các chỉ tiêu cần tập trung chỉ đạo: Giải quyết việc làm mới, trong đó nữ (đạt 62,0% kế hoạch); " +
        "Thu nhập bình quân đầu người.",
    );
  });

  it("starts with a capital when there is no period to open it (returns of different periods)", () => {
    const input = { received: 2, expected: 2, missingAreas: [], counts: { met: 1, near: 0, mid: 0, low: 0, none: 0 } };
    const text = consolidatedNarrative({ ...input, period: null, weakestAreas: [], lagging: [] }, vi);
    expect(text.startsWith("Đã nhận báo cáo của 2/2 đơn vị. Toàn địa bàn có 1/1 chỉ tiêu")).toBe(true);
  });
});
