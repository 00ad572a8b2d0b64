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

type Pair = { vi: string; en: string };

const SAVE_AS: Pair = {
  vi: "hãy mở bằng Excel và lưu lại dạng .xlsx (Sổ làm việc Excel)",
  en: "open it in Excel and save it as .xlsx (Excel Workbook)",
};

/** Files that are not an .xlsx, by what the reader found them to be (src/files/sniff.ts, xlsx/read-xlsx.ts). */
const NOT_XLSX: Record<string, Pair> = {
  xlsb: {
    vi: "đây là tệp Excel nhị phân (.xlsb) đổi tên thành .xlsx",
    en: "it is a binary Excel file (.xlsb) renamed .xlsx",
  },
  ods: {
    vi: "đây là tệp bảng tính OpenDocument (.ods) đổi tên thành .xlsx",
    en: "it is an OpenDocument spreadsheet (.ods) renamed .xlsx",
  },
  csv: { vi: "đây là tệp văn bản CSV đổi tên thành .xlsx", en: "it is a CSV text file renamed .xlsx" },
  html: { vi: "đây là trang web (HTML) đổi tên thành .xlsx", en: "it is a web page (HTML) renamed .xlsx" },
  "xml-2003": {
    vi: "đây là tệp bảng tính XML 2003 đổi tên thành .xlsx",
    en: "it is an XML Spreadsheet 2003 file renamed .xlsx",
  },
  pdf: { vi: "đây là tệp PDF, không phải bảng tính", en: "it is a PDF file, not a spreadsheet" },
  "not-workbook": {
    vi: "tệp nén này không chứa sổ làm việc Excel (có thể là tệp Word hay tệp nén khác)",
    en: "this zip holds no Excel workbook (it may be a Word document or another archive)",
  },
};

/** What is damaged, by the reader's damage kind (src/files/xlsx/damage.ts). */
const DAMAGE: Record<string, Pair> = {
  truncated: {
    vi: "tệp bị cắt cụt (chưa tải về hoặc chưa gửi hết)",
    en: "the file is cut short (not fully downloaded or sent)",
  },
  crc: {
    vi: "dữ liệu trong tệp không khớp mã kiểm tra (CRC)",
    en: "data in the file does not match its checksum (CRC)",
  },
  "duplicate-entry": { vi: "tệp chứa hai phần cùng tên", en: "the file holds two parts with the same name" },
  "size-mismatch": {
    vi: "một phần của tệp có kích thước khác với kích thước ghi trong tệp",
    en: "a part of the file has another size than the file declares",
  },
  compression: { vi: "tệp dùng kiểu nén không được hỗ trợ", en: "the file uses an unsupported kind of compression" },
  "bad-deflate": { vi: "dữ liệu nén trong tệp bị hỏng", en: "compressed data in the file is damaged" },
  "encrypted-entry": { vi: "một phần của tệp bị mã hoá", en: "a part of the file is encrypted" },
  "invalid-utf8": { vi: "chữ trong tệp không đúng mã UTF-8", en: "text in the file is not valid UTF-8" },
  doctype: {
    vi: "tệp chứa khai báo DTD, không được phép trong tệp Excel",
    en: "the file contains a DTD declaration, which an Excel file never has",
  },
  "bad-xml": { vi: "nội dung XML trong tệp bị lỗi", en: "XML inside the file is malformed" },
  "missing-part": { vi: "tệp thiếu một phần cần thiết", en: "the file lacks a part it needs" },
};

/**
 * Why a file could not be read, wholly in the user's language. The reader's technical cause is in
 * params.detail, shown only to those who ask for it (--verbose), never inside this sentence.
 */
function unreadableReason(p: ProblemParams, lang: Language): string {
  const reason = str(p.reason);
  const part = p.part ? (lang === "en" ? ` (part ${str(p.part)})` : ` (phần ${str(p.part)})`) : "";
  if (reason.startsWith("empty")) return lang === "en" ? "the file is empty" : "tệp rỗng";
  if (reason.startsWith("old-xls"))
    return lang === "en"
      ? "it is an .xls from Excel 4.0 or older; open it in Excel and save it as .xlsx"
      : "đây là tệp .xls của Excel 4.0 trở về trước; hãy mở bằng Excel và lưu lại dạng .xlsx";
  const other = NOT_XLSX[reason];
  if (other) return `${other[lang]}; ${SAVE_AS[lang]}`;
  if (reason.startsWith("not-xlsx"))
    return lang === "en" ? "it is not an Excel file (.xlsx or .xls)" : "tệp không phải tệp Excel (.xlsx hoặc .xls)";
  if (reason === "too-large")
    return lang === "en"
      ? `it expands to more than the allowed size when unzipped${part} (possibly a malicious file)`
      : `tệp giải nén ra quá kích thước cho phép${part} (có thể là tệp độc hại)`;
  const damage = DAMAGE[str(p.damage)];
  if (damage) return lang === "en" ? `the file is damaged: ${damage.en}${part}` : `tệp bị hỏng: ${damage.vi}${part}`;
  return lang === "en" ? "the file is damaged" : "tệp bị hỏng";
}

/** " ở dòng tiêu đề 4 («STT» «Chỉ tiêu» …)": the header row a column was looked for in, and its texts. */
const seenVi = (p: ProblemParams): string =>
  p.row === undefined || p.row === "" ? "" : ` ở dòng tiêu đề ${String(p.row)} (các cột: ${str(p.headers) || "trống"})`;
const seenEn = (p: ProblemParams): string =>
  p.row === undefined || p.row === "" ? "" : ` in header row ${String(p.row)} (columns: ${str(p.headers) || "none"})`;
/** Why the sheet's % differs (scoring/sheet-percent-reason.ts), as the official reads it. */
function percentReason(reason: string, lang: Language): string {
  const vi: Record<string, string> = {
    "actual-over-plan-for-down":
      "biểu tính thực hiện/kế hoạch; chỉ tiêu này càng thấp càng tốt nên tính kế hoạch/thực hiện",
    "actual-over-plan-for-down-baseline":
      "biểu tính thực hiện/kế hoạch; chỉ tiêu này càng thấp càng tốt và có số cùng kỳ nên tính mức giảm đạt được: (cùng kỳ − thực hiện)/(cùng kỳ − kế hoạch)",
    "plan-over-actual-for-down-baseline":
      "biểu tính kế hoạch/thực hiện; chỉ tiêu này có số cùng kỳ nên tính mức giảm đạt được: (cùng kỳ − thực hiện)/(cùng kỳ − kế hoạch)",
    "plan-over-actual-for-up":
      "biểu tính kế hoạch/thực hiện; chỉ tiêu này càng cao càng tốt nên tính thực hiện/kế hoạch",
    rounded: "biểu làm tròn đến hàng đơn vị",
    unexplained:
      "không phép tính nào từ kế hoạch và thực hiện của dòng này ra số của biểu (có thể gõ tay hoặc tính từ cột khác)",
  };
  const en: Record<string, string> = {
    "actual-over-plan-for-down":
      "the sheet computes actual/plan; lower is better for this indicator, so plan/actual is used",
    "actual-over-plan-for-down-baseline":
      "the sheet computes actual/plan; lower is better and there is a baseline, so the reduction achieved is used: (baseline − actual)/(baseline − plan)",
    "plan-over-actual-for-down-baseline":
      "the sheet computes plan/actual; there is a baseline, so the reduction achieved is used: (baseline − actual)/(baseline − plan)",
    "plan-over-actual-for-up":
      "the sheet computes plan/actual; higher is better for this indicator, so actual/plan is used",
    rounded: "the sheet rounds to a whole percent",
    unexplained:
      "no formula from this row's plan and actual gives the sheet's figure (typed by hand, or computed from another column)",
  };
  return (lang === "en" ? en : vi)[reason] ?? (lang === "en" ? en : vi).unexplained;
}

const TEMPLATES: Record<ProblemCode, { vi: Template; en: Template }> = {
  "file-unreadable": {
    vi: (p) => `Không đọc được tệp: ${unreadableReason(p, "vi")}.`,
    en: (p) => `The file cannot be read: ${unreadableReason(p, "en")}.`,
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
  "file-not-regular": {
    vi: () => "Đây không phải tệp thông thường (ống dẫn, thiết bị…); đã bỏ qua, không đọc.",
    en: () => "This is not a regular file (a pipe, a device…); skipped without reading.",
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
    vi: (p) =>
      `Không tìm thấy cột Kế hoạch${seenVi(p)}; các chỉ tiêu chưa tính được tỷ lệ đạt. ` +
      `Cách sửa: chọn cột Kế hoạch trong “Sửa cột và chiều đánh giá”, hoặc đặt tên tiêu đề cột là “Kế hoạch”.`,
    en: (p) =>
      `No plan column found${seenEn(p)}; achievement cannot be computed. ` +
      `To fix: choose the plan column under “Sửa cột và chiều đánh giá” (column corrections), or title the column “Kế hoạch”.`,
  },
  "sheet-no-actual-column": {
    vi: (p) =>
      `Không tìm thấy cột Thực hiện${seenVi(p)}; các chỉ tiêu chưa tính được tỷ lệ đạt. ` +
      `Cách sửa: chọn cột Thực hiện trong “Sửa cột và chiều đánh giá”, hoặc đặt tên tiêu đề cột là “Thực hiện”.`,
    en: (p) =>
      `No actual (result) column found${seenEn(p)}; achievement cannot be computed. ` +
      `To fix: choose the result column under “Sửa cột và chiều đánh giá” (column corrections), or title the column “Thực hiện”.`,
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
    vi: (p) =>
      `Chỉ tiêu “${str(p.name)}” bị lặp: ô ${str(p.first)} và ô này; bản tổng hợp các xã chỉ tính dòng ở ô ${str(p.first)}, hãy xem dòng nào đúng.`,
    en: (p) =>
      `Indicator “${str(p.name)}” appears twice: ${str(p.first)} and this cell; a consolidation counts only the row at ${str(p.first)}, so check which is right.`,
  },
  "sheet-percent-disagrees": {
    vi: (p, l) =>
      `Cột so sánh của báo cáo ghi ${str(p.sheet, l)}%, tính lại được ${str(p.computed, l)}%: ${percentReason(str(p.reason), "vi")}; đã dùng số tính lại.`,
    en: (p, l) =>
      `The sheet's own % says ${str(p.sheet, l)}%, recomputed ${str(p.computed, l)}%: ${percentReason(str(p.reason), "en")}; the recomputed figure is used.`,
  },
  "legacy-encoding": {
    vi: (p) => `Văn bản gõ bằng bảng mã cũ ${str(p.encoding).toUpperCase()} đã được chuyển sang Unicode.`,
    en: (p) => `Text typed in the legacy ${str(p.encoding).toUpperCase()} encoding was converted to Unicode.`,
  },
  "return-parts-joined": {
    vi: (p) =>
      `Các trang ${str(p.sheets)} của ${str(p.area)} là các biểu của cùng một báo cáo (cùng kỳ, không trùng chỉ tiêu); được tổng hợp như một đơn vị.`,
    en: (p) =>
      `Sheets ${str(p.sheets)} of ${str(p.area)} are parts of one return (same period, no indicator twice); consolidated as one unit.`,
  },
  "row-without-name": {
    vi: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} dòng có số liệu nhưng không có tên chỉ tiêu (ô ${str(p.cells)}); đã bỏ qua vì không biết là chỉ tiêu nào.`
        : `Dòng có số liệu nhưng không có tên chỉ tiêu (ô ${str(p.cells)}); đã bỏ qua vì không biết là chỉ tiêu nào.`,
    en: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} rows have figures but no indicator name (cells ${str(p.cells)}); skipped, as no one can tell which indicator they are.`
        : `A row has figures but no indicator name (cell ${str(p.cells)}); skipped, as no one can tell which indicator it is.`,
  },
  "total-row-skipped": {
    vi: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} dòng cộng (“${str(p.name)}”…, ô ${str(p.cells)}) là tổng các dòng trên, không phải chỉ tiêu; không tính vào kết quả.`
        : `Dòng “${str(p.name)}” là dòng cộng các dòng trên, không phải một chỉ tiêu; không tính vào kết quả.`,
    en: (p, l) =>
      Number(p.count) > 1
        ? `${str(p.count, l)} sum rows (“${str(p.name)}”…, cells ${str(p.cells)}) add up the rows above; they are not indicators and are not scored.`
        : `The row “${str(p.name)}” adds up the rows above; it is not an indicator and is not scored.`,
  },
  "formula-text": {
    vi: (p) => `Tên “${str(p.text)}” bắt đầu bằng ký tự công thức; đã ghi dưới dạng văn bản.`,
    en: (p) => `The name “${str(p.text)}” starts like a formula; written as text.`,
  },
  "indicator-missing": {
    vi: (p, l) =>
      p.count === 1
        ? `${str(p.area)} thiếu chỉ tiêu ${str(p.names)} mà đa số các đơn vị có.`
        : `${str(p.area)} thiếu ${str(p.count, l)} chỉ tiêu mà đa số các đơn vị có: ${str(p.names)}.`,
    en: (p, l) =>
      p.count === 1
        ? `${str(p.area)} lacks the indicator ${str(p.names)} that most units report.`
        : `${str(p.area)} lacks ${str(p.count, l)} indicators that most units report: ${str(p.names)}.`,
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
  "sheet-unit-summary": {
    vi: (p) =>
      `Trang này là bảng tổng hợp gõ tay (các dòng là ${str(p.units)} đơn vị), không phải báo cáo của một đơn vị: đã bỏ qua, chỉ dùng để đối chiếu số tổng.`,
    en: (p) =>
      `This sheet is a hand-typed summary (its rows are ${str(p.units)} units), not one unit's return: skipped, used only to check its totals.`,
  },
  "unit-summary-rows-differ": {
    vi: (p, l) =>
      `Dòng tổng của bảng tổng hợp, cột “${str(p.column)}”, ghi ${str(p.hand, l)} nhưng cộng các dòng đơn vị được ${str(p.sum, l)}.`,
    en: (p, l) =>
      `The summary's total row, column “${str(p.column)}”, says ${str(p.hand, l)} but its unit rows add up to ${str(p.sum, l)}.`,
  },
  "unit-summary-total-differs": {
    vi: (p, l) =>
      `Dòng tổng của bảng tổng hợp, cột “${str(p.column)}”, ghi ${str(p.hand, l)} nhưng cộng “${str(p.indicator)}” từ báo cáo của ${str(p.units)} đơn vị được ${str(p.computed, l)}.`,
    en: (p, l) =>
      `The summary's total row, column “${str(p.column)}”, says ${str(p.hand, l)} but “${str(p.indicator)}” in the ${str(p.units)} units' returns adds up to ${str(p.computed, l)}.`,
  },
  "columns-percent-fits-other": {
    vi: (p) =>
      `Cột so sánh (%) của biểu khớp với ${str(p.other)} hơn là với cột đã chọn (${str(p.chosen)}), xem các ô ${str(p.cells)}. Vẫn tính theo tên cột; nếu chọn sai, hãy sửa trong “Sửa cột và chiều đánh giá”.`,
    en: (p) =>
      `The sheet's own % column agrees better with ${str(p.other)} than with the columns chosen (${str(p.chosen)}); see cells ${str(p.cells)}. Scored by the column headers; if they were chosen wrongly, correct them under “Sửa cột và chiều đánh giá”.`,
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
