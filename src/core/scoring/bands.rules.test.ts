// The colour bands as a report reads them (domain.md, "Bands"): met ≥ 100 %, near 70 – < 100 %,
// mid 50 – < 70 %, low < 50 %, none when there is no figure; judged on the value as displayed.
import { DEFAULT_SETTINGS, parseSettings } from "../settings";
import { bandOf, roundHalfAway } from "./bands";

describe("bands at their edges", () => {
  it.each([
    [100, "met"],
    [70, "near"],
    [99.9, "near"],
    [69.9, "mid"],
    [50, "mid"],
    [49.9, "low"],
    [1000, "met"],
  ] as const)("%d %% is %s", (value, band) => {
    expect(bandOf(value, DEFAULT_SETTINGS)).toBe(band);
  });

  it("a negative achievement (a result below zero) is low, never mid or better", () => {
    expect(bandOf(-50, DEFAULT_SETTINGS)).toBe("low");
    expect(bandOf(-70, DEFAULT_SETTINGS)).toBe("low");
    expect(bandOf(-100, DEFAULT_SETTINGS)).toBe("low");
    expect(bandOf(-150, DEFAULT_SETTINGS)).toBe("low");
  });

  it("a figure that is not a number is not yet evaluated (none), never 0 %", () => {
    expect(bandOf(Number.NaN, DEFAULT_SETTINGS)).toBe("none");
    expect(bandOf(Number.POSITIVE_INFINITY, DEFAULT_SETTINGS)).toBe("none");
    expect(bandOf(Number.NEGATIVE_INFINITY, DEFAULT_SETTINGS)).toBe("none");
  });

  it("the user's thresholds are edges too: 80 % is met when the met threshold is 80", () => {
    const s = parseSettings({ bands: { met: 80, near: 60, mid: 40 } });
    expect([80, 79.9, 60, 59.9, 40, 39.9].map((v) => bandOf(v, s))).toEqual([
      "met",
      "near",
      "near",
      "mid",
      "mid",
      "low",
    ]);
  });
});

describe("the displayed value decides", () => {
  it("with no decimals shown, 69,5 % shows 70 % and is near; 69,4 % shows 69 % and is mid", () => {
    const s = parseSettings({ decimals: 0 });
    expect(bandOf(69.5, s)).toBe("near");
    expect(bandOf(69.4, s)).toBe("mid");
    expect(bandOf(49.5, s)).toBe("mid");
  });

  it("with two decimals shown, 99,995 % shows 100,00 % and is met", () => {
    expect(bandOf(99.995, parseSettings({ decimals: 2 }))).toBe("met");
    expect(bandOf(99.994, parseSettings({ decimals: 2 }))).toBe("near");
  });

  it("rounds the displayed value half away from zero, on negatives too", () => {
    expect(roundHalfAway(-86.75, 1)).toBe(-86.8);
    expect(roundHalfAway(-86.74, 1)).toBe(-86.7);
    expect(roundHalfAway(-86.76, 1)).toBe(-86.8);
    expect(roundHalfAway(0.5, 0)).toBe(1);
    expect(roundHalfAway(0.49, 0)).toBe(0);
  });

  it("shows a tiny negative as 0, not -0", () => {
    expect(Object.is(roundHalfAway(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0.4, 0), 0)).toBe(true);
  });

  it("rounds to as many decimals as asked, up to the largest", () => {
    expect(roundHalfAway(1.23456789, 3)).toBe(1.235);
    expect(roundHalfAway(1.23456789, 4)).toBe(1.2346);
    expect(roundHalfAway(1.23456789, 5)).toBe(1.23457);
    expect(roundHalfAway(1.23456789, 6)).toBe(1.234568);
    expect(roundHalfAway(1.23456789, 7)).toBe(1.2345679);
    expect(roundHalfAway(1.23456789, 8)).toBe(1.23456789);
  });

  it("leaves a value that is no finite number as it is", () => {
    expect(roundHalfAway(Number.NaN, 1)).toBeNaN();
    expect(roundHalfAway(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});
