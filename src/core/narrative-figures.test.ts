import fc from "fast-check";
import { summarizeReturn } from "./analyze";
import { consolidatedNarrative } from "./narrative";
import { areaInSentence, figureWords, laggingFigures } from "./narrative-figures";
import { parseSettings } from "./settings";
import { scoreReturn } from "./scoring/score-return";
import { returnTable, type IndicatorInput } from "./scoring/test-support";

const vi = parseSettings({});
const en = parseSettings({ language: "en" });

function sentences(inputs: IndicatorInput[], settings = vi, area: string | null = "Xã Làng Nhì"): string {
  const ret = scoreReturn({ ...returnTable(area, inputs), period: "6 tháng đầu năm 2022" }, settings, "x.xlsx");
  return summarizeReturn(ret, settings).narrative;
}

describe("a suspect figure is never quoted as an achievement", () => {
  const popGrowth: IndicatorInput = { name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 };

  it("says the figure needs checking, with the figure and the plan", () => {
    const text = sentences([popGrowth]);
    expect(text).toContain("Tỷ lệ tăng dân số tự nhiên: số liệu cần kiểm tra (7,7 so với kế hoạch 0,2)");
    expect(text).not.toMatch(/dân số tự nhiên \(đạt/);
    expect(sentences([popGrowth], en)).toContain(
      "Tỷ lệ tăng dân số tự nhiên: figure needs checking (7.7 against a plan of 0.2)",
    );
  });

  it("a negative count is doubted too, never '-5,0%'", () => {
    const text = sentences([{ name: "Số hộ thoát nghèo", unit: "hộ", plan: 60, actual: -3 }]);
    expect(text).toContain("Số hộ thoát nghèo: số liệu cần kiểm tra (-3 so với kế hoạch 60)");
    expect(text).not.toMatch(/-\d+,\d%/);
  });

  it("for any 10× slip, up or down, the sentence doubts it and quotes no % for it (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 10, max: 80 }),
        fc.boolean(),
        (plan, factor, over) => {
          const actual = over ? plan * factor : plan / factor;
          const text = sentences([{ name: "Thu ngân sách trên địa bàn", unit: "triệu đồng", plan, actual }]);
          return text.includes("Thu ngân sách trên địa bàn: số liệu cần kiểm tra") && !/trên địa bàn \(đạt/.test(text);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("counts that should not happen, plan 0", () => {
  it("say what happened, as reports do", () => {
    const text = sentences([{ name: "Số vụ tảo hôn", unit: "vụ", plan: 0, actual: 2 }]);
    expect(text).toContain("xảy ra 2 vụ tảo hôn (kế hoạch: không để xảy ra)");
    expect(text).not.toContain("0,0% kế hoạch");
    expect(sentences([{ name: "Số vụ cháy rừng", unit: "vụ", plan: 0, actual: 1 }], en)).toContain(
      "Số vụ cháy rừng: 1 occurred (plan: none)",
    );
  });

  it("a name without “Số” keeps its name and writes the unit", () => {
    expect(
      figureWords(
        {
          name: "Tai nạn giao thông",
          unit: "vụ",
          direction: "down",
          planValue: 0,
          actualValue: 3,
          baselineValue: null,
          achievement: 0,
          suspect: false,
        },
        "vi",
      ),
    ).toBe("Tai nạn giao thông: xảy ra 3 vụ (kế hoạch: không để xảy ra)");
  });
});

describe("a result against the target is said in words", () => {
  it("a lower-is-better figure above its baseline", () => {
    const text = sentences([
      { name: "Tỷ lệ trẻ em suy dinh dưỡng", unit: "%", plan: 12, actual: 14, baseline: 13, direction: "down" },
    ]);
    expect(text).toContain(
      "Tỷ lệ trẻ em suy dinh dưỡng: tăng so với cùng kỳ, ngược mục tiêu (14 so với 13 cùng kỳ; kế hoạch 12)",
    );
    expect(text).not.toContain("(đạt 0,0% kế hoạch)");
  });

  it("a reduction that went the other way", () => {
    const said = figureWords(
      {
        name: "Giảm tỷ lệ hộ nghèo",
        unit: "%",
        direction: "up",
        reduction: true,
        planValue: 4,
        actualValue: -0.5,
        baselineValue: null,
        achievement: -12.5,
        suspect: false,
      },
      "vi",
    );
    expect(said).toBe("Giảm tỷ lệ hộ nghèo: tăng 0,5 thay vì giảm, ngược mục tiêu (kế hoạch giảm 4)");
  });

  it("no generated sentence ever holds a negative percent (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom<"up" | "down">("up", "down"),
        (plan, actual, direction) => {
          const text = sentences([{ name: "Chỉ tiêu thử", unit: "ha", plan, actual, direction }]);
          return !/-\d+(,\d+)?%/.test(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the kind of unit is lower case inside a sentence", () => {
  it("xã, phường, đặc khu before the proper name", () => {
    expect(areaInSentence("Xã Làng Nhì")).toBe("xã Làng Nhì");
    expect(areaInSentence("Phường Sài Gòn")).toBe("phường Sài Gòn");
    expect(areaInSentence("Đặc khu Phú Quốc")).toBe("đặc khu Phú Quốc");
    expect(areaInSentence("Thị trấn Sa Pa")).toBe("thị trấn Sa Pa");
    expect(areaInSentence("Trạm Tấu")).toBe("Trạm Tấu");
    expect(areaInSentence("Bản Công")).toBe("Bản Công"); // a place name, not a kind of unit
    expect(areaInSentence("XÃ TRẠM TẤU")).toBe("XÃ TRẠM TẤU");
    expect(areaInSentence("Xãhội")).toBe("Xãhội");
  });

  it("mid-sentence lower case, capital at the start of the sentence", () => {
    expect(sentences([{ name: "Thu ngân sách", plan: 30, actual: 33 }])).toMatch(
      /^6 tháng đầu năm 2022, xã Làng Nhì có /,
    );
    const noPeriod = scoreReturn(
      { ...returnTable("Phường Sài Gòn", [{ name: "A", plan: 1, actual: 1 }]), period: null },
      vi,
      "x",
    );
    expect(summarizeReturn(noPeriod, vi).narrative).toMatch(/^Phường Sài Gòn có /);
  });

  it("in the consolidated sentences too", () => {
    const text = consolidatedNarrative(
      {
        period: null,
        received: 2,
        expected: 3,
        missingAreas: ["Đặc khu Phú Quốc"],
        counts: { met: 1, near: 0, mid: 0, low: 1, none: 0 },
        weakestAreas: [["Phường Sài Gòn", 3]],
        lagging: [
          {
            name: "Tỷ lệ tăng dân số tự nhiên",
            parent: null,
            achievement: 5,
            unit: "%",
            direction: "down",
            plan: 0.2,
            actual: 4,
            flags: ["lagging", "suspect-unit"],
          },
        ],
      },
      vi,
    );
    expect(text).toContain("(chưa gửi: đặc khu Phú Quốc)");
    expect(text).toContain("đạt thấp: phường Sài Gòn (3 chỉ tiêu)");
    expect(text).toContain("Tỷ lệ tăng dân số tự nhiên: số liệu cần kiểm tra (4 so với kế hoạch 0,2)");
  });
});

describe("the pane's lagging list says what the table says", () => {
  const scored = (inputs: IndicatorInput[], settings = vi) =>
    scoreReturn({ ...returnTable("Xã Làng Nhì", inputs), period: null }, settings, "x.xlsx").indicators[0];

  it("a count that should not happen: what happened, never '0,0%'; the figures beside it", () => {
    const marriage = scored([{ name: "Số vụ tảo hôn", unit: "vụ", plan: 0, actual: 2 }]);
    expect(laggingFigures(marriage, "vi")).toEqual({
      head: "xảy ra 2 vụ (KH: không để xảy ra)",
      figures: "TH 2 / KH 0 vụ",
    });
    expect(laggingFigures(marriage, "en").head).toBe("2 vụ occurred (plan: none)");
  });

  it("a doubted figure: 'cần kiểm tra'; a plain one: its %", () => {
    const growth = scored([{ name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 }]);
    expect(laggingFigures(growth, "vi").head).toBe("cần kiểm tra");
    const food = scored([{ name: "Sản lượng lương thực", unit: "tấn", plan: 110, actual: 50 }]);
    expect(laggingFigures(food, "vi")).toEqual({ head: "45,5%", figures: "TH 50 / KH 110 tấn" });
  });
});
