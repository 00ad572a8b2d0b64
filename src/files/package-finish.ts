/**
 * What the sheet parts do not hold, put into the finished .xlsx package: the charts (chart-part.ts), the
 * manual page breaks (a new page before a table) and the print area (working notes to the right
 * of the printed columns stay on screen). The writer hands the parts over uncompressed, in memory
 * (plan-file-writer.ts, `finish`); the sheets' parts are edited as text at the places the schema's
 * element order asks for, and the package is zipped once, every part deflated by Node's zlib
 * (package-zip.ts). Before, the writer deflated the package into the file and JSZip read, inflated
 * and deflated it again here: about a second of the command line's 3.5 s on 100 returns.
 */
import { strFromU8, strToU8 } from "fflate";
import { zipDeflated } from "./package-zip";
import { columnLetters } from "../core/address";
import type { PlanSheet } from "../core/plan/types";
import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  REL_CHART,
  REL_DRAWING,
  chartData,
  chartXml,
  drawingXml,
  escapeXml,
  relsXml,
  type ChartData,
} from "./chart-part";

/** What a sheet needs finishing, kept (small) while the sheets themselves are streamed and dropped. */
export interface SheetFinish {
  name: string;
  charts: ChartData[];
  rowBreaks: number[];
  /** The print area's last column and row, or null: all. */
  printArea: { right: number; bottom: number } | null;
}

export function sheetFinish(sheet: PlanSheet): SheetFinish {
  let bottom = 0;
  for (const c of sheet.cells) if (c.row > bottom) bottom = c.row;
  return {
    name: sheet.name,
    charts: sheet.charts.map((chart) => chartData(chart, sheet.cells)),
    rowBreaks: sheet.page.rowBreaks ?? [],
    printArea: sheet.page.printColumns ? { right: sheet.page.printColumns, bottom: Math.max(1, bottom) } : null,
  };
}

export function needsFinish(f: SheetFinish): boolean {
  return f.charts.length > 0 || f.rowBreaks.length > 0 || f.printArea !== null;
}

/** Elements of CT_Worksheet that come after rowBreaks / after drawing, in schema order. */
const AFTER_ROW_BREAKS = [
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_DRAWING = AFTER_ROW_BREAKS.slice(AFTER_ROW_BREAKS.indexOf("drawing") + 1);

/**
 * Inserts `xml` before the first of `after` present in the sheet, else before </worksheet>. All of
 * them follow sheetData, so only what follows it is searched (a sheet's cells are most of its text).
 */
export function insertBefore(sheetXml: string, after: readonly string[], xml: string): string {
  const end = sheetXml.lastIndexOf("</worksheet>");
  const from = Math.max(0, sheetXml.lastIndexOf("</sheetData>"));
  const tail = sheetXml.slice(from, end);
  let at = tail.length;
  for (const name of after) {
    const i = tail.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, from + at) + xml + sheetXml.slice(from + at);
}

/** A page starts at each row: OOXML's break id is the (1-based) row after which the page ends. */
export function rowBreaksXml(starts: readonly number[]): string {
  const ids = [...new Set(starts.filter((r) => r > 1))].sort((a, b) => a - b);
  if (ids.length === 0) return "";
  const brks = ids.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${brks}</rowBreaks>`;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Sheet name → [index in the workbook, part path], from workbook.xml and its relationships. */
function sheetParts(workbook: string, rels: string): Map<string, { index: number; path: string }> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const out = new Map<string, { index: number; path: string }>();
  let index = 0;
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const path = rid ? targets.get(rid) : undefined;
    if (name !== null && path) out.set(unescapeXml(name), { index, path });
    index++;
  }
  return out;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The package of `written` (part name → uncompressed bytes, as the writer made them) with charts, page
 * breaks and print areas added, as a zip file with every part compressed. Parts keep their order;
 * new parts follow them.
 */
export function finishedPackage(written: ReadonlyMap<string, Uint8Array>, sheets: readonly SheetFinish[]): Buffer {
  const todo = sheets.filter(needsFinish);
  const entries = new Map(written);
  const text = (name: string): string | undefined => {
    const bytes = entries.get(name);
    return bytes && strFromU8(bytes);
  };
  const put = (name: string, xml: string) => entries.set(name, strToU8(xml));
  let contentTypes = text("[Content_Types].xml")!;
  let workbook = text("xl/workbook.xml")!;
  const parts = sheetParts(workbook, text("xl/_rels/workbook.xml.rels")!);
  const printAreas: string[] = [];
  let chartNo = 0;
  let drawingNo = 0;
  const overrides: string[] = [];
  for (const f of todo) {
    const part = parts.get(f.name);
    if (!part) continue;
    let xml = text(part.path)!;
    const breaks = rowBreaksXml(f.rowBreaks);
    if (breaks && !/<rowBreaks[\s>]/.test(xml)) xml = insertBefore(xml, AFTER_ROW_BREAKS, breaks);
    if (f.charts.length && !/<drawing[\s/>]/.test(xml)) {
      drawingNo++;
      const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
      const chartTargets: string[] = [];
      for (const data of f.charts) {
        chartNo++;
        put(`xl/charts/chart${chartNo}.xml`, chartXml(f.name, data));
        overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`);
        chartTargets.push(`../charts/chart${chartNo}.xml`);
      }
      put(drawingPath, drawingXml(f.charts.map((c) => c.chart.anchor)));
      put(relsPathOf(drawingPath), relsXml(REL_CHART, chartTargets));
      overrides.push(`<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT_TYPE}"/>`);
      // the sheet's own relationships (hyperlinks, if any) keep their ids; the drawing gets a new one
      const sheetRelsPath = relsPathOf(part.path);
      let rels = text(sheetRelsPath) ?? relsXml(REL_DRAWING, []);
      let n = 1;
      while (rels.includes(`Id="rIdDrawing${n}"`)) n++;
      const rid = `rIdDrawing${n}`;
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      );
      put(sheetRelsPath, rels);
      if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet")))))
        xml = xml.replace(
          "<worksheet",
          '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
        );
      xml = insertBefore(xml, AFTER_DRAWING, `<drawing r:id="${rid}"/>`);
    }
    if (f.printArea) {
      const ref = `'${f.name.replace(/'/g, "''")}'!$A$1:$${columnLetters(f.printArea.right)}$${f.printArea.bottom}`;
      printAreas.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${part.index}">${escapeXml(ref)}</definedName>`,
      );
    }
    put(part.path, xml);
  }
  if (overrides.length) contentTypes = contentTypes.replace("</Types>", `${overrides.join("")}</Types>`);
  if (printAreas.length) {
    // the writer writes no print areas; ours replace none of its names (print titles stay)
    if (/<definedNames>/.test(workbook))
      workbook = workbook.replace("</definedNames>", `${printAreas.join("")}</definedNames>`);
    else if (/<definedNames\/>/.test(workbook))
      workbook = workbook.replace("<definedNames/>", `<definedNames>${printAreas.join("")}</definedNames>`);
    else workbook = workbook.replace("</sheets>", `</sheets><definedNames>${printAreas.join("")}</definedNames>`);
  }
  put("[Content_Types].xml", contentTypes);
  put("xl/workbook.xml", workbook);
  return zipDeflated(entries);
}
