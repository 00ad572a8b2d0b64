/** One summary sheet per return: title, area, period, sentences, the coloured table, lagging list, signature. */
import { columnLetters } from "../address";
import { sharedA1 } from "../table/cell-refs";
import { directionLabel, flagLabel, reasonLabel, words } from "../i18n/labels";
import type { BandId, ScoredIndicator, ScoredReturn } from "../model";
import type { Settings } from "../settings";
import { bandConditionalFormat, setBandCell } from "./band-rules";
import { achievementCell, figureCell } from "./figure-cells";
import { writeLegend } from "./legend";
import { SheetBuilder, a4Landscape, wrappedHeight, writeGrouped } from "./sheet-builder";
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
  const b = new SheetBuilder();
  const period = settings.period || ret.period;

  b.banner(1, 1, LAST, w.returnTitle, "title", 24);
  b.banner(2, 1, LAST, [ret.area, period].filter(Boolean).join(" – ") || ret.sheet, "subtitle", 20);
  // In the add-in the source is a sheet of this workbook (no file name); from the CLI, file › sheet.
  b.banner(3, 1, LAST, `${w.source}: ${ret.file ? `${ret.file} › ` : ""}${ret.sheet}`, "source");
  b.banner(5, 1, LAST, input.narrative, "paragraph", wrappedHeight(input.narrative.length, TABLE_WIDTH));
  const labels = writeLegend(b, 7, 2, settings);

  const header = 9;
  const headers = [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.note];
  headers.forEach((text, i) => b.setShared(header, i + 1, text, "header"));
  b.rowHeights[header] = 30;

  const rowOf = new Map<ScoredIndicator, number>();
  let row = writeGrouped(b, header + 1, LAST, ret.indicators, (ind, r) => {
    rowOf.set(ind, r);
    writeIndicatorRow(b, r, ind, settings, labels);
  });
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
  b.banner(row++, 1, LAST, w.laggingTitle, "heading");
  const listHeader = row;
  [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.sourceCell].forEach((text, i) =>
    b.setShared(listHeader, i + 1, text, "header"),
  );
  row++;
  if (input.lagging.length === 0) b.banner(row++, 1, LAST, w.none, "text");
  input.lagging.forEach((ind, i) => {
    const tableRow = rowOf.get(ind);
    const target =
      options.linkTo === "source" || tableRow === undefined
        ? { sheet: ret.sheet, cell: ind.cell }
        : { sheet: options.name, cell: sharedA1(tableRow, COL.name) };
    b.setShared(row, COL.code, i + 1, "code");
    b.set(row, COL.name, ind.name, "link", { link: target });
    b.setShared(row, COL.unit, ind.unit, "center");
    const plan = figureCell(ind.plan, lang);
    const actual = figureCell(ind.actual, lang);
    b.set(row, COL.plan, plan.value, plan.style);
    b.set(row, COL.actual, actual.value, actual.style);
    if (tableRow !== undefined) {
      const pct = ind.achievement === null ? null : ind.achievement / 100;
      b.setFormula(row, COL.pct, pct, "pct", copyPercentFormula(sharedA1(tableRow, COL.pct)));
    } else b.set(row, COL.pct, ind.achievement === null ? null : ind.achievement / 100, "pct");
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
  const plan = figureCell(ind.plan, lang);
  const actual = figureCell(ind.actual, lang);
  b.set(row, COL.plan, plan.value, plan.style);
  b.set(row, COL.actual, actual.value, actual.style);
  const pct = achievementCell(ind, sharedA1(row, COL.plan), sharedA1(row, COL.actual));
  if (pct.formula) b.setFormula(row, COL.pct, pct.value, "pct", pct.formula);
  else b.set(row, COL.pct, pct.value, "pct");
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
  const height = Math.max(
    wrappedHeight(ind.name.length, WIDTHS[COL.name - 1]),
    // a unit is short and centred: "triệu đồng" still fits the 10-character column on one line
    wrappedHeight(ind.unit?.length ?? 0, WIDTHS[COL.unit - 1] * 1.15),
    wrappedHeight(note.length, WIDTHS[COL.note - 1] * 1.2, 14),
  );
  if (height > 16) b.rowHeights[row] = height;
}
