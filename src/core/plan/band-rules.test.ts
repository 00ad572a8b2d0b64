import { parseSettings } from "../settings";
import { bandConditionalFormat, bandLabelFormula } from "./band-rules";

describe("band formulas", () => {
  const settings = parseSettings({});
  it("name the band from the displayed (rounded) value, with the user's thresholds", () => {
    const formula = bandLabelFormula("F10", settings);
    expect(formula).toContain("ROUND(F10*100,1)>=100");
    expect(formula).toContain('"Đạt, vượt kế hoạch"');
    expect(formula).toContain('"Chưa đánh giá"');
    const custom = bandLabelFormula("F10", parseSettings({ bands: { met: 95, near: 80, mid: 60 } }));
    expect(custom).toContain(">=95");
    expect(custom).toContain('"Đạt từ 80% đến dưới 95%"');
  });
  it("paint met, near, mid, low and none in that order, keyed on the % column", () => {
    const cf = bandConditionalFormat({ top: 10, left: 6, bottom: 40, right: 7 }, "F", "G", settings);
    expect(cf.rules.map((r) => r.band)).toEqual(["met", "near", "mid", "low", "none"]);
    expect(cf.rules[0].formula).toBe("AND(ISNUMBER($F10),ROUND($F10*100,1)>=100)");
    expect(cf.rules[1].formula).toContain(">=70");
    expect(cf.rules[2].formula).toContain(">=50");
    expect(cf.rules[4].formula).toContain("LEN($G10)>0");
    expect(cf.rules[0].fill).toBe(settings.colours.met);
  });
});
