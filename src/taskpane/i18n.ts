// Every word the task pane shows, in Vietnamese (default) and English. Band names and problem
// messages come from src/core (i18n/labels.ts, i18n/messages.ts) so the pane and the sheets agree.
export type PaneLanguage = "vi" | "en";

export interface PaneStrings {
  language: string; // ngôn ngữ
  scanning: string;
  rescan: string;
  scanFailed: string;
  noReturns: string;
  returnHeading: (area: string) => string;
  sheet: string;
  period: string; // kỳ báo cáo
  periodUnknown: string;
  bandCounts: string;
  lagging: string; // chỉ tiêu đạt thấp
  noLagging: string;
  priority: string; // chỉ tiêu ưu tiên
  problems: string;
  noProblems: string;
  generate: string; // tạo báo cáo
  generating: string;
  generated: (sheets: string[]) => string;
  generateFailed: string;
}

const vi: PaneStrings = {
  language: "Ngôn ngữ",
  scanning: "Đang đọc bảng tính…",
  rescan: "Đọc lại",
  scanFailed: "Không đọc được bảng tính.",
  noReturns: "Không tìm thấy trang nào có bảng chỉ tiêu (cần cột Chỉ tiêu, Kế hoạch, Thực hiện).",
  returnHeading: (area) => area,
  sheet: "Trang",
  period: "Kỳ báo cáo",
  periodUnknown: "chưa rõ",
  bandCounts: "Số chỉ tiêu theo mức đánh giá",
  lagging: "Chỉ tiêu đạt thấp",
  noLagging: "Không có chỉ tiêu đạt thấp.",
  priority: "ưu tiên",
  problems: "Cần kiểm tra",
  noProblems: "Không có vấn đề nào.",
  generate: "Tạo báo cáo",
  generating: "Đang tạo báo cáo…",
  generated: (sheets) => `Đã tạo: ${sheets.join(", ")}.`,
  generateFailed: "Không tạo được báo cáo.",
};

const en: PaneStrings = {
  language: "Language",
  scanning: "Reading the workbook…",
  rescan: "Read again",
  scanFailed: "Could not read the workbook.",
  noReturns: "No sheet with an indicator table was found (it needs Indicator, Plan and Actual columns).",
  returnHeading: (area) => area,
  sheet: "Sheet",
  period: "Period",
  periodUnknown: "unknown",
  bandCounts: "Indicators by assessment",
  lagging: "Lagging indicators",
  noLagging: "No lagging indicators.",
  priority: "priority",
  problems: "To check",
  noProblems: "No problems.",
  generate: "Generate summary",
  generating: "Generating the summary…",
  generated: (sheets) => `Created: ${sheets.join(", ")}.`,
  generateFailed: "Could not generate the summary.",
};

export function strings(language: PaneLanguage): PaneStrings {
  return language === "en" ? en : vi;
}
