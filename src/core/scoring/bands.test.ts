import { parseSettings, DEFAULT_SETTINGS } from "../settings";
import {
  BAND_ORDER,
  bandOf,
  bandRank,
  isLaggingBand,
  roundHalfAway,
} from "./bands";

describe("bandOf (default thresholds 100 / 70 / 50)", () => {
  it.each([
    [86.75, "near"],
    [68, "mid"],
    [110, "met"],
    [(12 / 19) * 100, "mid"],
    [(79 / 96) * 100, "near"],
    [(73 / 46) * 100, "met"],
    [(0.2 / 7.7) * 100, "low"],
    [87.5, "near"],
    [50, "mid"],
    [49.94, "low"],
    [0, "low"],
  ] as const)("%d → %s", (value, band) => {
    expect(bandOf(value, DEFAULT_SETTINGS)).toBe(band);
  });

  it("no achievement → none", () => {
    expect(bandOf(null, DEFAULT_SETTINGS)).toBe("none");
  });

  it("judges the displayed value: 99.96 shows 100,0 → met; 69.95 shows 70,0 → near", () => {
    expect(bandOf(99.96, DEFAULT_SETTINGS)).toBe("met");
    expect(bandOf(69.95, DEFAULT_SETTINGS)).toBe("near");
    expect(bandOf(99.94, DEFAULT_SETTINGS)).toBe("near");
    expect(bandOf(99.95, DEFAULT_SETTINGS)).toBe("met");
    expect(bandOf(69.949, DEFAULT_SETTINGS)).toBe("mid");
    expect(bandOf(99.6, parseSettings({ decimals: 0 }))).toBe("met");
    expect(bandOf(99.96, parseSettings({ decimals: 2 }))).toBe("near");
  });

  it("user thresholds 90 / 60 / 40 change the bands", () => {
    const s = parseSettings({ bands: { met: 90, near: 60, mid: 40 } });
    expect(bandOf(92, s)).toBe("met");
    expect(bandOf(86.75, s)).toBe("near");
    expect(bandOf(45, s)).toBe("mid");
    expect(bandOf(39.9, s)).toBe("low");
    expect(bandOf(92, DEFAULT_SETTINGS)).toBe("near");
  });
});

describe("helpers", () => {
  it("roundHalfAway is half away from zero and float-safe", () => {
    expect(roundHalfAway(86.75, 1)).toBe(86.8);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(63.1578947, 1)).toBe(63.2);
    expect(roundHalfAway(0.8675 * 100, 1)).toBe(86.8); // 86.74999999999999 shows as 86,8 in Excel
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(86.7499, 1)).toBe(86.7);
  });
  it("band order and rank", () => {
    expect(BAND_ORDER.map(bandRank)).toEqual([0, 1, 2, 3, 4]);
    expect(
      ["met", "near", "mid", "low", "none"].filter((b) =>
        isLaggingBand(b as never),
      ),
    ).toEqual(["mid", "low"]);
  });
});
