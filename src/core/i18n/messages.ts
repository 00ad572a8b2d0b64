/**
 * Problem messages in Vietnamese (default) and English. Every message names its file,
 * sheet and cell, so a user can find what to fix without the add-in.
 */
import type { Finding, Problem, ProblemCode, ProblemParams } from "../problems";
import type { Language } from "../settings";
import { formatNumber } from "../numbers/format-vi";
import { roleLabel } from "./labels";

type Template = (p: ProblemParams, lang: Language) => string;

/** A parameter as the user reads it: numbers in their language's style ("84,3" in Vietnamese). */
const str = (v: string | number | undefined, lang: Language = "vi"): string =>
  v === undefined ? "" : typeof v === "number" ? formatNumber(v, lang, 3) : String(v);
const role = (p: ProblemParams, lang: Language): string => roleLabel(str(p.column), lang);

/** Why a file could not be read, from the reader's reason (src/files/read-workbook-buffer.ts). */
function unreadableReason(reason: string, lang: Language): string {
  if (reason.startsWith("empty")) return lang === "en" ? "the file is empty" : "tệp rỗng";
  if (reason.startsWith("old-xls"))
    return lang === "en"
      ? "it is an .xls from Excel 4.0 or older; open it in Excel and save it as .xlsx"
      : "đây là tệp .xls của Excel 4.0 trở về trước; hãy mở bằng Excel và lưu lại dạng .xlsx";
  if (reason.startsWith("not-xlsx"))
    return lang === "en" ? "it is not an Excel file (.xlsx or .xls)" : "tệp không phải tệp Excel (.xlsx hoặc .xls)";
  const detail = reason ? ` (${reason})` : "";
  return lang === "en" ? `the file is damaged${detail}` : `tệp bị hỏng${detail}`;
}

const TEMPLATES: Record<ProblemCode, { vi: Template; en: Template }> = {
  "file-unreadable": {
    vi: (p) => `Không đọc được tệp: ${unreadableReason(str(p.reason), "vi")}.`,
    en: (p) => `The file cannot be read: ${unreadableReason(str(p.reason), "en")}.`,
  },
  "file-encrypted": {
    vi: () => "Tệp được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi gửi lại.",
    en: () => "The file is password-protected; open it in Excel, remove the password and send it again.",
  },
  "file-no-sheets": {
    vi: () => "Tệp không có trang tính nào có dữ liệu.",
    en: () => "The workbook has no sheet with any data.",
  },
  "file-too-many-sheets": {
    vi: (p, l) => `Tệp có ${str(p.total, l)} trang tính; chỉ đọc ${str(p.read, l)} trang đầu.`,
    en: (p, l) => `The workbook has ${str(p.total, l)} sheets; only the first ${str(p.read, l)} were read.`,
  },
  "sheet-too-large": {
    vi: (p, l) => `Bảng quá lớn (${str(p.cells, l)} ô); trang tính đã bỏ qua.`,
    en: (p, l) => `The table is too large (${str(p.cells, l)} cells); sheet skipped.`,
  },
  "cells-outside-table": {
    vi: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} ô nằm ngoài bảng (${str(p.cells)}), đã bỏ qua.`
        : `Ô ${str(p.cells)} nằm ngoài bảng, đã bỏ qua.`,
    en: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} cells lie outside the table (${str(p.cells)}); skipped.`
        : `Cell ${str(p.cells)} lies outside the table; skipped.`,
  },
  "cell-text-too-long": {
    vi: (p, l) => `Ô có ${str(p.length, l)} ký tự, quá giới hạn 32.767 ký tự của Excel; đã cắt bớt.`,
    en: (p, l) => `The cell holds ${str(p.length, l)} characters, over Excel's limit of 32,767; it was cut.`,
  },
  "file-not-found": {
    vi: () => "Không tìm thấy tệp.",
    en: () => "File not found.",
  },
  "sheet-empty": {
    vi: () => "Trang tính trống, đã bỏ qua.",
    en: () => "The sheet is empty; skipped.",
  },
  "sheet-no-header": {
    vi: () =>
      "Không tìm thấy dòng tiêu đề bảng chỉ tiêu (cần các cột như “Chỉ tiêu”, “Kế hoạch”, “Thực hiện”), đã bỏ qua trang này.",
    en: () => "No indicator table header found (columns such as “Chỉ tiêu”, “Kế hoạch”, “Thực hiện”); sheet skipped.",
  },
  "sheet-no-plan-column": {
    vi: () => "Không tìm thấy cột Kế hoạch; các chỉ tiêu chưa tính được tỷ lệ đạt.",
    en: () => "No plan column found; achievement cannot be computed.",
  },
  "sheet-no-actual-column": {
    vi: () => "Không tìm thấy cột Thực hiện; các chỉ tiêu chưa tính được tỷ lệ đạt.",
    en: () => "No actual (result) column found; achievement cannot be computed.",
  },
  "value-not-number": {
    vi: (p, l) => `Ô cột ${role(p, l)} có chữ “${str(p.text)}” thay vì số; chỉ tiêu này chưa được tính.`,
    en: (p, l) =>
      `The ${role(p, l)} cell holds text “${str(p.text)}” instead of a number; this indicator is not scored.`,
  },
  "value-error": {
    vi: (p, l) => `Ô cột ${role(p, l)} có lỗi ${str(p.error)} (công thức hỏng); chỉ tiêu này chưa được tính.`,
    en: (p, l) =>
      `The ${role(p, l)} cell holds the error ${str(p.error)} (a broken formula); this indicator is not scored.`,
  },
  "value-date": {
    vi: (p, l) => `Ô cột ${role(p, l)} là ngày tháng (${str(p.text)}) thay vì số; kiểm tra định dạng ô.`,
    en: (p, l) => `The ${role(p, l)} cell is a date (${str(p.text)}) instead of a number; check the cell format.`,
  },
  "plan-zero": {
    vi: () => "Kế hoạch bằng 0 nên không tính được tỷ lệ đạt.",
    en: () => "The plan is 0, so achievement cannot be computed.",
  },
  "plan-missing": {
    vi: () => "Có số thực hiện nhưng chưa có kế hoạch; không tính được tỷ lệ đạt.",
    en: () => "There is a result but no plan; achievement cannot be computed.",
  },
  "negative-count": {
    vi: (p, l) => `Số lượng âm (${str(p.value, l)}) ở cột ${role(p, l)}; kiểm tra lại số liệu.`,
    en: (p, l) => `Negative count (${str(p.value, l)}) in the ${role(p, l)} column; please check.`,
  },
  "percent-over-100": {
    vi: (p, l) => `Tỷ lệ ${str(p.value, l)}% lớn hơn 100% ở cột ${role(p, l)}; kiểm tra lại số liệu.`,
    en: (p, l) => `A rate of ${str(p.value, l)}% is over 100% in the ${role(p, l)} column; please check.`,
  },
  "suspect-unit": {
    vi: (p, l) =>
      `Thực hiện (${str(p.actual, l)}) và kế hoạch (${str(p.plan, l)}) chênh nhau ${str(p.ratio, l)} lần; có thể nhầm đơn vị (‰ và %, đồng và triệu đồng). Vẫn tính điểm, đề nghị kiểm tra.`,
    en: (p, l) =>
      `Actual (${str(p.actual, l)}) and plan (${str(p.plan, l)}) differ ${str(p.ratio, l)}-fold; possibly a unit slip (‰ vs %, VND vs million VND). Scored anyway; please check.`,
  },
  "duplicate-indicator": {
    vi: (p) => `Chỉ tiêu “${str(p.name)}” bị lặp (lần đầu ở ô ${str(p.first)}).`,
    en: (p) => `Indicator “${str(p.name)}” appears twice (first at ${str(p.first)}).`,
  },
  "sheet-percent-disagrees": {
    vi: (p, l) =>
      `Cột so sánh của báo cáo ghi ${str(p.sheet, l)}%, tính lại được ${str(p.computed, l)}%; đã dùng số tính lại.`,
    en: (p, l) =>
      `The sheet's own % says ${str(p.sheet, l)}%, recomputed ${str(p.computed, l)}%; the recomputed figure is used.`,
  },
  "legacy-encoding": {
    vi: (p) => `Văn bản gõ bằng bảng mã cũ ${str(p.encoding).toUpperCase()} đã được chuyển sang Unicode.`,
    en: (p) => `Text typed in the legacy ${str(p.encoding).toUpperCase()} encoding was converted to Unicode.`,
  },
  "formula-text": {
    vi: (p) => `Tên “${str(p.text)}” bắt đầu bằng ký tự công thức; đã ghi dưới dạng văn bản.`,
    en: (p) => `The name “${str(p.text)}” starts like a formula; written as text.`,
  },
  "indicator-missing": {
    vi: (p) => `${str(p.area)} thiếu chỉ tiêu “${str(p.name)}” mà các đơn vị khác có.`,
    en: (p) => `${str(p.area)} lacks the indicator “${str(p.name)}” that other units report.`,
  },
  "area-not-reported": {
    vi: (p) => `${str(p.area)} chưa gửi báo cáo.`,
    en: (p) => `${str(p.area)} has not reported.`,
  },
  "area-duplicate": {
    vi: (p) => `${str(p.area)} có hai báo cáo (báo cáo đầu: ${str(p.first)}); cả hai được giữ với tên khác nhau.`,
    en: (p) => `${str(p.area)} has two returns (first: ${str(p.first)}); both kept under different names.`,
  },
  "rate-plain-mean": {
    vi: (p) =>
      `Chỉ tiêu “${str(p.name)}” là tỷ lệ hoặc bình quân nhưng các báo cáo không có mẫu số (tổng số hộ, dân số) nên được tính bình quân đơn giản.`,
    en: (p) =>
      `“${str(p.name)}” is a rate or per-capita figure but the returns give no denominator (households, population), so a plain mean was used.`,
  },
  "unit-mismatch": {
    vi: (p) => `Chỉ tiêu “${str(p.name)}” có đơn vị tính khác nhau giữa các đơn vị (${str(p.units)}).`,
    en: (p) => `The indicator “${str(p.name)}” has different units across units (${str(p.units)}).`,
  },
  "excel-api-error": {
    vi: (p) => `Excel báo lỗi: ${str(p.message)}. Hãy thử lại; nếu vẫn lỗi, lưu tệp rồi mở lại.`,
    en: (p) => `Excel reported an error: ${str(p.message)}. Try again; if it persists, save and reopen the file.`,
  },
  "no-percent-column": {
    vi: () => "Biểu này không có cột So sánh (%) nên không ghi được tỷ lệ đạt vào biểu; không ô nào bị thay đổi.",
    en: () =>
      "This return has no % (so sánh) column, so the achievement cannot be written into it; no cell was changed.",
  },
  "no-returns": {
    vi: () => "Không đọc được báo cáo chỉ tiêu nào từ các tệp đã cho.",
    en: () => "No indicator return could be read from the given files.",
  },
};

/** "Tệp a.xlsx, trang “Xã A”, ô D12: " — where, in the user's language. */
export function locationPrefix(file: string, sheet: string, cell: string, lang: Language): string {
  const parts: string[] = [];
  if (lang === "en") {
    if (file) parts.push(`File ${file}`);
    if (sheet) parts.push(`sheet “${sheet}”`);
    if (cell) parts.push(`cell ${cell}`);
  } else {
    if (file) parts.push(`Tệp ${file}`);
    if (sheet) parts.push(`trang “${sheet}”`);
    if (cell) parts.push(`ô ${cell}`);
  }
  return parts.length ? `${parts.join(", ")}: ` : "";
}

export function problemText(finding: Finding, lang: Language): string {
  const template = TEMPLATES[finding.code];
  return template[lang](finding.params ?? {}, lang);
}

/** The problem a user sees; `file` is where the finding was made, unless the finding names its own. */
export function localizeProblem(finding: Finding, file: string, lang: Language): Problem {
  const where = finding.file ?? file;
  return {
    ...finding,
    file: where,
    message: locationPrefix(where, finding.sheet, finding.cell, lang) + problemText(finding, lang),
  };
}
