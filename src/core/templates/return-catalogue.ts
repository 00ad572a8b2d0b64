/**
 * The typical indicators of a commune's socio-economic return (báo cáo chỉ tiêu kinh tế - xã hội),
 * grouped as the reports group them (domain.md), with units from the field and the direction the
 * engine's catalogue gives them. The blank return template lists these, ready to fill.
 */
import type { Direction } from "../model";

/** How plan and actual are typed in this unit: whole counts, amounts with a decimal, rates in points. */
export type FigureKind = "count" | "amount" | "rate";

export interface TemplateIndicator {
  /** Vietnamese name, as reports word it (the engine's direction cue words match it). */
  vi: string;
  en: string;
  /** Đơn vị tính, always Vietnamese (as typed in the field). */
  unit: string;
  kind: FigureKind;
  direction: Direction;
  /** The NTM criteria count: its actual can come from the checklist sheet. */
  ntm?: true;
}

export interface TemplateGroup {
  code: string; // I, II, ...
  vi: string;
  en: string;
  indicators: TemplateIndicator[];
}

export const RETURN_GROUPS: readonly TemplateGroup[] = [
  {
    code: "I",
    vi: "KINH TẾ",
    en: "ECONOMY",
    indicators: [
      { vi: "Tổng sản lượng lương thực có hạt", en: "Grain output", unit: "tấn", kind: "amount", direction: "up" },
      { vi: "Lương thực bình quân đầu người", en: "Food per person", unit: "kg", kind: "amount", direction: "up" },
      { vi: "Thu nhập bình quân đầu người", en: "Income per person", unit: "triệu đồng", kind: "amount", direction: "up" },
      { vi: "Thu ngân sách nhà nước trên địa bàn", en: "Budget revenue", unit: "triệu đồng", kind: "amount", direction: "up" },
      { vi: "Diện tích trồng rừng mới", en: "New forest planted", unit: "ha", kind: "amount", direction: "up" },
      { vi: "Số tiêu chí nông thôn mới đạt", en: "New Rural Development criteria met", unit: "tiêu chí", kind: "count", direction: "up", ntm: true },
    ],
  },
  {
    code: "II",
    vi: "VĂN HÓA - XÃ HỘI",
    en: "CULTURE AND SOCIETY",
    indicators: [
      { vi: "Tỷ lệ hộ nghèo", en: "Poverty rate", unit: "%", kind: "rate", direction: "down" },
      { vi: "Số hộ thoát nghèo", en: "Households out of poverty", unit: "hộ", kind: "count", direction: "up" },
      { vi: "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", en: "Infants fully vaccinated", unit: "%", kind: "rate", direction: "up" },
      { vi: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", en: "Malnutrition under 5", unit: "%", kind: "rate", direction: "down" },
      { vi: "Tỷ lệ tăng dân số tự nhiên", en: "Natural population growth", unit: "%", kind: "rate", direction: "down" },
      { vi: "Tỷ lệ người dân tham gia bảo hiểm y tế", en: "Health insurance coverage", unit: "%", kind: "rate", direction: "up" },
      { vi: "Số lao động được tạo việc làm mới", en: "New jobs", unit: "người", kind: "count", direction: "up" },
      { vi: "Số thôn, bản đạt danh hiệu văn hóa", en: "Villages with the cultural title", unit: "thôn/bản", kind: "count", direction: "up" },
    ],
  },
  {
    code: "III",
    vi: "QUỐC PHÒNG - AN NINH",
    en: "DEFENCE AND SECURITY",
    indicators: [
      { vi: "Giao quân đạt chỉ tiêu", en: "Military recruits", unit: "người", kind: "count", direction: "up" },
      { vi: "Số vụ vi phạm pháp luật về trật tự xã hội", en: "Public-order violations", unit: "vụ", kind: "count", direction: "down" },
      { vi: "Số vụ tai nạn giao thông", en: "Traffic accidents", unit: "vụ", kind: "count", direction: "down" },
    ],
  },
  {
    code: "IV",
    vi: "XÂY DỰNG ĐẢNG, CHÍNH QUYỀN",
    en: "PARTY AND GOVERNMENT BUILDING",
    indicators: [
      { vi: "Kết nạp đảng viên mới", en: "New party members", unit: "người", kind: "count", direction: "up" },
      { vi: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", en: "Party cells rated good or better", unit: "%", kind: "rate", direction: "up" },
    ],
  },
];

/** The units offered in the ĐVT dropdown (domain.md), each without a comma. */
export const UNIT_LIST: readonly string[] = ["%", "‰", "hộ", "người", "ha", "tấn", "kg", "triệu đồng", "tiêu chí", "km", "thôn/bản", "xã", "vụ"];
