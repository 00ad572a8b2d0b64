/** One summary sheet per return: title, area, period, sentences, the coloured table, lagging list, signature. */
import { columnLetters } from "../address";
import { sharedA1 } from "../table/cell-refs";
import { directionLabel, flagLabel, reasonLabel, words } from "../i18n/labels";
import type { BandId, ScoredIndicator, ScoredReturn } from "../model";
import { BAND_IDS } from "../model";
import { sentenceName } from "../narrative";
import type { Settings } from "../settings";
import { bandConditionalFormat, setBandCell } from "./band-rules";
import { achievementFormula, achievementValue, figureStyle, indicatorFigureValue } from "./figure-cells";
import { writeLegend } from "./legend";
import { SheetBuilder, a4Landscape, wrappedHeight, wraps, writeGrouped } from "./sheet-builder";
import { fitPages, fitScale } from "./pagination";
import { writeHeading } from "./print-heading";
import { writeSignature } from "./signature";
import { mayNeedWords, tableVerdict, writeVerdict, type TableVerdict } from "./table-verdict";
import type { PlanChart, PlanSheet } from "./types";

/** Columns: A STT, B Chỉ tiêu, C ĐVT, D Kế hoạch, E Thực hiện, F % KH, G Đánh giá, H Ghi chú. */
const COL = { code: 1, name: 2, unit: 3, plan: 4, actual: 5, pct: 6, band: 7, note: 8 } as const;
const WIDTHS = [6, 52, 10, 12, 12, 10, 28, 56];
const LAST = 8;
/** Working notes (source cells) for the person who made the summary: on screen, not printed. */
const WORKING = LAST + 1;
const WORKING_WIDTH = 24;
/** The sentences take columns 1..TEXT_END; the chart the rest of the row. */
const TEXT_END = 5;
const TEXT_WIDTH = WIDTHS.slice(0, TEXT_END).reduce((a, b) => a + b, 0);
/** A commune's report should print on this many A4 pages where its table allows (issue 15). */
const PAGES = 2;
/** Points: tall enough for a legible chart. */
const CHART_HEIGHT = 165;
/** Points: an empty row between blocks, kept low so the report fits its pages. */
const GAP = 8;

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

  // Page one: the heading of an administrative report, the title, the sentences, the band counts
  // with their chart, and the lagging list; the table starts page two (its header repeats only there).
  writeHeading(b, 1, { leftEnd: 2, rightStart: 5, lastCol: LAST }, ret.area, settings);
  b.rowHeights[4] = GAP;
  b.sharedBanner(5, 1, LAST, w.returnTitle, "title", 24);
  b.banner(6, 1, LAST, [ret.area, period].filter(Boolean).join(" – ") || ret.sheet, "subtitle", 20);
  // In the add-in the source is a sheet of this workbook (no file name); from the CLI, file › sheet.
  // A working note: on screen, right of the printed columns.
  b.set(1, WORKING, `${w.source}: ${ret.file ? `${ret.file} › ` : ""}${ret.sheet}`, "working");
  // The sentences on the left, the chart of band counts beside them on the right.
  b.rowHeights[7] = GAP;
  const textRow = 8;
  b.rowHeights[textRow + 1] = GAP;
  b.banner(textRow, 1, TEXT_END, input.narrative, "paragraph");
  b.rowHeights[textRow] = Math.max(CHART_HEIGHT, wrappedHeight(input.narrative.length, TEXT_WIDTH));

  // The band counts: the legend row (its cells are what the band formulas read) and the counts under it.
  const legendRow = 10;
  const labels = writeLegend(b, legendRow, 2, settings);
  b.set(legendRow + 1, 1, null, "name");
  b.set(legendRow + 1, 2, ret.area ?? ret.sheet, "name"); // the chart's category
  BAND_IDS.forEach((band, i) => b.set(legendRow + 1, 3 + i, ret.counts[band], "num0"));
  const charts: PlanChart[] = [
    {
      type: "columnClustered",
      title: w.chartTitle,
      data: { top: legendRow, left: 2, bottom: legendRow + 1, right: 7 },
      anchor: { top: textRow, left: TEXT_END + 1, bottom: textRow, right: LAST },
      seriesColors: BAND_IDS.map((band) => settings.colours[band]),
    },
  ];
  b.rowHeights[legendRow + 2] = GAP;
  let row = legendRow + 3;

  // The lagging list, priority first, each name linking to its row; the source cell is a working note.
  b.sharedBanner(row++, 1, LAST, w.laggingTitle, "heading");
  const listHeader = row;
  [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.note].forEach((text, i) =>
    b.setShared(listHeader, i + 1, text, "header"),
  );
  b.setShared(listHeader, WORKING, w.sourceCell, "working");
  row++;
  if (input.lagging.length === 0) b.sharedBanner(row++, 1, LAST, w.none, "text");
  const laggingRows: Array<[ScoredIndicator, number, number]> = [];
  input.lagging.forEach((ind, i) => laggingRows.push([ind, i, row++]));
  const lastListRow = row - 1;

  // The table: its header repeats over it on the pages after its first, and over nothing else
  // (nothing but the signature follows it).
  b.rowHeights[row++] = GAP;
  const header = row;
  const headers = [w.code, w.name, w.unit, w.plan, w.actual, w.achievement, w.band, w.note];
  headers.forEach((text, i) => b.set(header, i + 1, text, "header"));
  b.rowHeights[header] = 30;
  const rows: number[] = [];
  row = writeGrouped(b, header + 1, LAST, ret.indicators, (ind, r) => {
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

  for (const [ind, i, r] of laggingRows) {
    const tableRow = rowOf[i];
    const target =
      options.linkTo === "source" || tableRow === undefined
        ? { sheet: ret.sheet, cell: ind.cell }
        : { sheet: options.name, cell: sharedA1(tableRow, COL.name) };
    b.setShared(r, COL.code, i + 1, "code");
    // a sub-row is named with its parent, as in the sentences: "Giải quyết việc làm mới, trong đó nữ"
    const name =
      ind.parent === null ? ind.name : sentenceName(ind.name, ret.indicators[ind.parent]?.name ?? null, lang);
    b.setLink(r, COL.name, name, "link", target);
    b.setShared(r, COL.unit, ind.unit, "center");
    b.set(r, COL.plan, indicatorFigureValue(ind.plan, ind.planValue, lang), figureStyle(ind.plan));
    b.set(r, COL.actual, indicatorFigureValue(ind.actual, ind.actualValue, lang), figureStyle(ind.actual));
    const verdict = indicatorVerdict(ind, lang);
    if (verdict !== null) writeVerdict(b, r, COL.pct, COL.band, verdict);
    else {
      const pct = achievementValue(ind);
      if (tableRow !== undefined) b.setFormula(r, COL.pct, pct, "pct", copyPercentFormula(sharedA1(tableRow, COL.pct)));
      else b.set(r, COL.pct, pct, "pct");
      setBandCell(b, r, COL.band, COL.pct, ind.band, settings, labels);
    }
    // the list's title already says these lag: the note says only what else there is to know
    const note = composeNote({ ...ind, flags: ind.flags.filter((f) => f !== "lagging") }, lang);
    b.set(r, COL.note, note || null, "note");
    b.set(r, WORKING, `${ret.sheet}!${ind.cells.actual ?? ind.cell}`, "working");
    growRow(b, r, ind, note, verdict);
  }
  if (input.lagging.length)
    conditionalFormats.push(
      bandConditionalFormat(
        { top: listHeader + 1, left: COL.pct, bottom: lastListRow, right: COL.band },
        columnLetters(COL.pct),
        columnLetters(COL.band),
        settings,
      ),
    );

  b.rowHeights[row] = GAP;
  b.rowHeights[row + 1] = GAP; // the signature's date line: the heading carries it
  const end = writeSignature(b, row + 1, LAST, ret.area, lang, false) - 1;
  // A commune's report on two pages where a readable scale allows, the signature never alone.
  const fit = fitPages(b.rowHeights, header, lastDataRow, end, fitScale(WIDTHS), PAGES);

  return b.build({
    name: options.name,
    role: "return",
    source: { file: ret.file, sheet: ret.sheet },
    columnWidths: [...WIDTHS, WORKING_WIDTH],
    conditionalFormats,
    charts,
    freeze: null,
    page: {
      ...a4Landscape({ from: header, to: header }, w.footer),
      scale: fit.scale,
      printColumns: LAST,
      rowBreaks: fit.rowBreaks,
    },
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
  const rows = 20 + groups + input.ret.indicators.length + 2 + Math.max(1, input.lagging.length) + 2;
  return rows * (LAST + 1);
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
  const verdict = indicatorVerdict(ind, lang);
  if (verdict !== null) writeVerdict(b, row, COL.pct, COL.band, verdict);
  else {
    const formula = achievementFormula(ind, sharedA1(row, COL.plan), sharedA1(row, COL.actual));
    if (formula) b.setFormula(row, COL.pct, achievementValue(ind), "pct", formula);
    else b.set(row, COL.pct, achievementValue(ind), "pct");
    setBandCell(b, row, COL.band, COL.pct, ind.band, settings, labels);
  }
  const note = noteText(ind, settings);
  b.setShared(row, COL.note, note || null, "note");
  growRow(b, row, ind, note, verdict);
}

/** The table's words for an indicator whose % a leader could not sign, or null (table-verdict.ts). */
function indicatorVerdict(ind: ScoredIndicator, lang: Settings["language"]): TableVerdict | null {
  return mayNeedWords(ind.flags, ind.planValue, ind.achievement) ? tableVerdict(ind, lang) : null;
}

/**
 * Rows grow to show a wrapped name, unit or note (the note's font is smaller: more characters a
 * line); neither Excel nor LibreOffice fits row heights to wrapped text when it opens a file.
 */
function growRow(b: SheetBuilder, row: number, ind: ScoredIndicator, note: string, verdict: TableVerdict | null): void {
  // Most rows fit on one line (heights ≤ 16 are not written): only rows that wrap are measured.
  const unit = ind.unit?.length ?? 0;
  const said = verdict?.text.length ?? 0;
  if (
    !wraps(ind.name.length, WIDTHS[COL.name - 1]) &&
    !wraps(unit, WIDTHS[COL.unit - 1] * 1.15) &&
    !wraps(note.length, WIDTHS[COL.note - 1] * 1.2) &&
    !wraps(said, WIDTHS[COL.band - 1] * 1.2)
  )
    return;
  const height = Math.max(
    wrappedHeight(ind.name.length, WIDTHS[COL.name - 1]),
    // a unit is short and centred: "triệu đồng" still fits the 10-character column on one line
    wrappedHeight(unit, WIDTHS[COL.unit - 1] * 1.15),
    wrappedHeight(note.length, WIDTHS[COL.note - 1] * 1.2, 14),
    wrappedHeight(said, WIDTHS[COL.band - 1] * 1.2, 14),
  );
  if (height > 16) b.rowHeights[row] = height;
}
