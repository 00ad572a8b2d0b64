/**
 * The DrawingML chart parts and their place in the package: every part validates against the
 * ISO/IEC 29500 Transitional schemas (xmllint, ../shared/ooxml-xsd), a broken part is rejected
 * (so the check bites), and the package holds one chart per summary sheet with its drawing,
 * relationships, content types, page breaks and print area (sheet names with an apostrophe quoted).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { BAND_IDS } from "../core/model";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import { buildStyles, PLAN_FONT } from "../core/plan/styles";
import { validateXml as validate } from "../../test/support/ooxml-check";
import { chartData, chartXml, drawingXml, relsXml, REL_CHART } from "./chart-part";
import { rowBreaksXml } from "./package-finish";
import { writePlanFile } from "./write-plan";

const dir = mkdtempSync(join(tmpdir(), "chart-part-"));

function sheetWithChart(name: string, type: "columnClustered" | "barStacked", areas: string[]): PlanSheet {
  const cells: PlanSheet["cells"] = [];
  BAND_IDS.forEach((band, i) => cells.push({ row: 10, col: 3 + i, value: `Mức ${band} & <${i}>` }));
  areas.forEach((area, k) => {
    cells.push({ row: 11 + k, col: 2, value: area });
    BAND_IDS.forEach((_, i) => cells.push({ row: 11 + k, col: 3 + i, value: (k + 1) * (i + 1) }));
  });
  cells.push({ row: 40, col: 1, value: "cuối" });
  return {
    name,
    role: "return",
    cells,
    merges: [],
    columnWidths: [6, 40, 10, 10, 10, 10, 10, 20, 20],
    rowHeights: {},
    conditionalFormats: [],
    charts: [
      {
        type,
        title: "Số chỉ tiêu theo mức đánh giá",
        data: { top: 10, left: 2, bottom: 10 + areas.length, right: 7 },
        anchor: { top: 14, left: 2, bottom: 28, right: 6 },
        seriesColors: BAND_IDS.map((band) => DEFAULT_SETTINGS.colours[band]),
      },
    ],
    freeze: null,
    page: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: { from: 30, to: 30 },
      footer: "Trang &P / &N",
      printColumns: 8,
      rowBreaks: [25, 35],
    },
  };
}

describe("chart parts validate against the OOXML schemas", () => {
  const one = sheetWithChart("KQ Xã Làng Nhì", "columnClustered", ["Xã Làng Nhì"]);
  const many = sheetWithChart("Tổng hợp", "barStacked", ["Xã A", "Xã B", "Xã Ia H'Drai"]);

  it("reads the series, categories and values from the plan's cells", () => {
    const data = chartData(many.charts[0], many.cells);
    expect(data.series).toEqual(BAND_IDS.map((band, i) => `Mức ${band} & <${i}>`));
    expect(data.categories).toEqual(["Xã A", "Xã B", "Xã Ia H'Drai"]);
    expect(data.values[1]).toEqual([2, 4, 6]);
  });

  it("a commune's clustered columns and a consolidation's stacked bars, names escaped, colours per band", () => {
    for (const sheet of [one, many]) {
      const xml = chartXml(sheet.name, chartData(sheet.charts[0], sheet.cells));
      expect(validate(xml, "transitional/dml-chart.xsd")).toBe("valid");
      expect(xml).toContain("Mức met &amp; &lt;0&gt;");
      for (const band of BAND_IDS)
        expect(xml).toContain(`<a:srgbClr val="${DEFAULT_SETTINGS.colours[band].slice(1).toUpperCase()}"/>`);
    }
    const xml = chartXml("Xã Ia H'Drai", chartData(many.charts[0], many.cells));
    expect(xml).toContain("<c:f>'Xã Ia H''Drai'!$B$11:$B$13</c:f>");
  });

  it("the check bites: an element out of the schema's order is rejected", () => {
    const xml = chartXml(one.name, chartData(one.charts[0], one.cells)).replace(
      '<c:roundedCorners val="0"/>',
      '<c:plotVisOnly val="1"/><c:roundedCorners val="0"/>',
    );
    expect(validate(xml, "transitional/dml-chart.xsd")).not.toBe("valid");
  });

  it("the drawing and the relationships validate", () => {
    expect(validate(drawingXml([one.charts[0].anchor]), "transitional/dml-spreadsheetDrawing.xsd")).toBe("valid");
    expect(validate(relsXml(REL_CHART, ["../charts/chart1.xml"]), "opc/opc-relationships.xsd")).toBe("valid");
  });

  it("page breaks: a page starts at each row given", () => {
    expect(rowBreaksXml([25, 1, 25, 35])).toBe(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="24" max="16383" man="1"/><brk id="34" max="16383" man="1"/></rowBreaks>',
    );
  });
});

describe("the finished package", () => {
  it("holds each sheet's chart, drawing, page breaks and print area, and every part validates", async () => {
    const plan: SummaryPlan = {
      font: PLAN_FONT,
      styles: buildStyles(DEFAULT_SETTINGS),
      generator: { name: "commune-targets", version: "test" },
      sheets: [
        sheetWithChart("Tổng hợp", "barStacked", ["Xã A", "Xã B"]),
        sheetWithChart("KQ Xã Ia H'Drai", "columnClustered", ["Xã Ia H'Drai"]),
      ],
    };
    const file = join(dir, "finished.xlsx");
    await writePlanFile(plan, file);
    const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
    const text = (path: string) => zip.file(path)!.async("string");
    const types = await text("[Content_Types].xml");
    expect(validate(types, "opc/opc-contentTypes.xsd", "types.xml")).toBe("valid");
    for (const n of [1, 2]) {
      expect(types).toContain(`/xl/charts/chart${n}.xml`);
      expect(types).toContain(`/xl/drawings/drawing${n}.xml`);
      expect(validate(await text(`xl/charts/chart${n}.xml`), "transitional/dml-chart.xsd")).toBe("valid");
      const sheet = await text(`xl/worksheets/sheet${n}.xml`);
      expect(validate(sheet, "transitional/sml.xsd", `sheet${n}.xml`)).toBe("valid");
      expect(sheet).toMatch(/<rowBreaks count="2"[^>]*><brk id="24"/);
      expect(sheet).toMatch(/<drawing r:id="rIdDrawing1"\/>/);
      const rels = await text(`xl/worksheets/_rels/sheet${n}.xml.rels`);
      expect(validate(rels, "opc/opc-relationships.xsd", "rels.xml")).toBe("valid");
    }
    const workbook = await text("xl/workbook.xml");
    expect(validate(workbook, "transitional/sml.xsd", "workbook.xml")).toBe("valid");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;KQ Xã Ia H&apos;&apos;Drai&apos;!$A$1:$H$40</definedName>`.replace(
        /&apos;/g,
        "'",
      ),
    );
  });
});
