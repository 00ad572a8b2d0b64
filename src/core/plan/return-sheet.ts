/** One summary sheet per return: title, area, period, sentences, the coloured table, lagging list, signature. */
import { columnLetters } from "../address";
import { sharedA1 } from "../table/cell-refs";
import { directionLabel, flagLabel, reasonLabel, words } from "../i18n/labels";
import type { BandId, ScoredIndicator, ScoredReturn } from "../model";
import type { Settings } from "../settings";
import { bandConditionalFormat, setBandCell } from "./band-rules";
import { achievementFormula, achievementValue, figureStyle, indicatorFigureValue } from "./figure-cells";
import { writeLegend } from "./legend";
import { SheetBuilder, a4Landscape, wrappedHeight, wraps, writeGrouped } from "./sheet-builder";
import { writeSignature } from "./signature";
import type { PlanSheet } from "./types";

/** Columns: A STT, B Chỉ tiêu, C ĐVT, D Kế hoạch, E Thực hiện, F % KH, G Đánh giá, H Ghi chú. */
const COL = { code: 1, name: 2, unit: 3, plan: 4, actual: 5, pct: 6, band: 7, note: 8 } as const;
const WIDTHS = [6, 44, 10, 12, 12, 10, 26, 36];
const LAST = 8;
const TABLE_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

export interface ReturnSheetInput {
  ret: ScoredReturn;
  narrative: string;
  /** Lagging indicators, priority first. */
  lagging: ScoredIndicator[];
}

export interface ReturnSheetOptions {
  name: string;
  /** "source": links go to the source cell (the summary is in the source workbook); "summary": to the row here. */
  linkTo: "source" | "summary";
}

/** IF(ISNUMBER(F12),F12,""): the lagging list's % read from the table row; one shared string per reference. */
function copyPercentFormula(ref: string): string {
  let formula = copyFormulas.get(ref);
  if (formula === undefined) {
    formula = ["IF(ISNUMBER(", ref, "),", ref, ',"")'].join("");
    if (copyFormulas.size >= 100_000) copyFormulas.clear();
    copyFormulas.set(ref, formula);
  }
  return formula;
}
const copyFormulas = new Map<string, string>();

/** The note column: flags in words, why there is no score, the direction when lower is better, the sheet's note. */
export function noteText(ind: ScoredIndicator, settings: Settings): string {
  const lang = settings.language;
  const reason = REASONS.indexOf(ind.noScoreReason);
  if ((ind.note !== null && ind.note !== "") || reason < 0) return composeNote(ind, lang);
  // Notes repeat (the same flags in the same words on thousands of rows): each distinct one is made
  // once and shared. Flags arrays are shared per combination (score-return.ts), so they key the memo.
  let byFacts = notesByFlags.get(ind.flags);
  if (byFacts === undefined) {
    if (notesByFlags.size >= 1000) notesByFlags.clear();
    byFacts = [];
    notesByFlags.set(ind.flags, byFacts);
  }
  const facts =
    ((lang === "en" ? 1 : 0) * 3 + (ind.reduction ? 2 : ind.direction === "down" ? 1 : 0)) * REASONS.length + reason;
  let note = byFacts[facts];
  if (note === undefined) {
    note = composeNote(ind, lang);
    byFacts[facts] = note;
  }
  return note;
}
const REASONS: ReadonlyArray<ScoredIndicator["noScoreReason"]> = [
  null,
  "no-plan",
  "plan-zero",
  "no-actual",
  "invalid",
  "not-comparable",
];
const notesByFlags = new Map<readonly string[], string[]>();

function composeNote(ind: ScoredIndicator, lang: Settings["language"]): string {
  const parts: string[] = [];
  if (ind.reduction) parts.push(words(lang).reductionHint);
  else if (ind.direction === "down") parts.push(directionLabel("down", lang));
  for (const flag of ind.flags) parts.push(flagLabel(flag, lang));
  if (ind.noScoreReason && ind.noScoreReason !== "no-actual") parts.push(reasonLabel(ind.noScoreReason, lang));
  if (ind.note) parts.push(ind.note);
  return parts.join("; ");
}

export function buildReturnSheet(input: ReturnSheetInput, settings: Settings, options: ReturnSheetOptions): PlanSheet {
  const { ret } = input;
  const lang = settings.language;
  const w = words(lang);
  const b = new SheetBuilder(expectedCells(input));
  const period = settings.period || ret.period;

  b.sharedBanner(1, 1, LAST, w.returnTitle, "title", 24);
  b.banner(2, 1, LAST, [ret.area, period].filter(Boolean).join(" – ") || ret.sheet, "subtitle", 20);
  // In the add-in the source is a sheet of this workbook (no file name); from the CLI, file › sheet.
  b.banner(3, 1, LAST, `${w.source}: ${ret.file ? `${ret.file} › ` : ""}${ret.sheet}`, "source");
  b.banner(5, 1, LAST, input.narrative, "paragraph", wrappedHeight(input.narrative.length, TABLE_WIDTH));
  const labels = writeLegend(b, 7, 2, settings);

  const header = 9;
  const headers = [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.note];
  headers.forEach((text, i) => b.setShared(header, i + 1, text, "header"));
  b.rowHeights[header] = 30;

  // The table row of each indicator, by its index in ret.indicators (the lagging list links to it).
  const rows: number[] = [];
  let row = writeGrouped(b, header + 1, LAST, ret.indicators, (ind, r) => {
    rows.push(r);
    writeIndicatorRow(b, r, ind, settings, labels);
  });
  const rowOf = tableRows(ret.indicators, rows, input.lagging);
  const lastDataRow = Math.max(header + 1, row - 1);
  const conditionalFormats = [
    bandConditionalFormat(
      { top: header + 1, left: COL.pct, bottom: lastDataRow, right: COL.band },
      columnLetters(COL.pct),
      columnLetters(COL.band),
      settings,
    ),
  ];

  // The lagging list, priority first, each name linking to its source cell.
  row += 1;
  b.sharedBanner(row++, 1, LAST, w.laggingTitle, "heading");
  const listHeader = row;
  [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.sourceCell].forEach((text, i) =>
    b.setShared(listHeader, i + 1, text, "header"),
  );
  row++;
  if (input.lagging.length === 0) b.sharedBanner(row++, 1, LAST, w.none, "text");
  input.lagging.forEach((ind, i) => {
    const tableRow = rowOf[i];
    const target =
      options.linkTo === "source" || tableRow === undefined
        ? { sheet: ret.sheet, cell: ind.cell }
        : { sheet: options.name, cell: sharedA1(tableRow, COL.name) };
    b.setShared(row, COL.code, i + 1, "code");
    b.setLink(row, COL.name, ind.name, "link", target);
    b.setShared(row, COL.unit, ind.unit, "center");
    b.set(row, COL.plan, indicatorFigureValue(ind.plan, ind.planValue, lang), figureStyle(ind.plan));
    b.set(row, COL.actual, indicatorFigureValue(ind.actual, ind.actualValue, lang), figureStyle(ind.actual));
    const pct = achievementValue(ind);
    if (tableRow !== undefined) b.setFormula(row, COL.pct, pct, "pct", copyPercentFormula(sharedA1(tableRow, COL.pct)));
    else b.set(row, COL.pct, pct, "pct");
    setBandCell(b, row, COL.band, COL.pct, ind.band, settings, labels);
    const source = `${ret.sheet}!${ind.cells.actual ?? ind.cell}`;
    b.set(row, COL.note, source, "note");
    growRow(b, row, ind, source);
    row++;
  });
  if (input.lagging.length)
    conditionalFormats.push(
      bandConditionalFormat(
        { top: listHeader + 1, left: COL.pct, bottom: row - 1, right: COL.band },
        columnLetters(COL.pct),
        columnLetters(COL.band),
        settings,
      ),
    );

  writeSignature(b, row + 2, LAST, ret.area, lang);

  return b.build({
    name: options.name,
    role: "return",
    source: { file: ret.file, sheet: ret.sheet },
    columnWidths: WIDTHS,
    conditionalFormats,
    charts: [],
    freeze: { rows: header, columns: 0 },
    page: a4Landscape({ from: header, to: header }, w.footer),
  });
}

/**
 * The table row of each of `wanted` (undefined if not in the table), `rows[i]` being the row of
 * `indicators[i]`. A lagging list has a few entries: a scan beats hashing every indicator of the sheet.
 */
function tableRows(
  indicators: readonly ScoredIndicator[],
  rows: readonly number[],
  wanted: readonly ScoredIndicator[],
): Array<number | undefined> {
  if (wanted.length * indicators.length > 50_000) {
    const rowOf = new Map<ScoredIndicator, number>();
    indicators.forEach((ind, i) => rowOf.set(ind, rows[i]));
    return wanted.map((ind) => rowOf.get(ind));
  }
  return wanted.map((ind) => {
    const i = indicators.indexOf(ind);
    return i < 0 ? undefined : rows[i];
  });
}

/**
 * About how many cells buildReturnSheet writes (LAST a row): the title rows, legend and headers, a
 * row per group and indicator, the lagging list and the signature. Only reserves space: see SheetBuilder.
 */
function expectedCells(input: ReturnSheetInput): number {
  let groups = 0;
  let group: string | null = null;
  for (const ind of input.ret.indicators) {
    if (ind.group && ind.group !== group) {
      group = ind.group;
      groups++;
    }
  }
  const rows = 4 + 1 + 1 + groups + input.ret.indicators.length + 2 + Math.max(1, input.lagging.length) + 2;
  return rows * LAST - 1; // the legend row has LAST - 1 cells
}

function writeIndicatorRow(
  b: SheetBuilder,
  row: number,
  ind: ScoredIndicator,
  settings: Settings,
  labels: Record<BandId, string>,
): void {
  const lang = settings.language;
  b.setShared(row, COL.code, ind.code, "code");
  b.setShared(row, COL.name, ind.name, ind.parent !== null ? "nameSub" : "name");
  b.setShared(row, COL.unit, ind.unit, "center");
  b.set(row, COL.plan, indicatorFigureValue(ind.plan, ind.planValue, lang), figureStyle(ind.plan));
  b.set(row, COL.actual, indicatorFigureValue(ind.actual, ind.actualValue, lang), figureStyle(ind.actual));
  const formula = achievementFormula(ind, sharedA1(row, COL.plan), sharedA1(row, COL.actual));
  if (formula) b.setFormula(row, COL.pct, achievementValue(ind), "pct", formula);
  else b.set(row, COL.pct, achievementValue(ind), "pct");
  setBandCell(b, row, COL.band, COL.pct, ind.band, settings, labels);
  const note = noteText(ind, settings);
  b.setShared(row, COL.note, note || null, "note");
  growRow(b, row, ind, note);
}

/**
 * Rows grow to show a wrapped name, unit or note (the note's font is smaller: more characters a
 * line); neither Excel nor LibreOffice fits row heights to wrapped text when it opens a file.
 */
function growRow(b: SheetBuilder, row: number, ind: ScoredIndicator, note: string): void {
  // Most rows fit on one line (heights ≤ 16 are not written): only rows that wrap are measured.
  const unit = ind.unit?.length ?? 0;
  if (
    !wraps(ind.name.length, WIDTHS[COL.name - 1]) &&
    !wraps(unit, WIDTHS[COL.unit - 1] * 1.15) &&
    !wraps(note.length, WIDTHS[COL.note - 1] * 1.2)
  )
    return;
  const height = Math.max(
    wrappedHeight(ind.name.length, WIDTHS[COL.name - 1]),
    // a unit is short and centred: "triệu đồng" still fits the 10-character column on one line
    wrappedHeight(unit, WIDTHS[COL.unit - 1] * 1.15),
    wrappedHeight(note.length, WIDTHS[COL.note - 1] * 1.2, 14),
  );
  if (height > 16) b.rowHeights[row] = height;
}
