/**
 * The consolidated sheet: areas side by side, totals by each indicator's aggregation,
 * received / expected, band counts per area with a ranking and a chart, and the lagging list.
 */
import { columnLetters } from "../address";
import { aggregationLabel, bandLabel, flagLabel, words } from "../i18n/labels";
import type { AreaFigureView, BandCounts, Consolidation, ConsolidatedIndicator } from "../model";
import { BAND_IDS } from "../model";
import type { Settings } from "../settings";
import { bandConditionalFormat, setBandCell, percentOnlyConditionalFormat } from "./band-rules";
import { writeLegend } from "./legend";
import { SheetBuilder, a4Landscape, wrappedHeight, wraps, writeGrouped } from "./sheet-builder";
import { columnsFitting, fitPages, fitScale } from "./pagination";
import { writeHeading } from "./print-heading";
import { writeSignature } from "./signature";
import { rankUnits, rankingRule } from "./ranking";
import { legendStyleKey, numberStyleKey } from "./styles";
import {
  isReductionName,
  mayNeedWords,
  tableVerdict,
  verdictStyleKey,
  writeVerdict,
  type TableVerdict,
} from "./table-verdict";
import type { PlanChart, PlanConditionalFormat, PlanSheet } from "./types";

const COL = { code: 1, name: 2, unit: 3, aggregation: 4, plan: 5, actual: 6, pct: 7, band: 8, reported: 9 } as const;
const FIRST_AREA = 10;
const BASE_WIDTHS = [6, 40, 9, 14, 12, 12, 10, 26, 9];
const AREA_WIDTH = 9;
const NOTE_WIDTH = 30;
/** The chart shows at most this many areas; a larger consolidation is read from the ranking table. */
export const MAX_CHART_AREAS = 60;
/** Up to this many areas the sheet is fitted to the page width; more print across pages. */
const MAX_FITTED_AREAS = 12;
/** The lagging list across areas stops after this many rows (the table above holds every figure). */
export const MAX_LAGGING_ROWS = 500;

export interface LaggingAcross {
  area: string;
  indicator: ConsolidatedIndicator;
  /** That area's figures for the indicator. */
  figure: AreaFigureView;
}

export interface ConsolidatedSheetInput {
  consolidation: Consolidation;
  narrative: string;
  period: string | null;
  counts: BandCounts;
  /** Lagging (area, indicator) pairs, priority first. */
  lagging: LaggingAcross[];
  /** Per area (by index): cells that could not be read; such a unit is not ranked. */
  unreadable?: number[];
}

function consolidatedNote(ind: ConsolidatedIndicator, settings: Settings): string {
  const lang = settings.language;
  const parts = ind.flags.filter((f) => f !== "missing").map((f) => flagLabel(f, lang));
  if (ind.standard) parts.push(criteriaDistribution(ind.standard, lang));
  if (ind.missing.length) parts.push(`${lang === "en" ? "Missing" : "Thiếu"}: ${ind.missing.join(", ")}`);
  return parts.join("; ");
}

/**
 * "1/9 đơn vị đạt đủ tiêu chí; phân bố: 12 tiêu chí: 7 đơn vị, 15 tiêu chí: 1 đơn vị, 19 tiêu chí: 1 đơn vị".
 */
export function criteriaDistribution(
  standard: NonNullable<ConsolidatedIndicator["standard"]>,
  lang: Settings["language"],
): string {
  const counts = Object.entries(standard.distribution)
    .map(([met, units]) => [Number(met), units] as const)
    .sort((a, b) => a[0] - b[0]);
  const list = counts
    .map(([met, units]) => (lang === "en" ? `${met} criteria: ${units}` : `${met} tiêu chí: ${units} đơn vị`))
    .join(", ");
  return lang === "en"
    ? `${standard.meeting}/${standard.total} units meet every criterion; distribution: ${list}`
    : `${standard.meeting}/${standard.total} đơn vị đạt đủ tiêu chí; phân bố: ${list}`;
}

export function buildConsolidatedSheet(input: ConsolidatedSheetInput, settings: Settings, name: string): PlanSheet {
  const { consolidation: cons } = input;
  const lang = settings.language;
  const w = words(lang);
  const b = new SheetBuilder();
  const areas = cons.areas;
  const noteCol = FIRST_AREA + areas.length;
  const last = noteCol;
  const widths = [...BASE_WIDTHS, ...areas.map(() => AREA_WIDTH), NOTE_WIDTH];
  // The heading, title, sentences and signature span the printed width where the table fits the page
  // (a dozen units or fewer): centred on the page, not on its left half; else the columns that print
  // on the first page (the national heading cut at the page's edge read "…CHỦ NGHĨA VIỆ").
  const wide = areas.length <= MAX_FITTED_AREAS ? last : Math.min(last, columnsFitting(widths));
  const tableWidth = widths.slice(0, wide).reduce((x, y) => x + y, 0);

  const period = settings.period || input.period;
  // the national heading needs about 45 characters of width: columns 6 to 12 hold 90
  writeHeading(b, 1, { leftEnd: 2, rightStart: Math.min(6, wide - 1), lastCol: wide }, null, settings);
  b.banner(5, 1, wide, w.consolidatedTitle, "title", 24);
  if (period) b.banner(6, 1, wide, period, "subtitle", 20);
  const missingText = cons.missingAreas.length ? `; ${w.notReceived}: ${cons.missingAreas.join(", ")}` : "";
  b.banner(7, 1, wide, `${w.received}: ${cons.areas.length}/${cons.expected.length}${missingText}`, "source");
  b.banner(9, 1, wide, input.narrative, "paragraph", wrappedHeight(input.narrative.length, tableWidth));
  const labels = writeLegend(b, 11, 2, settings);
  const conditionalFormats: PlanConditionalFormat[] = [];
  let row = 13;

  // Band counts per area, ranked, and the chart drawn from them.
  b.banner(row++, 1, 8, w.bandCountsTitle, "heading");
  const countsHeader = row;
  b.set(countsHeader, 1, w.rank, "header");
  b.set(countsHeader, 2, w.area, "header");
  BAND_IDS.forEach((band, i) =>
    b.set(countsHeader, 3 + i, bandLabel(band, lang, settings.bands), legendStyleKey(band)),
  );
  b.set(
    countsHeader,
    8,
    lang === "en" ? "Indicators reported / scored" : "Số chỉ tiêu báo cáo / đánh giá được",
    "header",
  );
  b.set(countsHeader, 9, lang === "en" ? "Share met" : "Tỷ lệ đạt", "header");
  b.rowHeights[countsHeader] = 45;
  row++;
  const units = rankUnits(areas, cons.bandCounts, input.unreadable ?? [], lang);
  const ranked = units.map((u) => u.area);
  units.forEach((u) => {
    const c = u.counts;
    b.set(row, 1, u.rank, "code");
    b.set(row, 2, u.area, "name");
    BAND_IDS.forEach((band, j) => b.set(row, 3 + j, c[band], "num0"));
    b.set(row, 8, `${u.reported} / ${u.scored}`, "center");
    if (u.apart === null) b.set(row, 9, u.share, "pct");
    else b.banner(row, 9, Math.max(12, Math.min(last, 12)), u.apart, "note");
    row++;
  });
  // over the printed width, wrapped: text running past the last column makes LibreOffice print a
  // blank page beside the table
  b.banner(row, 1, wide, rankingRule(lang), "muted", wrappedHeight(rankingRule(lang).length, tableWidth));
  row++;
  const charts: PlanChart[] = [];
  const chartAreas = Math.min(ranked.length, MAX_CHART_AREAS);
  if (chartAreas > 0) {
    const chartTop = row + 1;
    const height = Math.max(15, Math.min(40, chartAreas + 8));
    charts.push({
      type: "barStacked",
      title: ranked.length > chartAreas ? `${w.chartTitle} (${chartAreas}/${ranked.length})` : w.chartTitle,
      data: { top: countsHeader, left: 2, bottom: countsHeader + chartAreas, right: 7 },
      anchor: { top: chartTop, left: 2, bottom: chartTop + height, right: 8 },
      seriesColors: BAND_IDS.map((band) => settings.colours[band]),
    });
    row = chartTop + height + 2;
  }

  // Lagging (area, indicator) pairs, priority first.
  b.banner(row++, 1, 9, w.laggingAcross, "heading");
  const listHeader = row;
  [w.code, w.name, w.area, "", w.plan, w.actual, w.achievement, w.band].forEach((text, i) =>
    b.set(listHeader, i + 1, text, "header"),
  );
  b.merges.push({ top: listHeader, left: 3, bottom: listHeader, right: 4 });
  // the note ("Chỉ tiêu ưu tiên") over two columns: one is too narrow for it
  b.banner(listHeader, 9, 10, w.note, "header");
  row++;
  const shown = input.lagging.slice(0, MAX_LAGGING_ROWS);
  if (shown.length === 0) b.banner(row++, 1, 9, w.none, "text");
  shown.forEach((item, i) => {
    const fig = item.figure;
    b.set(row, 1, i + 1, "code");
    b.set(row, 2, item.indicator.name, "name");
    b.set(row, 3, item.area, "text");
    b.set(row, 4, null, "text");
    b.merges.push({ top: row, left: 3, bottom: row, right: 4 });
    b.set(row, 5, fig.planValue, fig.planValue === null ? "textRight" : numberStyleKey(round3(fig.planValue)));
    b.set(row, 6, fig.actualValue, fig.actualValue === null ? "textRight" : numberStyleKey(round3(fig.actualValue)));
    const verdict = areaVerdict(item.indicator, fig, lang);
    if (verdict !== null) writeVerdict(b, row, 7, 8, verdict);
    else {
      b.set(row, 7, fig.achievement === null ? null : fig.achievement / 100, "pct");
      setBandCell(b, row, 8, 7, fig.band, settings, labels);
    }
    b.banner(row, 9, 10, item.indicator.flags.includes("priority") ? flagLabel("priority", lang) : null, "note");
    if (verdict !== null && wraps(verdict.text.length, BASE_WIDTHS[COL.band - 1] * 1.2))
      b.rowHeights[row] = wrappedHeight(verdict.text.length, BASE_WIDTHS[COL.band - 1] * 1.2, 14);
    row++;
  });
  if (shown.length)
    conditionalFormats.push(
      bandConditionalFormat({ top: listHeader + 1, left: 7, bottom: row - 1, right: 8 }, "G", "H", settings),
    );
  if (input.lagging.length > shown.length) b.banner(row++, 1, 9, w.more(input.lagging.length - shown.length), "muted");

  // The table: its header repeats over it on the pages after its first, and over nothing else.
  row += 1;
  const header = row;
  [w.code, w.name, w.unit, w.aggregation, w.plan, w.actual, w.achievement, w.band, w.reported].forEach((text, i) =>
    b.set(header, i + 1, text, "header"),
  );
  areas.forEach((area, i) => b.set(header, FIRST_AREA + i, area, "header"));
  b.set(header, noteCol, w.note, "header");
  b.rowHeights[header] = 45;

  row = writeGrouped(b, header + 1, last, cons.indicators, (ind, row) => {
    b.set(row, COL.code, ind.code, "code");
    b.set(row, COL.name, ind.name, "name");
    b.set(row, COL.unit, ind.unit, "center");
    const aggregation = aggregationLabel(ind.aggregation, lang);
    b.set(row, COL.aggregation, aggregation, "center");
    b.set(row, COL.plan, ind.plan, ind.plan === null ? "textRight" : numberStyleKey(round3(ind.plan)));
    b.set(row, COL.actual, ind.actual, ind.actual === null ? "textRight" : numberStyleKey(round3(ind.actual)));
    const verdict = tableVerdict(
      {
        direction: ind.direction,
        reduction: isReductionName(ind.name),
        unit: ind.unit,
        planValue: ind.plan,
        actualValue: ind.actual,
        achievement: ind.achievement,
        band: ind.band,
        flags: ind.flags,
      },
      lang,
    );
    if (verdict !== null) writeVerdict(b, row, COL.pct, COL.band, verdict);
    else {
      b.set(row, COL.pct, ind.achievement === null ? null : ind.achievement / 100, "pct");
      setBandCell(b, row, COL.band, COL.pct, ind.band, settings, labels);
    }
    b.set(row, COL.reported, `${ind.reported}/${areas.length}`, "center");
    const figures = ind.figures;
    for (let i = 0; i < areas.length; i++) {
      const fig = figures[i];
      const verdict = fig === undefined ? null : areaVerdict(ind, fig, lang);
      if (verdict !== null) b.set(row, FIRST_AREA + i, verdict.short, verdictStyleKey(verdict.band));
      else b.set(row, FIRST_AREA + i, fig && fig.achievement !== null ? fig.achievement / 100 : null, "pct");
    }
    const note = consolidatedNote(ind, settings);
    b.set(row, noteCol, note || null, "note");
    // every wrapping column counts: a unit ("triệu đồng") or an aggregation can need two lines too
    const height = Math.max(
      wrappedHeight(verdict?.text.length ?? 0, BASE_WIDTHS[COL.band - 1] * 1.2, 14),
      wrappedHeight(ind.name.length, BASE_WIDTHS[COL.name - 1]),
      wrappedHeight(ind.unit?.length ?? 0, BASE_WIDTHS[COL.unit - 1]),
      wrappedHeight(aggregation.length, BASE_WIDTHS[COL.aggregation - 1]),
      wrappedHeight(note.length, NOTE_WIDTH * 1.2, 14),
    );
    if (height > 16) b.rowHeights[row] = height;
  });
  const lastDataRow = Math.max(header + 1, row - 1);
  conditionalFormats.push(
    bandConditionalFormat(
      { top: header + 1, left: COL.pct, bottom: lastDataRow, right: COL.band },
      columnLetters(COL.pct),
      columnLetters(COL.band),
      settings,
    ),
  );
  if (areas.length)
    conditionalFormats.push(
      percentOnlyConditionalFormat(
        { top: header + 1, left: FIRST_AREA, bottom: lastDataRow, right: FIRST_AREA + areas.length - 1 },
        settings,
      ),
    );

  const end = writeSignature(b, row + 1, wide, null, lang, false) - 1;
  // Fitting thousands of area columns on one page width would print nothing legible; a dozen fit at
  // the scale that fits the page width (no page count to aim at: the lagging list can be long).
  const fit = areas.length <= MAX_FITTED_AREAS;
  const pages = fit ? fitPages(b.rowHeights, header, lastDataRow, end, fitScale(widths), Infinity) : null;

  return b.build({
    name,
    role: "consolidated",
    columnWidths: widths,
    conditionalFormats,
    charts,
    // the names stay in view beside the area columns (frozen rows would hold the whole first page)
    freeze: { rows: 0, columns: 2 },
    page: {
      ...a4Landscape({ from: header, to: header }, w.footer, fit),
      ...(pages === null ? {} : { scale: pages.scale }),
      rowBreaks: pages?.rowBreaks ?? [],
    },
  });
}

/** The words for one unit's figure of an indicator, where its % would misstate it (table-verdict.ts). */
function areaVerdict(ind: ConsolidatedIndicator, fig: AreaFigureView, lang: Settings["language"]): TableVerdict | null {
  if (!mayNeedWords(fig.flags, fig.planValue, fig.achievement)) return null;
  return tableVerdict(
    {
      direction: fig.direction ?? ind.direction,
      reduction: fig.reduction ?? isReductionName(ind.name),
      unit: ind.unit,
      planValue: fig.planValue,
      actualValue: fig.actualValue,
      achievement: fig.achievement,
      band: fig.band,
      flags: fig.flags ?? [],
    },
    lang,
  );
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
