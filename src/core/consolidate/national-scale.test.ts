import type { ReturnTable } from "../model";
import { DEFAULT_SETTINGS } from "../settings";
import { scoreReturn } from "../scoring/score-return";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { consolidate } from "./consolidate";

/** 3,321 communes × 60 indicators (domain.md: commune-level units since 2025). */
function makeReturns(): ReturnTable[] {
  const names = [
    "Tổng số hộ",
    "Số hộ nghèo",
    "Tỷ lệ hộ nghèo",
    "Dân số",
    "Thu nhập bình quân đầu người",
    "Xây dựng nông thôn mới",
    "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
    "Số vụ tai nạn giao thông",
    "Đạt chuẩn phổ cập giáo dục",
  ];
  const tables: ReturnTable[] = [];
  for (let a = 0; a < 3321; a++) {
    const inputs: IndicatorInput[] = [];
    for (let i = 0; i < 60; i++) {
      const name =
        i < names.length
          ? names[i]
          : `Chỉ tiêu số ${i} về sản xuất nông nghiệp`;
      if (name === "Xây dựng nông thôn mới")
        inputs.push({
          name,
          unit: "tiêu chí",
          plan: 19,
          actual: `${10 + (a % 10)}/19`,
        });
      else if (name === "Đạt chuẩn phổ cập giáo dục")
        inputs.push({ name, plan: true, actual: a % 3 !== 0 });
      else if (name.startsWith("Tỷ lệ"))
        inputs.push({
          name,
          unit: "%",
          plan: 5 + (a % 7),
          actual: 4 + (a % 9),
          sheetPercent: 90,
        });
      else
        inputs.push({
          name,
          unit: "hộ",
          plan: 100 + (a % 50),
          actual: 60 + ((a * 7 + i) % 80),
          baseline: 90,
        });
    }
    tables.push(returnTable(`Xã ${a}`, inputs));
  }
  return tables;
}

// Timing is measured by `npm run bench`, never asserted here; this pins that the full national scale
// (every commune side by side) consolidates correctly.
describe("national scale", () => {
  it("scores and consolidates 3,321 returns × 60 indicators", () => {
    const tables = makeReturns();
    const scored = tables.map((t, i) =>
      scoreReturn(t, DEFAULT_SETTINGS, `${i}.xlsx`),
    );
    const result = consolidate(scored, DEFAULT_SETTINGS);
    expect(result.areas).toHaveLength(3321);
    expect(result.indicators).toHaveLength(60);
    expect(result.indicators[2].aggregation).toBe("weighted");
    expect(result.bandCounts["Xã 0"].met + result.bandCounts["Xã 0"].low).toBeGreaterThan(0);
  });
});
