/**
 * Properties of scoring (domain.md, "Achievement" and "Bands"): bands never get worse as
 * achievement grows, whatever thresholds the user sets; and "higher is better" of (plan, actual)
 * is "lower is better" (no baseline) of (actual, plan).
 */
import fc from "fast-check";
import type { Figure } from "../../src/core/figures";
import { computeAchievement } from "../../src/core/scoring/achievement";
import { bandOf, bandRank } from "../../src/core/scoring/bands";
import { BLANK } from "../../src/core/figures";
import { parseSettings } from "../../src/core/settings";

/** Thresholds the settings schema accepts: met > near > mid ≥ 0, any shown decimals 0–3. */
const bandSettings = fc
  .record({
    mid: fc.double({ min: 0, max: 200, noNaN: true }),
    gap1: fc.double({ min: 0.001, max: 100, noNaN: true }),
    gap2: fc.double({ min: 0.001, max: 100, noNaN: true }),
    decimals: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ mid, gap1, gap2, decimals }) =>
    parseSettings({ bands: { mid, near: mid + gap1, met: mid + gap1 + gap2 }, decimals }),
  );
const achievement = fc.double({ min: -50, max: 500, noNaN: true });

describe("bandOf", () => {
  it("is monotone: a higher achievement never gets a worse band", () => {
    fc.assert(
      fc.property(bandSettings, achievement, achievement, (settings, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bandRank(bandOf(high, settings))).toBeLessThanOrEqual(bandRank(bandOf(low, settings)));
      }),
      { numRuns: 3000 },
    );
  });

  /** Thresholds the display can show (multiples of 10^-decimals), as users type them: 100, 70, 50. */
  const shownSettings = fc
    .record({
      decimals: fc.integer({ min: 0, max: 3 }),
      mid: fc.integer({ min: 0, max: 2000 }),
      gap1: fc.integer({ min: 1, max: 1000 }),
      gap2: fc.integer({ min: 1, max: 1000 }),
    })
    .map(({ decimals, mid, gap1, gap2 }) => {
      const unit = (k: number) => k / 10 ** decimals;
      return parseSettings({
        bands: { mid: unit(mid), near: unit(mid + gap1), met: unit(mid + gap1 + gap2) },
        decimals,
      });
    });

  it("is never 'none' for a number, and 'met' exactly from the met threshold as displayed", () => {
    fc.assert(
      fc.property(shownSettings, achievement, (settings, a) => {
        const band = bandOf(a, settings);
        expect(band).not.toBe("none");
        expect(bandOf(settings.bands.met, settings)).toBe("met");
        if (a >= settings.bands.met) expect(band).toBe("met");
        if (a < settings.bands.mid - 1) expect(band).toBe("low");
      }),
      { numRuns: 2000 },
    );
  });
});

const number = (value: number): Figure => ({ kind: "number", value, percent: false });
const positive = fc.double({ min: 1e-3, max: 1e9, noNaN: true });

describe("up / down symmetry", () => {
  it("up(plan, actual) equals down without baseline(actual, plan)", () => {
    fc.assert(
      fc.property(positive, positive, (plan, actual) => {
        const up = computeAchievement({ plan: number(plan), actual: number(actual), baseline: BLANK }, "up");
        const down = computeAchievement({ plan: number(actual), actual: number(plan), baseline: BLANK }, "down");
        expect(up.achievement).not.toBeNull();
        expect(down.achievement).toBe(up.achievement);
        expect(down.reason).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("holds for percent figures and the '%' unit too", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (p, a) => {
          const pct = (value: number): Figure => ({ kind: "number", value, percent: true });
          const up = computeAchievement({ plan: pct(p), actual: pct(a), baseline: BLANK }, "up", "%");
          const down = computeAchievement({ plan: pct(a), actual: pct(p), baseline: BLANK }, "down", "%");
          expect(up.kind).toBe("percent");
          expect(down.achievement).toBe(up.achievement);
        },
      ),
    );
  });
});
