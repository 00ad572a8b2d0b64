/**
 * Synthetic commune returns for benchmarks and scale tests: a realistic layout (title rows,
 * one header row, Roman-numeral groups) with deterministic figures, as grids the core reads.
 */
import type { CellValue, Grid } from "../src/core/grid";

const GROUPS = ["I. KINH TẾ", "II. VĂN HÓA - XÃ HỘI", "III. QUỐC PHÒNG - AN NINH"];
const NAMES: Array<[string, string]> = [
  ["Tổng sản lượng lương thực có hạt", "tấn"],
  ["Thu nhập bình quân đầu người", "triệu đồng"],
  ["Thu ngân sách trên địa bàn", "triệu đồng"],
  ["Tỷ lệ hộ nghèo", "%"],
  ["Số hộ nghèo", "hộ"],
  ["Tổng số hộ", "hộ"],
  ["Xây dựng nông thôn mới", "tiêu chí"],
  ["Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%"],
  ["Kết nạp đảng viên mới", "người"],
  ["Tỷ lệ tăng dân số tự nhiên", "%"],
  ["Diện tích trồng rừng mới", "ha"],
  ["Số lao động được giải quyết việc làm", "người"],
];

/** A deterministic pseudo-random sequence (mulberry32), so every run benchmarks the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticReturn(areaIndex: number, indicators: number): Grid {
  const rnd = random(areaIndex + 1);
  const area = `Xã Số ${areaIndex + 1}`;
  const values: CellValue[][] = [
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`, null, null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"],
  ];
  const perGroup = Math.ceil(indicators / GROUPS.length);
  let n = 0;
  for (const group of GROUPS) {
    values.push([group.split(".")[0], group.split(". ")[1], null, null, null, null, null]);
    for (let i = 0; i < perGroup && n < indicators; i++, n++) {
      const [base, unit] = NAMES[n % NAMES.length];
      const name = n < NAMES.length ? base : `${base} (${Math.floor(n / NAMES.length) + 1})`;
      // Rates stay within 0–100 %, criteria within 19, amounts anywhere: realistic, so the benchmark
      // measures the engine rather than a flood of problems about impossible figures.
      const plan = unit === "tiêu chí" ? 19 : unit === "%" ? Math.round(20 + rnd() * 75) : Math.round(rnd() * 1000) + 1;
      const scaled = Math.round(plan * (0.3 + rnd() * 0.9) * 100) / 100;
      const actual = unit === "tiêu chí" ? `${Math.round(10 + rnd() * 9)}/19` : unit === "%" ? Math.min(100, scaled) : scaled;
      values.push([n + 1, name, unit, plan, actual, null, null]);
    }
  }
  return { sheet: area, top: 1, left: 1, values };
}

/**
 * One very long return (scale tests): title in row 1, header in row 2, the group "I. KINH TẾ" in
 * row 3, then `rows` indicator rows from row 4, so the last indicator's name is in B{rows + 3}.
 * Names are unique ("… (n)"), units cycle through NAMES, figures come from `random(seed)`.
 */
export function syntheticLongReturn(rows: number, seed = 1): Grid {
  const rnd = random(seed);
  const values: CellValue[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ DÀI", null, null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"],
    ["I", "KINH TẾ", null, null, null, null, null],
  ];
  for (let n = 0; n < rows; n++) {
    const [base, unit] = NAMES[n % NAMES.length];
    const plan = unit === "tiêu chí" ? 19 : unit === "%" ? Math.round(20 + rnd() * 75) : Math.round(rnd() * 1000) + 1;
    const scaled = Math.round(plan * (0.3 + rnd() * 0.9) * 100) / 100;
    const actual =
      unit === "tiêu chí" ? `${Math.round(10 + rnd() * 9)}/19` : unit === "%" ? Math.min(100, scaled) : scaled;
    values.push([n + 1, `${base} (${n + 1})`, unit, plan, actual, null, null]);
  }
  return { sheet: "Xã Dài", top: 1, left: 1, values };
}

/** `count` commune returns (`syntheticReturn(first + i, indicators)`), one grid each. */
export function syntheticReturns(count: number, indicators: number, first = 0): Grid[] {
  return Array.from({ length: count }, (_, i) => syntheticReturn(first + i, indicators));
}
