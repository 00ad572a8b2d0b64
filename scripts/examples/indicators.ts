/**
 * The indicator list the example returns share, so consolidation has names to match.
 * Figures are Xã Trạm Tấu's (6 months of 2022, seed figures from domain.md where given);
 * the other returns take the same names with their own figures.
 */

/** What a figure cell holds in an example: a number, a text as typed, or nothing. */
export type Fig = number | string | null;

export interface IndicatorSpec {
  /** Short id used by the example builders (never written to a file). */
  key: string;
  /** Group heading the indicator sits under (chỉ tiêu group). */
  group: GroupKey;
  name: string; // chỉ tiêu
  unit: string; // đơn vị tính
  plan: Fig; // kế hoạch năm 2022
  actual: Fig; // thực hiện 6 tháng
  note?: string; // ghi chú
  /** A sub-row under the indicator before it ("- Lúa ruộng"). */
  sub?: boolean;
}

export type GroupKey = "economy" | "society" | "defence" | "party";

export const GROUPS: Record<GroupKey, { code: string; title: string }> = {
  economy: { code: "I", title: "KINH TẾ" },
  society: { code: "II", title: "VĂN HÓA - XÃ HỘI" },
  defence: { code: "III", title: "QUỐC PHÒNG - AN NINH" },
  party: { code: "IV", title: "XÂY DỰNG ĐẢNG, CHÍNH QUYỀN" },
};

/** A row "Trong đó:" (of which) printed before sub-rows of this key. */
export const OF_WHICH_BEFORE = new Set(["buffalo"]);

export const INDICATORS: IndicatorSpec[] = [
  // I. KINH TẾ
  { key: "grain", group: "economy", name: "Tổng sản lượng lương thực có hạt", unit: "tấn", plan: 2450, actual: 1180 },
  {
    key: "grainPerHead",
    group: "economy",
    name: "Sản lượng lương thực bình quân đầu người",
    unit: "kg",
    plan: 400,
    actual: 347,
  },
  { key: "rice", group: "economy", name: "Diện tích gieo trồng lúa", unit: "ha", plan: 320, actual: 315 },
  { key: "paddy", group: "economy", name: "- Lúa ruộng", unit: "ha", plan: 250, actual: 248, sub: true },
  { key: "upland", group: "economy", name: "- Lúa nương", unit: "ha", plan: 70, actual: 67, sub: true },
  {
    key: "forest",
    group: "economy",
    name: "Diện tích trồng rừng mới",
    unit: "ha",
    plan: 50,
    actual: 18,
    note: "Đang trồng bổ sung vụ thu",
  },
  { key: "forestCover", group: "economy", name: "Tỷ lệ che phủ rừng", unit: "%", plan: 62, actual: 61.5 },
  { key: "livestock", group: "economy", name: "Tổng đàn gia súc", unit: "con", plan: 5200, actual: 4950 },
  { key: "buffalo", group: "economy", name: "- Đàn trâu", unit: "con", plan: 1800, actual: 1750, sub: true },
  { key: "cattle", group: "economy", name: "- Đàn bò", unit: "con", plan: 600, actual: 580, sub: true },
  { key: "pigs", group: "economy", name: "- Đàn lợn", unit: "con", plan: 2800, actual: 2620, sub: true },
  { key: "income", group: "economy", name: "Thu nhập bình quân đầu người", unit: "triệu đồng", plan: 25, actual: 17 },
  {
    key: "budget",
    group: "economy",
    name: "Thu ngân sách trên địa bàn",
    unit: "triệu đồng",
    plan: 30,
    actual: 33,
    note: "Vượt chỉ tiêu Nghị quyết 3 triệu đồng",
  },
  { key: "ntm", group: "economy", name: "Xây dựng nông thôn mới", unit: "tiêu chí", plan: 19, actual: "12/19" },
  { key: "roads", group: "economy", name: "Cứng hóa đường giao thông nông thôn", unit: "km", plan: 5, actual: 2.3 },
  // II. VĂN HÓA - XÃ HỘI
  { key: "povertyRate", group: "society", name: "Tỷ lệ hộ nghèo", unit: "%", plan: 30, actual: 31.2 },
  { key: "poorHouseholds", group: "society", name: "Số hộ nghèo", unit: "hộ", plan: 435, actual: 452 },
  { key: "households", group: "society", name: "Tổng số hộ", unit: "hộ", plan: 1450, actual: 1450 },
  { key: "povertyCut", group: "society", name: "Giảm tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 3.5 },
  { key: "leftPoverty", group: "society", name: "Số hộ thoát nghèo", unit: "hộ", plan: 60, actual: 41 },
  {
    key: "vaccination",
    group: "society",
    name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
    unit: "%",
    plan: 96,
    actual: 79,
    note: "Thiếu vắc xin trong quý I",
  },
  {
    key: "malnutrition",
    group: "society",
    name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng",
    unit: "%",
    plan: 18,
    actual: 19.2,
  },
  { key: "popGrowth", group: "society", name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 },
  {
    key: "insurance",
    group: "society",
    name: "Tỷ lệ người dân tham gia bảo hiểm y tế",
    unit: "%",
    plan: 95,
    actual: 96.3,
  },
  {
    key: "schooling",
    group: "society",
    name: "Tỷ lệ huy động trẻ 6 - 14 tuổi đến trường",
    unit: "%",
    plan: 99,
    actual: 99.5,
  },
  {
    key: "schools",
    group: "society",
    name: "Số trường đạt chuẩn quốc gia",
    unit: "trường",
    plan: 2,
    actual: "chưa đánh giá",
  },
  { key: "jobs", group: "society", name: "Giải quyết việc làm mới", unit: "người", plan: 120, actual: 68 },
  { key: "childMarriage", group: "society", name: "Số vụ tảo hôn", unit: "vụ", plan: 0, actual: 2 },
  {
    key: "cultureVillages",
    group: "society",
    name: "Tỷ lệ thôn, bản có nhà văn hóa",
    unit: "%",
    plan: 100,
    actual: 100,
  },
  // III. QUỐC PHÒNG - AN NINH
  { key: "recruits", group: "defence", name: "Hoàn thành chỉ tiêu giao quân", unit: "", plan: "đạt", actual: "đạt" },
  { key: "violations", group: "defence", name: "Số vụ vi phạm pháp luật", unit: "vụ", plan: 5, actual: 3 },
  {
    key: "drugs",
    group: "defence",
    name: "Số người nghiện ma túy được cai nghiện",
    unit: "người",
    plan: 10,
    actual: 4,
  },
  // IV. XÂY DỰNG ĐẢNG, CHÍNH QUYỀN
  { key: "partyMembers", group: "party", name: "Kết nạp đảng viên mới", unit: "người", plan: 46, actual: 73 },
  {
    key: "partyCells",
    group: "party",
    name: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
    unit: "%",
    plan: 90,
    actual: "chưa đánh giá",
  },
];

export function indicator(key: string): IndicatorSpec {
  const found = INDICATORS.find((i) => i.key === key);
  if (!found) throw new Error(`no example indicator "${key}"`);
  return found;
}

/**
 * Figures for another commune: the Trạm Tấu figures scaled by a deterministic factor per
 * commune and indicator (no randomness at run time), rates kept within 0–100.
 */
export function variedFigure(value: Fig, unit: string, seed: string, key: string): Fig {
  if (typeof value !== "number") return value;
  let h = 2166136261;
  for (const ch of `${seed}/${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const factor = 0.75 + (h % 500) / 1000; // 0.75 … 1.25
  if (unit === "%") return Math.min(100, Math.round(value * factor * 10) / 10);
  if (Number.isInteger(value)) return Math.round(value * factor);
  return Math.round(value * factor * 10) / 10;
}

/** The spec list with figures varied for `commune`, keeping names, units, groups and notes. */
export function indicatorsFor(commune: string, keys?: string[]): IndicatorSpec[] {
  const chosen = keys ? keys.map(indicator) : INDICATORS;
  const out = chosen.map((spec) => ({
    ...spec,
    actual: variedFigure(spec.actual, spec.unit, commune, spec.key),
    note: undefined,
  }));
  // Keep the poverty rate consistent with the household counts it is computed from.
  const rate = out.find((s) => s.key === "povertyRate");
  const poor = out.find((s) => s.key === "poorHouseholds");
  const all = out.find((s) => s.key === "households");
  if (rate && poor && all && typeof poor.actual === "number" && typeof all.actual === "number") {
    all.actual = all.plan; // the number of households barely moves in six months
    rate.actual = Math.round((poor.actual / (all.actual as number)) * 1000) / 10;
  }
  return out;
}
