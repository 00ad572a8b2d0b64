/**
 * The New Rural Development checklist (bảng tự đánh giá tiêu chí nông thôn mới): the 19 national
 * criteria for communes, 2021–2025 (Quyết định 318/QĐ-TTg, 8 March 2022), each marked "Đạt" or
 * "Chưa đạt" from a dropdown, a count cell `=COUNTIF(C5:C23,"Đạt")` and the line "Xã đạt .../19 tiêu chí".
 *
 * The count feeds the return: the blank return template (blank-return.ts), given this sheet's
 * `ntmCountSource`, takes its NTM actual from the count cell (blank until a criterion is marked).
 */
import { a1, quoteSheetName } from "../address";
import { GENERATOR_VERSION } from "../plan/build-summary";
import { SheetBuilder, wrappedHeight } from "../plan/sheet-builder";
import { PLAN_FONT, buildStyles } from "../plan/styles";
import { writeSignature } from "../plan/signature";
import type { SummaryPlan } from "../plan/types";
import { words } from "../i18n/labels";
import type { Language, Settings } from "../settings";

/** The 19 criteria in their official order (domain.md). */
export const NTM_CRITERIA: ReadonlyArray<{ vi: string; en: string }> = [
  { vi: "Quy hoạch", en: "Planning" },
  { vi: "Giao thông", en: "Transport" },
  { vi: "Thủy lợi và phòng, chống thiên tai", en: "Irrigation and disaster prevention" },
  { vi: "Điện", en: "Electricity" },
  { vi: "Trường học", en: "Schools" },
  { vi: "Cơ sở vật chất văn hóa", en: "Cultural facilities" },
  { vi: "Cơ sở hạ tầng thương mại nông thôn", en: "Rural commercial infrastructure" },
  { vi: "Thông tin và Truyền thông", en: "Information and communications" },
  { vi: "Nhà ở dân cư", en: "Housing" },
  { vi: "Thu nhập", en: "Income" },
  { vi: "Nghèo đa chiều", en: "Multidimensional poverty" },
  { vi: "Lao động", en: "Labour" },
  { vi: "Tổ chức sản xuất và phát triển kinh tế nông thôn", en: "Production organisation and rural economy" },
  { vi: "Giáo dục và Đào tạo", en: "Education and training" },
  { vi: "Y tế", en: "Health" },
  { vi: "Văn hóa", en: "Culture" },
  { vi: "Môi trường và an toàn thực phẩm", en: "Environment and food safety" },
  { vi: "Hệ thống chính trị và tiếp cận pháp luật", en: "Political system and access to law" },
  { vi: "Quốc phòng và An ninh", en: "Defence and security" },
];

/** The dropdown values; always Vietnamese, since COUNTIF and the engine read "Đạt". */
export const MET = "Đạt";
export const NOT_MET = "Chưa đạt";

const HEADER_ROW = 4;
const FIRST = HEADER_ROW + 1;
const LAST = FIRST + NTM_CRITERIA.length - 1;
const COUNT_ROW = LAST + 1;
const COL = { code: 1, name: 2, result: 3, note: 4 } as const;
const NAME_WIDTH = 52;

export function ntmSheetName(lang: Language): string {
  return lang === "en" ? "NTM criteria" : "Tiêu chí NTM";
}

/** Where the count of criteria met sits, and the range of results it counts. */
export function ntmCountSource(lang: Language): { sheet: string; cell: string; results: string } {
  return { sheet: ntmSheetName(lang), cell: a1(COUNT_ROW, COL.result), results: `${a1(FIRST, COL.result)}:${a1(LAST, COL.result)}` };
}

/**
 * A formula (without "=") for another sheet: the number of criteria met, or "" while no criterion is
 * marked yet (so an untouched checklist is "not evaluated", never 0/19).
 */
export function ntmCountFormula(lang: Language): string {
  const src = ntmCountSource(lang);
  const sheet = quoteSheetName(src.sheet);
  return `IF(COUNTA(${sheet}!${src.results})=0,"",${sheet}!${src.cell})`;
}

const TEXT = {
  vi: {
    title: "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI",
    subtitle: "(Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025, Quyết định số 318/QĐ-TTg ngày 08/3/2022)",
    header: ["STT", "Tên tiêu chí", "Kết quả (Đạt / Chưa đạt)", "Ghi chú"],
    count: "Số tiêu chí đạt",
    line: (countRef: string) => `"Xã đạt "&${countRef}&"/19 tiêu chí"`,
  },
  en: {
    title: "NEW RURAL DEVELOPMENT CRITERIA: SELF-ASSESSMENT",
    subtitle: "(National criteria for communes 2021 - 2025, Decision 318/QĐ-TTg of 8 March 2022; mark each Đạt = met or Chưa đạt = not met)",
    header: ["No.", "Criterion", "Result (Đạt / Chưa đạt)", "Note"],
    count: "Criteria met",
    line: (countRef: string) => `"The commune meets "&${countRef}&"/19 criteria"`,
  },
} as const;

export function ntmChecklistTemplate(settings: Settings): SummaryPlan {
  const lang = settings.language;
  const t = TEXT[lang];
  const w = words(lang);
  const b = new SheetBuilder();
  const last = COL.note;
  b.banner(1, 1, last, t.title, "title", 36);
  b.banner(2, 1, last, t.subtitle, "subtitle", 33);
  t.header.forEach((text, i) => b.set(HEADER_ROW, i + 1, text, "header"));
  b.rowHeights[HEADER_ROW] = 33;
  NTM_CRITERIA.forEach((criterion, i) => {
    const row = FIRST + i;
    b.set(row, COL.code, i + 1, "code");
    const name = lang === "en" ? `${criterion.en} (${criterion.vi})` : criterion.vi;
    b.set(row, COL.name, name, "name");
    if (name.length * 1.1 > NAME_WIDTH) b.rowHeights[row] = wrappedHeight(name.length, NAME_WIDTH);
    b.set(row, COL.result, null, "checkInput");
    b.set(row, COL.note, null, "note");
  });
  const results = ntmCountSource(lang).results;
  const countRef = a1(COUNT_ROW, COL.result);
  b.set(COUNT_ROW, COL.code, null, "group");
  b.set(COUNT_ROW, COL.name, t.count, "group");
  // No cached results: a cached 0 would be shown by viewers that do not recalculate on open (LibreOffice).
  b.setFormula(COUNT_ROW, COL.result, null, "countCell", `COUNTIF(${results},"${MET}")`);
  b.set(COUNT_ROW, COL.note, null, "group");
  b.setFormula(COUNT_ROW + 1, COL.name, null, "heading", t.line(countRef));
  writeSignature(b, COUNT_ROW + 3, last, null, lang);

  const sheet = b.build({
    name: ntmSheetName(lang),
    role: "return",
    columnWidths: [7, NAME_WIDTH, 16, 30],
    conditionalFormats: [
      {
        range: { top: FIRST, left: COL.result, bottom: LAST, right: COL.result },
        rules: [
          { formula: `${a1(FIRST, COL.result)}="${MET}"`, fill: settings.colours.met, band: "met" },
          { formula: `${a1(FIRST, COL.result)}="${NOT_MET}"`, fill: settings.colours.low, band: "low" },
        ],
      },
    ],
    charts: [],
    freeze: { rows: HEADER_ROW, columns: 0 },
    page: { paper: "A4", orientation: "portrait", fitToWidth: true, printTitleRows: { from: HEADER_ROW, to: HEADER_ROW }, footer: w.footer },
  });
  sheet.validations = [{ range: { top: FIRST, left: COL.result, bottom: LAST, right: COL.result }, list: [MET, NOT_MET] }];
  return {
    font: PLAN_FONT,
    styles: { ...buildStyles(settings), ...templateStyles() },
    sheets: [sheet],
    generator: { name: "commune-targets", version: GENERATOR_VERSION },
  };
}

/** Input cells of the templates: bordered, number formats ready for what is typed there. */
export function templateStyles(): SummaryPlan["styles"] {
  const cell = { border: true, vertical: "middle", wrap: true } as const;
  return {
    checkInput: { ...cell, horizontal: "center" },
    countCell: { ...cell, bold: true, horizontal: "center", numberFormat: "0" },
    inputCount: { ...cell, horizontal: "right", numberFormat: "#,##0" },
    inputAmount: { ...cell, horizontal: "right", numberFormat: "#,##0.0" },
    inputRate: { ...cell, horizontal: "right", numberFormat: "0.00" },
  };
}
