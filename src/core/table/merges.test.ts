// Merged header cells: every covered cell shows the top-left cell's value, within the grid read.
import { createMergeLookup } from "./merges";
import { gridOf } from "./test-support";

describe("createMergeLookup at the edges of the grid", () => {
  const grid = gridOf(
    [
      ["a", "b", "c"],
      ["d", "e", "f"],
    ],
    { top: 1, left: 1, merges: ["C1:E1"] },
  );

  it("clips a merge running past the right edge: it never spills onto the next row", () => {
    const merges = createMergeLookup(grid, 0, 1);
    expect(merges.source(0, 2)).toEqual([0, 2]); // C1 is the merge's own top-left cell
    expect(merges.rangeAt(0, 2)).toEqual({ top: 0, bottom: 0, left: 2, right: 4 });
    expect(merges.rangeAt(1, 0)).toBeNull();
    expect(merges.source(1, 0)).toBeNull();
  });

  it("clips a merge running past the bottom edge", () => {
    const tall = gridOf([["a"], ["b"]], { merges: ["A2:A5"] });
    const merges = createMergeLookup(tall, 0, 9);
    expect(merges.rangeAt(1, 0)).toEqual({ top: 1, bottom: 4, left: 0, right: 0 });
    expect(merges.rangeAt(2, 0)).toBeNull();
  });

  it("gives no source for a merge whose top-left cell lies above or left of the grid read", () => {
    const below = gridOf(
      [
        ["x", null, "y"],
        [null, null, "z"],
      ],
      { top: 4, left: 2, merges: ["B2:C5", "A5:D5"] },
    );
    const merges = createMergeLookup(below, 0, 1);
    expect(merges.rangeAt(0, 1)).not.toBeNull();
    expect(merges.source(0, 1)).toBeNull();
    expect(merges.rangeAt(1, 2)).not.toBeNull();
    expect(merges.source(1, 2)).toBeNull();
  });

  it("answers for a grid with no rows", () => {
    const merges = createMergeLookup(gridOf([], { merges: ["A1:B2"] }), 0, 0);
    expect(merges.source(0, 0)).toBeNull();
    expect(merges.rangeAt(0, 0)).toBeNull();
  });
});
