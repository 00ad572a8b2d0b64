import type { SourceWorkbook } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { areaLines, mergeImported, withoutGenerated } from "./pane-logic";

const source = (file: string, tag: string): SourceWorkbook => ({ file, grids: [], findings: [{ sheet: tag, cell: "", severity: "warning", code: "file-unreadable" }] });

describe("pane logic for the clerk", () => {
  it("a file picked again replaces the earlier one in place; new files are added at the end", () => {
    const merged = mergeImported([source("a.xlsx", "1"), source("b.xlsx", "1")], [source("b.xlsx", "2"), source("c.xlsx", "1")]);
    expect(merged.map((s) => `${s.file}:${s.findings[0].sheet}`)).toEqual(["a.xlsx:1", "b.xlsx:2", "c.xlsx:1"]);
  });

  it("reads expected areas one per line, trimmed, blank lines and repeats dropped", () => {
    expect(areaLines(" Xã Trạm Tấu \r\n\nXã Bản Công\nXã Trạm Tấu\n  \n")).toEqual(["Xã Trạm Tấu", "Xã Bản Công"]);
    expect(areaLines("")).toEqual([]);
  });

  it("leaves the generated sheets out of the scan, whatever their case", () => {
    const grid = (sheet: string): Grid => ({ sheet, top: 1, left: 1, values: [["x"]] }) as Grid;
    const scan = { grids: [grid("Biểu 01"), grid("KQ Xã Trạm Tấu"), grid("Tổng hợp")], findings: [] };
    expect(withoutGenerated(scan, ["kq xã trạm tấu", "Tổng hợp"]).grids.map((g) => g.sheet)).toEqual(["Biểu 01"]);
    expect(withoutGenerated(scan, [])).toBe(scan);
  });
});
