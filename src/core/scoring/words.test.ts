// Whole-word cue matching ("hộ nghèo" in "Tỷ lệ hộ nghèo"), folded once per text and per cue.
import { hasAnyWords, hasWords, wordHaystack, wordNeedle } from "./words";

describe("hasWords", () => {
  it("finds a cue as whole words whatever the punctuation between them", () => {
    const haystack = wordHaystack("Tỷ lệ hộ - nghèo (đa chiều)");
    expect(hasWords(haystack, wordNeedle("hộ nghèo"))).toBe(true);
    expect(hasWords(haystack, wordNeedle("Hộ nghèo:"))).toBe(true);
    expect(hasWords(haystack, wordNeedle("- đa chiều."))).toBe(true);
    expect(hasWords(haystack, wordNeedle("nghèo đa"))).toBe(true);
    expect(hasWords(haystack, wordNeedle("ngh"))).toBe(false);
  });

  it("never matches a cue with no word in it", () => {
    expect(wordNeedle("-")).toBe("");
    expect(wordNeedle(" (…) ")).toBe("");
    expect(hasWords(wordHaystack("Thu ngân sách"), wordNeedle("-"))).toBe(false);
    expect(hasAnyWords(wordHaystack("Thu ngân sách"), [wordNeedle("*"), wordNeedle("chi")])).toBe(false);
    expect(hasAnyWords(wordHaystack("Thu ngân sách"), [wordNeedle("*"), wordNeedle("ngân sách")])).toBe(true);
  });
});
