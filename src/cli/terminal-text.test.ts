import fc from "fast-check";
import { visible } from "./terminal-text";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe("visible", () => {
  test("shows escapes, bells, carriage returns and bidi marks; keeps Vietnamese and line breaks", () => {
    expect(visible("Xã \u001b[31mĐỏ\u001b[0m\u0007\r\u202eabc\n")).toBe("Xã \\e[31mĐỏ\\e[0m\\x07\\r\\u202eabc\n");
    expect(visible("Tổng hợp – chỉ tiêu “đạt”")).toBe("Tổng hợp – chỉ tiêu “đạt”");
  });

  test("never lets a control character through, and changes nothing else (any text)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const shown = visible(text);
        expect(shown).not.toMatch(CONTROL);
        if (!CONTROL.test(text)) expect(shown).toBe(text);
      }),
    );
  });
});
