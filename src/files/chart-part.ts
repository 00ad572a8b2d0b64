/**
 * DrawingML chart parts for the .xlsx the command line writes (exceljs has no chart API, and no
 * well-kept npm library writes charts into an existing package: SheetJS's community edition and
 * xlsx-populate have none, "xlsx-chart" is unmaintained since 2017). This module only makes the XML
 * text of a bar chart (c:chartSpace) and of the drawing that anchors it (xdr:wsDr); package-finish.ts
 * puts them into the package. Cached values travel with the references, so a viewer that does not
 * recalculate (LibreOffice on load) draws the chart as written.
 */
import { columnLetters } from "../core/address";
import type { CellRange } from "../core/grid";
import type { PlanChart } from "../core/plan/types";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A chart with the values of its data range, as the plan's cells hold them. */
export interface ChartData {
  chart: PlanChart;
  /** Series names (the data range's first row, after its corner). */
  series: string[];
  /** Category names (the data range's first column, after its corner). */
  categories: string[];
  /** values[s][c]: series s, category c (null: blank). */
  values: Array<Array<number | null>>;
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow are dropped.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** 'Sheet ''name'''!$C$10:$C$12 — a sheet name always quoted, its apostrophes doubled. */
export function sheetRef(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const a = `$${columnLetters(left)}$${top}`;
  const b = `$${columnLetters(right)}$${bottom}`;
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

/** The chart part (xl/charts/chartN.xml) for `data`, on sheet `sheet`. */
export function chartXml(sheet: string, data: ChartData): string {
  const { chart } = data;
  const d: CellRange = chart.data;
  const horizontal = chart.type === "barStacked";
  const stacked = chart.type === "barStacked" || chart.type === "columnStacked";
  const catRef = sheetRef(sheet, d.top + 1, d.left, d.top + data.categories.length, d.left);
  const series = data.series
    .map((name, s) => {
      const col = d.left + 1 + s;
      const colour = chart.seriesColors?.[s];
      const fill = colour
        ? `<c:spPr><a:solidFill><a:srgbClr val="${hex(colour)}"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></c:spPr>`
        : "";
      return (
        `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(sheetRef(sheet, d.top, col, d.top, col))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        fill +
        `<c:invertIfNegative val="0"/>` +
        `<c:dLbls>${textProps(900)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
        `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(sheetRef(sheet, d.top + 1, col, d.top + data.categories.length, col))}</c:f>` +
        `${numCache(data.values[s] ?? [])}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const axes =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}` +
    `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "t" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}` +
    `<c:crossAx val="1001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="1001"/><c:axId val="1002"/></c:barChart>${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="${horizontal ? "b" : "r"}"/><c:overlay val="0"/>${textProps(1000)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/**
 * The drawing part (xl/drawings/drawingN.xml) anchoring charts rId1…rIdN over their plan anchors,
 * the anchor's last row and column included (as Office.js's setPosition(start, end) does).
 */
export function drawingXml(anchors: readonly CellRange[]): string {
  const shapes = anchors
    .map((a, i) => {
      const at = (row: number, col: number) =>
        `<xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(a.top, a.left)}</xdr:from><xdr:to>${at(a.bottom + 1, a.right + 1)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${shapes}</xdr:wsDr>`;
}

/** A relationships part listing `targets` as rId1…rIdN of `type`. */
export function relsXml(type: string, targets: readonly string[]): string {
  const rels = targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeXml(t)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** The values of a chart's data range read from the plan's cells (first row series, first column categories). */
export function chartData(
  chart: PlanChart,
  cells: ReadonlyArray<{ row: number; col: number; value: unknown }>,
): ChartData {
  const d = chart.data;
  const grid = new Map<string, unknown>();
  for (const c of cells)
    if (c.row >= d.top && c.row <= d.bottom && c.col >= d.left && c.col <= d.right)
      grid.set(`${c.row}:${c.col}`, c.value);
  const text = (r: number, c: number) => {
    const v = grid.get(`${r}:${c}`);
    return v === null || v === undefined ? "" : String(v);
  };
  const series: string[] = [];
  for (let c = d.left + 1; c <= d.right; c++) series.push(text(d.top, c));
  const categories: string[] = [];
  for (let r = d.top + 1; r <= d.bottom; r++) categories.push(text(r, d.left));
  const values = series.map((_, s) =>
    categories.map((__, k) => {
      const v = grid.get(`${d.top + 1 + k}:${d.left + 1 + s}`);
      return typeof v === "number" ? v : null;
    }),
  );
  return { chart, series, categories, values };
}
