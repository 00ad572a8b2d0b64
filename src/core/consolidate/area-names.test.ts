import { areaKey, missingExpected, uniqueAreaNames } from "./area-names";

describe("area names", () => {
  it("areaKey ignores the unit word, case and spaces, keeps diacritics", () => {
    expect(areaKey("Xã  Trạm Tấu")).toBe("trạm tấu");
    expect(areaKey("PHƯỜNG Hòa Bình")).toBe("hòa bình");
    expect(areaKey("UBND xã Bản Mù")).toBe("bản mù");
    expect(areaKey("Trạm Tấu")).toBe("trạm tấu");
    expect(areaKey("Xã")).toBe("xã");
    expect(areaKey("Xã Trạm - Tấu")).toBe("trạm tấu");
    expect(areaKey("– Xã Trạm Tấu _")).toBe("trạm tấu");
    // a unit word inside the name is part of the name
    expect(areaKey("Đông Xã Hòa")).toBe("đông xã hòa");
  });
  it("duplicates get (2), (3) and point at the first", () => {
    expect(uniqueAreaNames(["Xã A", "Xã B", "xã A", "Xã A"])).toEqual([
      { name: "Xã A", key: "a", duplicateOf: null },
      { name: "Xã B", key: "b", duplicateOf: null },
      { name: "xã A (2)", key: "a", duplicateOf: 0 },
      { name: "Xã A (3)", key: "a", duplicateOf: 0 },
    ]);
  });
  it("a return really named like a numbered duplicate is numbered on: every name stays unique", () => {
    expect(uniqueAreaNames(["Xã A", "Xã A", "Xã A (2)", "Xã A (2)"])).toEqual([
      { name: "Xã A", key: "a", duplicateOf: null },
      { name: "Xã A (2)", key: "a", duplicateOf: 0 },
      { name: "Xã A (2) (2)", key: "a 2", duplicateOf: null },
      { name: "Xã A (2) (3)", key: "a 2", duplicateOf: 2 },
    ]);
  });
  it("missingExpected matches with or without the unit word and diacritics", () => {
    expect(
      missingExpected(["Trạm Tấu", "Xã Bản Mù", "Phình Hồ", "xa hat luu"], ["Xã Trạm Tấu", "Bản Mù", "Xã Hát Lừu"]),
    ).toEqual(["Phình Hồ"]);
  });
});
