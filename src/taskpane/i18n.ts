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
  goToCell: string; // đến ô
  /** The go-to-cell button's accessible name: what it shows and where. */
  goToCellLabel: (what: string, sheet: string, cell: string) => string;
  goToFailed: string;
  templates: string; // chèn biểu mẫu
  templatesHint: string;
  templateReturn: string;
  templateNtm: string;
  templateBoth: string;
  inserting: string;
  inserted: (sheets: string[]) => string;
  insertFailed: string;
  settings: string; // cài đặt
  settingsHint: string;
  /** A threshold's label, by the band it starts (its name as everywhere else: "Đạt từ 70% đến dưới 100%"). */
  bandThreshold: (band: string) => string;
  bandsInvalid: string;
  priorityWords: string;
  priorityHint: string;
  pace: string;
  save: string; // lưu
  saved: string;
  saveFailed: string;
  settingsLoadFailed: string;
  importHeading: string; // nhập báo cáo các xã
  importHint: string;
  chooseFiles: string;
  importing: (done: number, total: number) => string;
  cancel: string; // hủy
  importCancelled: (kept: number) => string;
  returnsReceived: string;
  colArea: string;
  colStatus: string;
  colIndicators: string;
  colProblems: string;
  status: Record<"ok" | "notes" | "warnings" | "errors", string>;
  /** The visible text of the button that opens a return's problem list. */
  problemsButton: (count: number) => string;
  /** "34 chỉ tiêu": a return's indicator count in the list of returns received. */
  indicatorCount: (count: number) => string;
  thisWorkbook: string;
  noReturnInFile: string;
  expectedAreas: string;
  expectedHint: string;
  saveExpected: string;
  completeness: (received: number, expected: number) => string;
  missing: (areas: string[]) => string;
  consolidate: string; // tổng hợp
  clearImported: string;
  narrative: string; // nhận xét
  consolidatedHeading: string;
  returnGone: string;
  notXlsx: (files: string[]) => string;
  showProblems: (what: string, count: number) => string;
  copy: string;
  copied: string;
  copySelected: string;
  corrections: string; // sửa cột và chiều đánh giá
  columnsHeading: string;
  columnsHint: string;
  columnAuto: (found: string | null) => string;
  /** The "automatic" choice while the user's own choice is in force: what the headers would give. */
  columnAutoAgain: string;
  columnChoice: (letter: string, header: string) => string;
  directionsHeading: string;
  directionsHint: string;
  directionAuto: (label: string, source: string) => string;
  directionUp: string;
  directionDown: string;
  directionFor: (name: string) => string;
  /** The search for an indicator whose direction is the default (not listed until searched). */
  directionSearch: string;
  directionOthers: (count: number) => string;
  directionSource: Record<"setting" | "column" | "catalogue" | "default", string>;
  bandColours: string; // màu các mức
  colourFor: (band: string) => string;
  coloursInvalid: string;
  periodOverride: string;
  periodHint: string;
  issuer: string;
  issuerHint: string;
  place: string;
  placeHint: string;
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
  goToCell: "Đến ô",
  goToCellLabel: (what, sheet, cell) => `Đến ô ${cell} trang ${sheet}: ${what}`,
  goToFailed: "Không đến được ô.",
  templates: "Chèn biểu mẫu",
  templatesHint: "Thêm một trang mẫu vào tệp này để nhập số liệu; trang có sẵn không bị ghi đè.",
  templateReturn: "Biểu chỉ tiêu trống",
  templateNtm: "Bảng 19 tiêu chí nông thôn mới",
  templateBoth: "Cả hai, có liên kết",
  inserting: "Đang chèn biểu mẫu…",
  inserted: (sheets) => `Đã chèn: ${sheets.join(", ")}.`,
  insertFailed: "Không chèn được biểu mẫu.",
  settings: "Cài đặt",
  settingsHint: "Lưu trong tệp này: ai mở tệp cũng thấy cùng cách đánh giá.",
  bandThreshold: (band) => `Ngưỡng dưới của mức “${band}” (%)`,
  bandsInvalid: "Ngưỡng phải là số và giảm dần từ mức trên xuống mức dưới (ví dụ 100, 70, 50), không âm.",
  priorityWords: "Từ khóa chỉ tiêu ưu tiên (mỗi dòng một từ)",
  priorityHint: "Chỉ tiêu có tên chứa từ này được xếp lên đầu danh sách đạt thấp.",
  pace: "Đánh giá tiến độ theo thời gian trong năm",
  save: "Lưu",
  saved: "Đã lưu cài đặt vào tệp.",
  saveFailed: "Đã áp dụng nhưng chưa lưu được vào tệp.",
  settingsLoadFailed: "Không đọc được cài đặt trong tệp; dùng cài đặt mặc định.",
  importHeading: "Nhập báo cáo các xã",
  importHint: "Chọn hoặc kéo thả vào đây các tệp .xlsx hoặc .xls các xã gửi lên. Tệp chỉ được đọc trên máy này.",
  chooseFiles: "Chọn tệp báo cáo (.xlsx, .xls)",
  importing: (done, total) => `Đã đọc ${done}/${total} tệp…`,
  cancel: "Hủy",
  importCancelled: (kept) => `Đã hủy; giữ ${kept} tệp đã đọc.`,
  returnsReceived: "Báo cáo đã nhận",
  colArea: "Xã / tệp",
  colStatus: "Tình trạng",
  colIndicators: "Số chỉ tiêu",
  colProblems: "Vấn đề",
  status: { ok: "Tốt", notes: "Dùng được", warnings: "Cần xem lại", errors: "Có lỗi" },
  problemsButton: (count) => `Xem ${count} vấn đề`,
  indicatorCount: (count) => `${count} chỉ tiêu`,
  thisWorkbook: "tệp đang mở",
  noReturnInFile: "không có bảng chỉ tiêu",
  expectedAreas: "Các xã phải báo cáo (mỗi dòng một xã)",
  expectedHint: "Để trống nếu không cần đếm xã chưa báo cáo.",
  saveExpected: "Lưu danh sách",
  completeness: (received, expected) => `Đã nhận ${received}/${expected} xã.`,
  missing: (areas) => `Chưa báo cáo: ${areas.join(", ")}.`,
  consolidate: "Tổng hợp",
  clearImported: "Bỏ các tệp đã nhập",
  narrative: "Nhận xét (có thể sao chép vào báo cáo)",
  consolidatedHeading: "Tổng hợp các xã trong tệp này",
  returnGone: "Không còn thấy bảng chỉ tiêu trên trang này; hãy bấm Đọc lại.",
  notXlsx: (files) => `Không đọc ${files.length} tệp không phải tệp Excel (.xlsx, .xls): ${files.join(", ")}.`,
  showProblems: (what, count) => `Xem ${count} vấn đề của ${what}`,
  copy: "Sao chép",
  copied: "Đã sao chép.",
  copySelected: "Đã chọn đoạn văn: nhấn Ctrl+C để sao chép.",
  corrections: "Sửa cột và chiều đánh giá",
  columnsHeading: "Cột đã nhận diện",
  columnsHint: "Nếu cột nào bị nhận sai, chọn lại; lựa chọn được lưu trong tệp và tính lại ngay.",
  columnAuto: (found) => (found ? `Tự động: ${found}` : "Tự động: không có"),
  columnAutoAgain: "Tự động (theo tiêu đề cột)",
  columnChoice: (letter, header) => `Cột ${letter}${header ? ` – ${header}` : ""}`,
  directionsHeading: "Chiều đánh giá từng chỉ tiêu",
  directionsHint: "Chỉ tiêu càng thấp càng tốt (tỷ lệ hộ nghèo, tai nạn…) được tính theo chiều giảm.",
  directionAuto: (label, source) => `Tự động: ${label} (${source})`,
  directionUp: "Càng cao càng tốt",
  directionDown: "Càng thấp càng tốt",
  directionFor: (name) => `Chiều đánh giá của chỉ tiêu ${name}`,
  directionSearch: "Tìm chỉ tiêu để đổi chiều đánh giá",
  directionOthers: (n) => `${n} chỉ tiêu khác tính theo chiều càng cao càng tốt và không hiện ở đây; gõ tên để tìm.`,
  directionSource: {
    setting: "theo cài đặt",
    column: "theo cột của biểu",
    catalogue: "theo tên chỉ tiêu",
    default: "mặc định",
  },
  bandColours: "Màu các mức đánh giá",
  colourFor: (band) => `Màu của mức ${band}`,
  coloursInvalid: "Có màu không hợp lệ; hãy chọn lại bằng ô chọn màu của mức đó.",
  periodOverride: "Kỳ báo cáo ghi trên bản tổng hợp",
  periodHint: "Để trống để dùng kỳ ghi trong từng biểu.",
  issuer: "Cơ quan ban hành (in ở góc trên bên trái)",
  issuerHint: "Ví dụ: Xã Trạm Tấu. Để trống để dùng tên đơn vị ghi trong từng biểu.",
  place: "Địa danh ghi ở dòng ngày tháng",
  placeHint: "Ví dụ: Trạm Tấu. Để trống để lấy từ cơ quan ban hành.",
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
  goToCell: "Go to cell",
  goToCellLabel: (what, sheet, cell) => `Go to cell ${cell} on sheet ${sheet}: ${what}`,
  goToFailed: "Could not go to the cell.",
  templates: "Insert a template",
  templatesHint: "Adds a sheet to this workbook to fill in; existing sheets are never overwritten.",
  templateReturn: "Blank indicator return",
  templateNtm: "19 New Rural Development criteria",
  templateBoth: "Both, linked",
  inserting: "Inserting the template…",
  inserted: (sheets) => `Inserted: ${sheets.join(", ")}.`,
  insertFailed: "Could not insert the template.",
  settings: "Settings",
  settingsHint: "Saved in this workbook: whoever opens it sees the same scoring.",
  bandThreshold: (band) => `Lower bound of “${band}” (%)`,
  bandsInvalid: "Thresholds must be numbers, decreasing from the top band down (e.g. 100, 70, 50), not negative.",
  priorityWords: "Priority cue words (one per line)",
  priorityHint: "Indicators whose name contains one of these head the lagging list.",
  pace: "Judge pace by the share of the year elapsed",
  save: "Save",
  saved: "Settings saved in the workbook.",
  saveFailed: "Applied, but could not be saved in the workbook.",
  settingsLoadFailed: "Could not read the workbook's settings; using the defaults.",
  importHeading: "Import the communes' returns",
  importHint: "Choose or drop here the .xlsx or .xls files the communes sent. Files are read on this computer only.",
  chooseFiles: "Choose return files (.xlsx, .xls)",
  importing: (done, total) => `Read ${done} of ${total} files…`,
  cancel: "Cancel",
  importCancelled: (kept) => `Cancelled; kept the ${kept} files already read.`,
  returnsReceived: "Returns received",
  colArea: "Commune / file",
  colStatus: "Status",
  colIndicators: "Indicators",
  colProblems: "Problems",
  status: { ok: "OK", notes: "Usable", warnings: "To check", errors: "Errors" },
  problemsButton: (count) => `Show ${count} problem(s)`,
  indicatorCount: (count) => `${count} ${count === 1 ? "indicator" : "indicators"}`,
  thisWorkbook: "open workbook",
  noReturnInFile: "no indicator table",
  expectedAreas: "Communes expected to report (one per line)",
  expectedHint: "Leave empty to skip counting who has not reported.",
  saveExpected: "Save the list",
  completeness: (received, expected) => `Received ${received} of ${expected} communes.`,
  missing: (areas) => `Not reported: ${areas.join(", ")}.`,
  consolidate: "Consolidate",
  clearImported: "Remove imported files",
  narrative: "Summary sentences (copy them into a report)",
  consolidatedHeading: "All communes in this workbook",
  returnGone: "The indicator table is no longer on this sheet; select Read again.",
  notXlsx: (files) =>
    `${files.length} file(s) are not Excel files (.xlsx, .xls) and were not read: ${files.join(", ")}.`,
  showProblems: (what, count) => `Show ${count} problem(s) of ${what}`,
  copy: "Copy",
  copied: "Copied.",
  copySelected: "The paragraph is selected: press Ctrl+C to copy it.",
  corrections: "Correct columns and directions",
  columnsHeading: "Columns found",
  columnsHint:
    "If a column was recognised wrongly, choose it again; the choice is saved in the workbook and applied at once.",
  columnAuto: (found) => (found ? `Automatic: ${found}` : "Automatic: none"),
  columnAutoAgain: "Automatic (by the column headers)",
  columnChoice: (letter, header) => `Column ${letter}${header ? ` – ${header}` : ""}`,
  directionsHeading: "Direction of each indicator",
  directionsHint: "Indicators where lower is better (poverty rate, accidents…) are scored downwards.",
  directionAuto: (label, source) => `Automatic: ${label} (${source})`,
  directionUp: "Higher is better",
  directionDown: "Lower is better",
  directionFor: (name) => `Direction of the indicator ${name}`,
  directionSearch: "Find an indicator to change its direction",
  directionOthers: (n) => `${n} other indicators go "higher is better" and are not listed; type a name to find one.`,
  directionSource: {
    setting: "from settings",
    column: "from the sheet's column",
    catalogue: "from the name",
    default: "default",
  },
  bandColours: "Band colours",
  colourFor: (band) => `Colour of the band ${band}`,
  coloursInvalid: "A colour is not valid; pick it again with that band's colour picker.",
  periodOverride: "Period written on the summary",
  periodHint: "Leave empty to use the period written in each return.",
  issuer: "Issuing body (printed top left)",
  issuerHint: "For example: Xã Trạm Tấu. Leave empty to use each return's unit.",
  place: "Place on the date line",
  placeHint: "For example: Trạm Tấu. Leave empty to take it from the issuing body.",
};

export function strings(language: PaneLanguage): PaneStrings {
  return language === "en" ? en : vi;
}
