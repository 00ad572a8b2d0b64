/**
 * What a sheet adds to the .xlsx package besides its cells: its charts (chart-part.ts, with the
 * drawing that anchors them and the relationships), its manual page breaks (a new page before a
 * table) and its print area (working notes to the right of the printed columns stay on screen).
 * The writer (plan-file-writer.ts) asks for them as it writes each sheet, so the sheet XML is made
 * once with them in the places the schema's element order asks for, and each part is compressed
 * into the file as it comes. Before, the finished package was made by editing the written sheets'
 * text afterwards, which meant keeping every part uncompressed until the end (and, beyond 400
 * sheets, going without charts, breaks and print areas).
 */
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

/** What a sheet needs finishing. */
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

/** A page starts at each row: OOXML's break id is the (1-based) row after which the page ends. */
export function rowBreaksXml(starts: readonly number[]): string {
  const ids = [...new Set(starts.filter((r) => r > 1))].sort((a, b) => a - b);
  if (ids.length === 0) return "";
  const brks = ids.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${brks}</rowBreaks>`;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** What finishing one sheet gives: elements for the end of its XML, and parts for the package. */
export interface FinishedSheet {
  /** Row breaks and the drawing reference, in schema order, to follow the sheet's headerFooter. */
  sheetTail: string;
  parts: Array<[name: string, xml: string]>;
}

/**
 * Numbers the charts and drawings of the package as the sheets come, and keeps what the package's
 * content types and the workbook's defined names need at the end.
 */
export class PackageFinisher {
  private chartNo = 0;
  private drawingNo = 0;
  private readonly overrides: string[] = [];
  private readonly printAreas: string[] = [];

  /** `index`: the sheet's 0-based position in the workbook; `part`: its part name. */
  sheet(f: SheetFinish, index: number, part: string): FinishedSheet {
    const parts: FinishedSheet["parts"] = [];
    let sheetTail = rowBreaksXml(f.rowBreaks);
    if (f.charts.length) {
      this.drawingNo++;
      const drawingPath = `xl/drawings/drawing${this.drawingNo}.xml`;
      const chartTargets: string[] = [];
      for (const data of f.charts) {
        this.chartNo++;
        parts.push([`xl/charts/chart${this.chartNo}.xml`, chartXml(f.name, data)]);
        this.overrides.push(
          `<Override PartName="/xl/charts/chart${this.chartNo}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`,
        );
        chartTargets.push(`../charts/chart${this.chartNo}.xml`);
      }
      parts.push([drawingPath, drawingXml(f.charts.map((c) => c.chart.anchor))]);
      parts.push([relsPathOf(drawingPath), relsXml(REL_CHART, chartTargets)]);
      this.overrides.push(`<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT_TYPE}"/>`);
      const rid = "rIdDrawing1";
      parts.push([
        relsPathOf(part),
        relsXml(REL_DRAWING, []).replace(
          "</Relationships>",
          `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${this.drawingNo}.xml"/></Relationships>`,
        ),
      ]);
      sheetTail += `<drawing r:id="${rid}"/>`;
    }
    if (f.printArea) {
      const ref = `'${f.name.replace(/'/g, "''")}'!$A$1:$${columnLetters(f.printArea.right)}$${f.printArea.bottom}`;
      this.printAreas.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(ref)}</definedName>`,
      );
    }
    return { sheetTail, parts };
  }

  /** The content types of the charts and drawings, for [Content_Types].xml. */
  get contentTypeOverrides(): string {
    return this.overrides.join("");
  }

  /** The print areas, for the workbook's definedNames (after the print titles). */
  get definedNames(): string {
    return this.printAreas.join("");
  }
}
