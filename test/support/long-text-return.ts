/** A return whose fourth indicator has a 50,000-character name and note: over Excel's cell limit. */
import type { CellValue, Grid } from "../../src/core/grid";

export const LONG_NAME = `Số hộ được hỗ trợ 😀 ${"rất dài ".repeat(6_250)}`.slice(0, 50_000);
export const LONG_NOTE = "ghi chú ".repeat(6_250);

export function longTextGrid(area: string): Grid {
  const values: CellValue[][] = [
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`, null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Diện tích trồng lúa", "ha", 100, 90, null],
    [2, "Diện tích trồng rừng mới", "ha", 20, 10, null],
    [3, "Diện tích nuôi trồng thủy sản", "ha", 30, 30, null],
    [4, LONG_NAME, "hộ", 50, 20, LONG_NOTE],
  ];
  return { sheet: area, top: 1, left: 1, values };
}
