/**
 * A blank standard commune return (mẫu báo cáo chỉ tiêu), ready to fill: title rows, the header
 * STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | So sánh (%) | Ghi chú, a column-number row, the four usual
 * groups with typical indicators and units, number formats ready per unit, the % column as a formula
 * (the direction-aware one for lower-is-better indicators), a unit dropdown and the signature block.
 * The engine's own reader recognises it as a return (see blank-return.test.ts).
 *
 * With `ntmCount: true` the NTM indicator's actual is a formula on the checklist sheet
 * (ntm-checklist.ts, `ntmCountFormula`): put both sheets in one workbook (`templateWorkbook`).
 */
import { a1 } from "../address";
import { words } from "../i18n/labels";
import { GENERATOR_VERSION } from "../plan/build-summary";
import { percentOnlyConditionalFormat } from "../plan/band-rules";
import { SheetBuilder, wrappedHeight } from "../plan/sheet-builder";
import { writeSignature } from "../plan/signature";
import { PLAN_FONT, buildStyles } from "../plan/styles";
import type { PlanSheet, SummaryPlan } from "../plan/types";
import type { Language, Settings } from "../settings";
import { type FigureKind, RETURN_GROUPS, UNIT_LIST } from "./return-catalogue";
import { ntmChecklistTemplate, ntmCountFormula, templateStyles } from "./ntm-checklist";

export const RETURN_COL = { code: 1, name: 2, unit: 3, plan: 4, actual: 5, pct: 6, note: 7 } as const;
const LAST = RETURN_COL.note;
export const RETURN_HEADER_ROW = 4;
const WIDTHS = [6, 48, 11, 13, 13, 12, 22];

const TEXT = {
  vi: {
    sheet: "Mẫu báo cáo",
    title: (period: string) => `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI ${period || "............ NĂM ........"}`,
    subtitle: "(Kèm theo báo cáo số ......../BC-UBND ngày ..... tháng ..... năm ........ của Ủy ban nhân dân xã ..................)",
    // Bilingual headers in English mode keep the Vietnamese word first: the reader matches it.
    header: ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"],
  },
  en: {
    sheet: "Return template",
    title: (period: string) => `REPORT ON SOCIO-ECONOMIC TARGETS ${period || "............ YEAR ........"}`,
    subtitle: "(Attached to report no. ........ of the People's Committee of .................. commune, dated ..... / ..... / ........)",
    // "STT" and "ĐVT" stay bare: the reader matches those codes exactly.
    header: ["STT", "Chỉ tiêu (Indicator)", "ĐVT", "Kế hoạch (Plan)", "Thực hiện (Actual)", "So sánh (%) (Achievement)", "Ghi chú (Note)"],
  },
} as const;

const COLUMN_NUMBERS = ["A", "B", "C", "1", "2", "3 = 2/1", "D"];

const INPUT_STYLE: Record<FigureKind, string> = { count: "inputCount", amount: "inputAmount", rate: "inputRate" };

export function returnSheetName(lang: Language): string {
  return TEXT[lang].sheet;
}

/**
 * Achievement as a fraction (the cell shows "86,8%"), blank until plan and actual are both numbers.
 * Up: actual / plan. Down (lower is better, no baseline column): plan / actual, and an actual of 0
 * counts as met (domain.md).
 */
export function achievementFormula(row: number, direction: "up" | "down"): string {
  const plan = a1(row, RETURN_COL.plan);
  const actual = a1(row, RETURN_COL.actual);
  const both = `AND(ISNUMBER(${plan}),ISNUMBER(${actual}))`;
  return direction === "up"
    ? `IF(AND(${both},${plan}<>0),${actual}/${plan},"")`
    : `IF(${both},IF(${actual}=0,1,${plan}/${actual}),"")`;
}

export interface BlankReturnOptions {
  /** Take the NTM actual from the checklist sheet's count (the workbook must hold that sheet). */
  ntmCount?: boolean;
}

function blankReturnSheet(settings: Settings, options: BlankReturnOptions): PlanSheet {
  const lang = settings.language;
  const t = TEXT[lang];
  const b = new SheetBuilder();
  b.banner(1, 1, LAST, t.title(settings.period.trim().toUpperCase()), "title", 36);
  b.banner(2, 1, LAST, t.subtitle, "source", 18);
  t.header.forEach((text, i) => b.set(RETURN_HEADER_ROW, i + 1, text, "header"));
  b.rowHeights[RETURN_HEADER_ROW] = lang === "en" ? 48 : 33;
  COLUMN_NUMBERS.forEach((text, i) => b.set(RETURN_HEADER_ROW + 1, i + 1, text, "columnNumber"));

  let row = RETURN_HEADER_ROW + 2;
  let number = 1;
  const firstData = row;
  for (const group of RETURN_GROUPS) {
    b.set(row, RETURN_COL.code, group.code, "group");
    b.set(row, RETURN_COL.name, lang === "en" ? `${group.en} (${group.vi})` : group.vi, "group");
    for (let c = RETURN_COL.unit; c <= LAST; c++) b.set(row, c, null, "group");
    row++;
    for (const ind of group.indicators) {
      const input = INPUT_STYLE[ind.kind];
      b.set(row, RETURN_COL.code, number++, "code");
      // English names keep the Vietnamese: the direction cue words ("hộ nghèo", "tai nạn") match it.
      const name = lang === "en" ? `${ind.vi} (${ind.en})` : ind.vi;
      b.set(row, RETURN_COL.name, name, "name");
      if (name.length * 1.1 > WIDTHS[RETURN_COL.name - 1]) b.rowHeights[row] = wrappedHeight(name.length, WIDTHS[RETURN_COL.name - 1]);
      b.set(row, RETURN_COL.unit, ind.unit, "center");
      b.set(row, RETURN_COL.plan, null, input);
      if (ind.ntm && options.ntmCount) b.setFormula(row, RETURN_COL.actual, null, input, ntmCountFormula(lang));
      else b.set(row, RETURN_COL.actual, null, input);
      b.setFormula(row, RETURN_COL.pct, null, "pct", achievementFormula(row, ind.direction));
      b.set(row, RETURN_COL.note, null, "note");
      row++;
    }
  }
  const lastData = row - 1;
  writeSignature(b, row + 1, LAST, null, lang);

  const sheet = b.build({
    name: t.sheet,
    role: "return",
    columnWidths: WIDTHS,
    conditionalFormats: [
      percentOnlyConditionalFormat({ top: firstData, left: RETURN_COL.pct, bottom: lastData, right: RETURN_COL.pct }, settings),
    ],
    charts: [],
    freeze: { rows: RETURN_HEADER_ROW + 1, columns: 0 },
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      printTitleRows: { from: RETURN_HEADER_ROW, to: RETURN_HEADER_ROW + 1 },
      footer: words(lang).footer,
    },
  });
  sheet.validations = [{ range: { top: firstData, left: RETURN_COL.unit, bottom: lastData, right: RETURN_COL.unit }, list: [...UNIT_LIST] }];
  return sheet;
}

function templatePlan(settings: Settings, sheets: PlanSheet[]): SummaryPlan {
  return {
    font: PLAN_FONT,
    styles: { ...buildStyles(settings), ...templateStyles() },
    sheets,
    generator: { name: "commune-targets", version: GENERATOR_VERSION },
  };
}

export function blankReturnTemplate(settings: Settings, options: BlankReturnOptions = {}): SummaryPlan {
  return templatePlan(settings, [blankReturnSheet(settings, options)]);
}

/** Both templates in one workbook, the return's NTM actual linked to the checklist's count. */
export function templateWorkbook(settings: Settings): SummaryPlan {
  return templatePlan(settings, [blankReturnSheet(settings, { ntmCount: true }), ...ntmChecklistTemplate(settings).sheets]);
}
