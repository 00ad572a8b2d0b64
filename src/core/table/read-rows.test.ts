import { readReturn } from "./read-return";
import { gridOf } from "./test-support";

describe("readRows: cell references shared between returns", () => {
  const grid = (area: string, columns: string[]) =>
    gridOf(
      [
        [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU - ${area.toUpperCase()}`],
        columns,
        [1, "Thu ngân sách", "triệu đồng", 100, 80],
        [2, "Tỷ lệ hộ nghèo", "%", 4, 5],
      ],
      { sheet: area },
    );

  it("gives returns with one layout the same frozen cells object per row", () => {
    const a = readReturn(grid("Xã A", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    const b = readReturn(grid("Xã B", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    expect(a.indicators[0].cells).toEqual({ code: "A3", name: "B3", unit: "C3", plan: "D3", actual: "E3" });
    expect(a.indicators[0].cells).toBe(b.indicators[0].cells);
    expect(a.indicators[1].cells).toBe(b.indicators[1].cells);
    expect(a.indicators[1].cells.actual).toBe("E4");
    expect(Object.isFrozen(a.indicators[0].cells)).toBe(true);
    expect(a.indicators[0].code).toBe("1");
  });

  it("keeps another layout's cells apart", () => {
    const a = readReturn(grid("Xã A", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    const c = readReturn(grid("Xã C", ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"])).table!;
    expect(c.indicators[0].cells).toEqual({ code: "A3", name: "B3", unit: "C3", plan: "E3", actual: "D3" });
    expect(c.indicators[0].cells).not.toBe(a.indicators[0].cells);
    expect(c.indicators[0].plan).toEqual({ kind: "number", value: 80, percent: false });
  });
});
