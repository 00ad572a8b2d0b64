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

describe("band formulas reading the legend", () => {
  it("take the names from the legend cells when given", () => {
    const settings = parseSettings({});
    const refs = { met: "$C$7", near: "$D$7", mid: "$E$7", low: "$F$7", none: "$G$7" };
    const formula = bandLabelFormula("F10", settings, refs);
    expect(formula).toBe(
      "IF(ISNUMBER(F10),IF(ROUND(F10*100,1)>=100,$C$7,IF(ROUND(F10*100,1)>=70,$D$7,IF(ROUND(F10*100,1)>=50,$E$7,$F$7))),$G$7)",
    );
  });
});
