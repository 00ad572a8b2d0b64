import type { SourceWorkbook } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { analyzeContained, inPickedOrder, readPicked } from "./contain";

const table = (area: string): Grid => ({
  sheet: area,
  top: 1,
  left: 1,
  values: [
    [`BÁO CÁO ${area.toUpperCase()}`, null, null],
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    ["Thu ngân sách", 30, 33],
  ],
});
const good = (file: string, area: string): SourceWorkbook => ({ file, grids: [table(area)], findings: [] });
const scan = { grids: [], findings: [] };

describe("the pane's containment of one bad file", () => {
  test("a file the browser cannot hand over is unreadable on its own; the others are read", async () => {
    const files = [{ name: "a.xlsx" }, { name: "moved.xlsx" }, { name: "c.xlsx" }];
    const { read, failed } = await readPicked(files, async (f) => {
      if (f.name === "moved.xlsx") throw new DOMException("A requested file could not be read", "NotReadableError");
      return new ArrayBuffer(4);
    });
    expect(read.map((f) => f.name)).toEqual(["a.xlsx", "c.xlsx"]);
    expect(failed).toEqual([
      expect.objectContaining({ file: "moved.xlsx", findings: [expect.objectContaining({ code: "file-unreadable" })] }),
    ]);
    expect(
      inPickedOrder(
        ["a.xlsx", "moved.xlsx", "c.xlsx"],
        [good("a.xlsx", "Xã A"), good("c.xlsx", "Xã C"), ...failed],
      ).map((s) => s.file),
    ).toEqual(["a.xlsx", "moved.xlsx", "c.xlsx"]);
  });

  test("a source the engine throws on is set aside as unreadable; every other return still shows", () => {
    // A grid whose rows are not arrays: what a broken or hostile reader could hand over.
    const hostile: SourceWorkbook = {
      file: "hostile.xlsx",
      grids: [{ sheet: "S", top: 1, left: 1, values: [null as unknown as []] }],
      findings: [],
    };
    const imported = [good("a.xlsx", "Xã A"), hostile, good("c.xlsx", "Xã C")];
    const analysis = analyzeContained(scan, imported, DEFAULT_SETTINGS);
    expect(analysis.returns.map((r) => r.ret.file ?? r.ret.sheet)).toHaveLength(2);
    expect(analysis.problems.filter((p) => p.file === "hostile.xlsx").map((p) => p.code)).toEqual(["file-unreadable"]);
  });
});
