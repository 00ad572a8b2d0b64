import { chooseTheme, luminance } from "./theme";

describe("luminance", () => {
  it("is 0 for black, 1 for white, and reads #rgb", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance("#fff")).toBeCloseTo(1, 10);
  });

  it("rejects colours it cannot read", () => {
    expect(luminance("white")).toBeNull();
    expect(luminance("#12345")).toBeNull();
    expect(luminance("")).toBeNull();
  });
});

describe("chooseTheme", () => {
  it.each([
    ["#FFFFFF", "light"], // Office "White" / "Colorful"
    ["#E6E6E6", "light"], // Office "Dark Gray" body
    ["#262626", "dark"], // Office "Black"
    ["#1f1f1f", "dark"],
    ["#666666", "dark"], // white text reads better on it than black
    ["#808080", "light"], // black text reads better on it than white
  ] as const)(
    "maps Office's body background %s to %s, whatever the browser prefers",
    (background, expected) => {
      expect(chooseTheme(background, true)).toBe(expected);
      expect(chooseTheme(background, false)).toBe(expected);
    }
  );

  it("follows prefers-color-scheme when Office gives no theme", () => {
    expect(chooseTheme(undefined, true)).toBe("dark");
    expect(chooseTheme(undefined, false)).toBe("light");
  });

  it("follows prefers-color-scheme when Office's colour is unreadable", () => {
    expect(chooseTheme("", true)).toBe("dark");
    expect(chooseTheme("transparent", false)).toBe("light");
  });
});
