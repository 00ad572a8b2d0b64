import type { Grid } from "../../core/grid";
import { DEFAULT_SETTINGS, parseSettings } from "../../core/settings";
import { analyzeScan } from "./pane-logic";
import {
  columnChoices,
  columnOverride,
  directionChoice,
  withColumnOverride,
  withDirectionOverride,
} from "./corrections";

/** A return whose two figure columns are headed ambiguously: the reader cannot tell plan from actual. */
const grid: Grid = {
  sheet: "Xã A",
  top: 1,
  left: 1,
  values: [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022 - XÃ A", null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Số liệu khác"],
    ["A", "B", "C", "1", "2", "3"],
    ["1", "Tỷ lệ hộ nghèo", "%", 4, 5, 3],
    ["2", "Sản lượng lương thực", "tấn", 400, 347, 500],
  ],
};

describe("column corrections", () => {
  it("lists every column with its header text, without the column-number row", () => {
    const table = analyzeScan({ grids: [grid], findings: [] }, DEFAULT_SETTINGS).returns[0].ret.table;
    expect(table.headerRows).toContain(2);
    expect(columnChoices(grid, table)).toEqual([
      { column: 1, letter: "A", header: "STT" },
      { column: 2, letter: "B", header: "Chỉ tiêu" },
      { column: 3, letter: "C", header: "ĐVT" },
      { column: 4, letter: "D", header: "Kế hoạch" },
      { column: 5, letter: "E", header: "Thực hiện" },
      { column: 6, letter: "F", header: "Số liệu khác" },
    ]);
  });

  it("re-reads the return with the user's column: the result now comes from column F", () => {
    const before = analyzeScan({ grids: [grid], findings: [] }, DEFAULT_SETTINGS).returns[0].ret;
    expect(before.table.columns.actual).toBe(5);
    const settings = withColumnOverride(DEFAULT_SETTINGS, "Xã A", "actual", 6);
    expect(columnOverride(settings, "Xã A", "actual")).toBe(6);
    const after = analyzeScan({ grids: [grid], findings: [] }, settings).returns[0].ret;
    expect(after.table.columns.actual).toBe(6);
    const food = after.indicators.find((i) => i.name === "Sản lượng lương thực");
    expect(food?.actualValue).toBe(500);
    expect(food?.cells.actual).toBe("F5");
    expect(food?.achievement).toBe(125);
  });

  it("goes back to automatic and leaves no empty entry behind", () => {
    const set = withColumnOverride(DEFAULT_SETTINGS, "Xã A", "plan", 6);
    const cleared = withColumnOverride(set, "Xã A", "plan", null);
    expect(cleared.columns).toEqual({});
    expect(columnOverride(cleared, "Xã A", "plan")).toBeUndefined();
    // other sheets' overrides are kept
    const two = withColumnOverride(withColumnOverride(DEFAULT_SETTINGS, "Xã B", "plan", 4), "Xã A", "plan", 6);
    expect(withColumnOverride(two, "Xã A", "plan", null).columns).toEqual({ "Xã B": { plan: 4 } });
  });
});

describe("direction corrections", () => {
  it("starts automatic, then a user's direction wins and rescoring follows", () => {
    expect(directionChoice(DEFAULT_SETTINGS, "Sản lượng lương thực")).toBe("auto");
    const auto = analyzeScan({ grids: [grid], findings: [] }, DEFAULT_SETTINGS).returns[0].ret;
    const food = auto.indicators.find((i) => i.name === "Sản lượng lương thực");
    expect(food).toMatchObject({ direction: "up", directionSource: "default" });

    const settings = withDirectionOverride(DEFAULT_SETTINGS, "Sản lượng lương thực", "down");
    expect(directionChoice(settings, "sản lượng  lương thực")).toBe("down");
    const corrected = analyzeScan({ grids: [grid], findings: [] }, settings).returns[0].ret;
    const after = corrected.indicators.find((i) => i.name === "Sản lượng lương thực");
    expect(after).toMatchObject({ direction: "down", directionSource: "setting" });
    expect(after?.achievement).not.toBe(food?.achievement);
  });

  it("replaces a key written another way, and 'auto' removes it", () => {
    const typed = parseSettings({ directions: { "TỶ LỆ HỘ NGHÈO": "up", "Thu ngân sách": "up" } });
    const changed = withDirectionOverride(typed, "Tỷ lệ hộ nghèo", "down");
    expect(Object.values(changed.directions).filter((d) => d === "down")).toHaveLength(1);
    expect(Object.keys(changed.directions)).toHaveLength(2);
    expect(directionChoice(changed, "Tỷ lệ hộ nghèo")).toBe("down");
    const auto = withDirectionOverride(changed, "tỷ lệ hộ nghèo", "auto");
    expect(auto.directions).toEqual({ "Thu ngân sách": "up" });
  });
});
