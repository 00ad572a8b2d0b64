import { numberStyleKey } from "./styles";

/** The definition: decimals of the number's shortest text. */
function byText(value: number): string {
  if (Number.isInteger(value)) return "num0";
  const text = String(Math.abs(value));
  const decimals = text.includes(".") ? text.split(".")[1].length : 0;
  return decimals === 1 ? "num1" : decimals === 2 ? "num2" : "num3";
}

describe("numberStyleKey", () => {
  it("picks the style by the decimals the number is written with", () => {
    expect(numberStyleKey(1326)).toBe("num0");
    expect(numberStyleKey(-4)).toBe("num0");
    expect(numberStyleKey(86.8)).toBe("num1");
    expect(numberStyleKey(-0.5)).toBe("num1");
    expect(numberStyleKey(1.15)).toBe("num2");
    expect(numberStyleKey(0.07)).toBe("num2");
    expect(numberStyleKey(0.1 + 0.2)).toBe("num3");
    expect(numberStyleKey(2.345)).toBe("num3");
  });

  it("agrees with the written decimals on awkward doubles, tiny and huge numbers", () => {
    const samples = [1e-7, 1.5e-7, 1e-6, 1.25e-6, 123456789012.5, 1e12 + 0.5, 1e21, 4.35, 8.675, 0.29, 1.005, 99.99];
    for (const value of samples) expect([value, numberStyleKey(value)]).toEqual([value, byText(value)]);
  });

  it("agrees with the written decimals on many figures with 1 to 4 decimals", () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20000; i++) {
      const decimals = 1 + (i % 4);
      const scale = 10 ** decimals;
      const magnitude = 10 ** Math.floor(next() * 9);
      const value = Math.round(next() * magnitude * scale) / scale;
      const signed = i % 3 === 0 ? -value : value;
      if (numberStyleKey(signed) !== byText(signed)) expect([signed, numberStyleKey(signed)]).toEqual([signed, byText(signed)]);
      // Results of arithmetic (rates, scaled percents), not only typed figures.
      const computed = (value * 1.1) / 3;
      if (numberStyleKey(computed) !== byText(computed)) expect([computed, numberStyleKey(computed)]).toEqual([computed, byText(computed)]);
    }
  });
});
