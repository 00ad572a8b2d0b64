import { SheetNames, cleanSheetName } from "./sheet-names";

describe("sheet names", () => {
  it("removes the characters Excel forbids and keeps 31 characters", () => {
    expect(cleanSheetName("KQ [Xã]: A/B\\C?*")).toBe("KQ Xã A B C");
    expect(cleanSheetName("x".repeat(40))).toHaveLength(31);
  });
  it("keeps a name with an apostrophe whole, as typed; only one at either end goes", () => {
    expect(cleanSheetName("KQ Xã Ia H'Drai")).toBe("KQ Xã Ia H'Drai");
    expect(new SheetNames().take("KQ Xã Đắk R'Lấp")).toBe("KQ Xã Đắk R'Lấp");
    expect(cleanSheetName("'Xã A'")).toBe("Xã A");
  });
  it("never reuses a taken name, ignoring case, and stays within 31 characters", () => {
    const taken = new SheetNames(["KQ Xã Trạm Tấu"]);
    expect(taken.take("kq xã trạm tấu")).toBe("kq xã trạm tấu (2)");
    expect(taken.take("KQ Xã Trạm Tấu")).toBe("KQ Xã Trạm Tấu (3)");
    const long = new SheetNames(["y".repeat(31)]).take("y".repeat(31));
    expect(long).toHaveLength(31);
    expect(long.endsWith(" (2)")).toBe(true);
  });
  it("gives what the full cleaning gives for names that look clean and names that do not", () => {
    // the cleaning cleanSheetName skips for names it finds clean
    const full = (name: string): string =>
      (
        name
          .replace(/[:\\/?*[\]]/g, " ")
          .replace(/\s+/g, " ")
          .trim()
          .replace(/^'+|'+$/g, "") || "Sheet"
      )
        .slice(0, 31)
        .trim();
    const names = [
      "KQ Xã A",
      "KQ  Xã A",
      " KQ",
      "KQ ",
      "'KQ'",
      "KQ's",
      "KQ\tA",
      "KQ\u00a0A",
      "A\uFEFF",
      "",
      "'",
      "a:b",
      "x".repeat(31),
      "x".repeat(32),
    ];
    for (const name of names) expect(cleanSheetName(name)).toBe(full(name));
  });
});
