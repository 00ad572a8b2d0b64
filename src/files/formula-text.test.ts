import fc from "fast-check";
import { FORMULA_TEXT_CONSTANT_MAX, formulaText, hyperlinkFormula } from "./fill-sheet";

/** The text constants of a formula, unescaped. */
function constants(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

describe("text constants in formulas stay within Excel's 255 characters", () => {
  test("any text: every constant ≤ 255 UTF-16 units, and together they are the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 900 }), (text) => {
        const parts = constants(formulaText(text));
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(FORMULA_TEXT_CONSTANT_MAX);
        expect(parts.join("")).toBe(text);
      }),
    );
  });

  test("a long indicator name in a link: split into constants joined by &, no surrogate pair cut", () => {
    const name = `Tỷ lệ hộ nghèo "đa chiều" 😀 ${"theo chuẩn nghèo giai đoạn 2021–2025 ".repeat(12)}`;
    const formula = hyperlinkFormula({ sheet: "Xã Ia H'Drai", cell: "B9" }, name);
    expect(formula.startsWith(`HYPERLINK("#'Xã Ia H''Drai'!B9",`)).toBe(true);
    const parts = constants(formula).slice(1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(name);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(255);
    expect(formula).toContain('"&"');
  });

  test("a text too long for any formula is cut with an ellipsis", () => {
    const parts = constants(formulaText("x".repeat(20_000)));
    expect(parts.join("").length).toBe(7_000);
    expect(parts.join("").endsWith("…")).toBe(true);
  });
});
