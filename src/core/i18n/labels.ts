/**
 * Words the summary and the pane show, in Vietnamese (default) and English.
 * Problem messages live in messages.ts.
 */
import type { Aggregation, BandId, ColumnRole, Direction, Flag, NoScoreReason } from "../model";
import type { Language, Settings } from "../settings";

type Thresholds = Settings["bands"];

/**
 * The band's name. One shared string per (band, language, thresholds): a summary writes it on every
 * row, so it is made once rather than once per cell.
 */
export function bandLabel(band: BandId, lang: Language, t: Thresholds): string {
  let cache = lastLabels;
  if (cache.lang !== lang || cache.met !== t.met || cache.near !== t.near || cache.mid !== t.mid) {
    cache = { lang, met: t.met, near: t.near, mid: t.mid, labels: {} };
    lastLabels = cache;
  }
  return (cache.labels[band] ??= composeBandLabel(band, lang, t));
}

interface LabelCache {
  lang: Language;
  met: number;
  near: number;
  mid: number;
  labels: Partial<Record<BandId, string>>;
}
let lastLabels: LabelCache = { lang: "vi", met: NaN, near: NaN, mid: NaN, labels: {} };

function composeBandLabel(band: BandId, lang: Language, t: Thresholds): string {
  if (lang === "en") {
    switch (band) {
      case "met":
        return `Met or exceeded plan (≥ ${t.met}%)`;
      case "near":
        return `${t.near}% to under ${t.met}%`;
      case "mid":
        return `${t.mid}% to under ${t.near}%`;
      case "low":
        return `Under ${t.mid}%`;
      case "none":
        return "Not yet evaluated";
    }
  }
  switch (band) {
    case "met":
      return "Đạt, vượt kế hoạch";
    case "near":
      return `Đạt từ ${t.near}% đến dưới ${t.met}%`;
    case "mid":
      return `Đạt từ ${t.mid}% đến dưới ${t.near}%`;
    case "low":
      return `Đạt dưới ${t.mid}%`;
    case "none":
      return "Chưa đánh giá";
  }
}

const FLAG_WORDS: Record<Flag, { vi: string; en: string }> = {
  lagging: { vi: "Đạt thấp, cần tập trung chỉ đạo", en: "Lagging" },
  priority: { vi: "Chỉ tiêu trọng tâm", en: "Priority" },
  "suspect-unit": { vi: "Nghi sai đơn vị, cần kiểm tra", en: "Suspect unit, please check" },
  regressed: { vi: "Giảm so với kỳ trước", en: "Worse than the previous period" },
  missing: { vi: "Thiếu ở một số đơn vị", en: "Missing in some units" },
  pace: { vi: "Chậm so với tiến độ", en: "Behind pace" },
};

export function flagLabel(flag: Flag, lang: Language): string {
  return FLAG_WORDS[flag][lang];
}

const REASONS: Record<NoScoreReason, { vi: string; en: string }> = {
  "no-plan": { vi: "Chưa có kế hoạch", en: "No plan" },
  "plan-zero": { vi: "Kế hoạch bằng 0", en: "Plan is 0" },
  "no-actual": { vi: "Chưa có số liệu thực hiện", en: "No result yet" },
  invalid: { vi: "Số liệu không hợp lệ", en: "Figure not usable" },
  "not-comparable": { vi: "Không so sánh được", en: "Not comparable" },
};

export function reasonLabel(reason: NoScoreReason, lang: Language): string {
  return REASONS[reason][lang];
}

const ROLES: Record<ColumnRole, { vi: string; en: string }> = {
  code: { vi: "STT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "ĐVT", en: "Unit" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  baseline: { vi: "Cùng kỳ", en: "Same period last year" },
  percent: { vi: "So sánh (%)", en: "Sheet's %" },
  note: { vi: "Ghi chú", en: "Note" },
  direction: { vi: "Chiều", en: "Direction" },
};

export function roleLabel(role: ColumnRole | string, lang: Language): string {
  const entry = ROLES[role as ColumnRole];
  return entry ? entry[lang] : role;
}

export function directionLabel(direction: Direction, lang: Language): string {
  if (lang === "en") return direction === "up" ? "higher is better" : "lower is better";
  return direction === "up" ? "càng cao càng tốt" : "càng thấp càng tốt";
}

const AGGREGATIONS: Record<Aggregation, { vi: string; en: string }> = {
  sum: { vi: "Cộng", en: "Sum" },
  weighted: { vi: "Bình quân gia quyền", en: "Weighted" },
  mean: { vi: "Bình quân đơn giản", en: "Plain mean" },
  criteria: {
    vi: "Số đơn vị đạt đủ tiêu chí / số đơn vị báo cáo",
    en: "Units meeting every criterion / units reporting",
  },
  binary: { vi: "Số đơn vị đạt", en: "Units met" },
};

export function aggregationLabel(aggregation: Aggregation, lang: Language): string {
  return AGGREGATIONS[aggregation][lang];
}

/** Fixed words of the generated sheets. */
export const WORDS = {
  vi: {
    returnTitle: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    consolidatedTitle: "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    source: "Nguồn",
    legend: "Chú giải",
    code: "STT",
    name: "Chỉ tiêu",
    unit: "ĐVT",
    plan: "Kế hoạch",
    actual: "Thực hiện",
    achievement: "% KH",
    band: "Đánh giá",
    note: "Ghi chú",
    aggregation: "Cách tổng hợp",
    reported: "Số đơn vị báo cáo",
    total: "Toàn địa bàn",
    area: "Đơn vị",
    rank: "Xếp hạng",
    indicators: "Số chỉ tiêu",
    laggingTitle: "CÁC CHỈ TIÊU CẦN TẬP TRUNG CHỈ ĐẠO",
    laggingAcross: "CÁC CHỈ TIÊU ĐẠT THẤP THEO ĐƠN VỊ",
    bandCountsTitle: "SỐ CHỈ TIÊU THEO MỨC ĐÁNH GIÁ CỦA TỪNG ĐƠN VỊ",
    chartTitle: "Số chỉ tiêu theo mức đánh giá",
    received: "Đã nhận báo cáo",
    notReceived: "Chưa gửi báo cáo",
    sourceCell: "Ô nguồn",
    goToRow: "Xem dòng",
    none: "Không có",
    more: (n: number) => `… và ${n} dòng khác (xem tệp JSON hoặc bảng trên)`,
    preparer: "NGƯỜI LẬP BIỂU",
    head: "TM. ỦY BAN NHÂN DÂN",
    chair: "CHỦ TỊCH",
    signHint: "(Ký, ghi rõ họ tên)",
    dateLine: (place: string) => `${place}, ngày ..... tháng ..... năm ........`,
    downHint: "giảm là tốt",
    reductionHint: "chỉ tiêu giảm (mức giảm)",
    footer: "Trang &P / &N",
  },
  en: {
    returnTitle: "PLAN TARGET RESULTS",
    consolidatedTitle: "CONSOLIDATED PLAN TARGET RESULTS",
    source: "Source",
    legend: "Legend",
    code: "No.",
    name: "Indicator",
    unit: "Unit",
    plan: "Plan",
    actual: "Actual",
    achievement: "% of plan",
    band: "Assessment",
    note: "Note",
    aggregation: "Aggregation",
    reported: "Units reporting",
    total: "Total",
    area: "Unit",
    rank: "Rank",
    indicators: "Indicators",
    laggingTitle: "INDICATORS NEEDING ATTENTION",
    laggingAcross: "LAGGING INDICATORS BY UNIT",
    bandCountsTitle: "INDICATORS BY ASSESSMENT, PER UNIT",
    chartTitle: "Indicators by assessment",
    received: "Returns received",
    notReceived: "Not yet reported",
    sourceCell: "Source cell",
    goToRow: "Go to row",
    none: "None",
    more: (n: number) => `… and ${n} more rows (see the JSON report or the table above)`,
    preparer: "PREPARED BY",
    head: "ON BEHALF OF THE PEOPLE'S COMMITTEE",
    chair: "CHAIRPERSON",
    signHint: "(Signature, full name)",
    dateLine: (place: string) => `${place}, date ..... / ..... / ........`,
    downHint: "lower is better",
    reductionHint: "reduction target",
    footer: "Page &P / &N",
  },
} as const;

export type Words = (typeof WORDS)["vi"] | (typeof WORDS)["en"];
export function words(lang: Language): Words {
  return WORDS[lang];
}
