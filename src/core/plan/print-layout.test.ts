/**
 * The printed layout in the plan (issue 15): the administrative heading with its defaults, the
 * repeated header row only over its own table, working notes outside the printed columns, a
 * chart on page one, and the signature kept with rows of its table.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Analysis, analyze } from "../analyze";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../settings";
import { readWorkbookFile } from "../../files/read-workbook";
import { makeExamples } from "../../../scripts/make-examples";
import { buildSummaryPlan } from "./build-summary";
import {
  DEFAULT_ROW_HEIGHT,
  MIN_SCALE,
  SAFE_FILL,
  columnsFitting,
  fitPages,
  fitScale,
  keepWithSignature,
  pageStarts,
  WIDTH_SPARE,
  printScale,
} from "./pagination";
import { headingText, placeOf } from "./print-heading";
import { syntheticReturn } from "../../../scripts/synthetic-returns";
import type { PlanSheet } from "./types";

let analysis: Analysis;
beforeAll(async () => {
  const files = await makeExamples(mkdtempSync(join(tmpdir(), "print-layout-")));
  const sources = [];
  for (const file of files) sources.push(await readWorkbookFile(file));
  analysis = analyze(sources, DEFAULT_SETTINGS);
});

const sheets = (settings: Settings = DEFAULT_SETTINGS) => buildSummaryPlan(analysis, settings).sheets;
const at = (sheet: PlanSheet, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;

describe("the heading of an administrative report (Nghị định 30/2020)", () => {
  it("issuing body left, nation right, number and place-and-date line; defaults from the return", () => {
    const tramTau = sheets().find((s) => s.name === "KQ Xã Trạm Tấu")!;
    expect([at(tramTau, 1, 1), at(tramTau, 2, 1), at(tramTau, 3, 1)]).toEqual([
      "ỦY BAN NHÂN DÂN",
      "XÃ TRẠM TẤU",
      "Số: …/BC-UBND",
    ]);
    expect([at(tramTau, 1, 5), at(tramTau, 2, 5), at(tramTau, 3, 5)]).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Trạm Tấu, ngày ..... tháng ..... năm ........",
    ]);
  });

  it("the issuing body and the place from the settings win; the consolidated sheet has dots to fill in otherwise", () => {
    const [cons] = sheets();
    expect(at(cons, 2, 1)).toBe("……………");
    const set = sheets(parseSettings({ issuer: "Phường Sài Gòn", place: "TP. Hồ Chí Minh" }));
    expect(at(set[0], 2, 1)).toBe("PHƯỜNG SÀI GÒN");
    expect(set[0].cells.some((c) => c.value === "TP. Hồ Chí Minh, ngày ..... tháng ..... năm ........")).toBe(true);
    expect(placeOf("Đặc khu Phú Quốc")).toBe("Phú Quốc");
    expect(headingText("Xã A", null, "en").nation).toBe("SOCIALIST REPUBLIC OF VIET NAM");
  });
});

describe("the lagging list", () => {
  it("names a sub-row with its parent, as the sentences do", () => {
    const tucDan = sheets().find((s) => s.name === "KQ Xã Túc Đán")!;
    const header = tucDan.page.printTitleRows!.from;
    const listed = tucDan.cells.filter((c) => c.row < header && c.style === "link").map((c) => c.value);
    expect(listed).toContain("Giải quyết việc làm mới, trong đó nữ");
    expect(listed).not.toContain("+ Trong đó: nữ");
  });
});

describe("pages", () => {
  it("the repeated header row is the table's, and only the signature follows the table", () => {
    for (const sheet of sheets()) {
      const header = sheet.page.printTitleRows!.from;
      expect(at(sheet, header, 1)).toBe("STT");
      // every other header-styled row (lagging list, ranking) lies above it
      const otherHeaders = sheet.cells.filter((c) => c.style === "header" && c.row !== header && c.col <= 8);
      for (const c of otherHeaders) expect(c.row).toBeLessThan(header);
      const below = sheet.cells.filter((c) => c.row > header && /^sign/.test(c.style ?? ""));
      expect(below.length).toBeGreaterThan(0);
    }
  });

  it("a return sheet prints columns A:H; source cells and the source file are to the right", () => {
    for (const sheet of sheets().filter((s) => s.role === "return")) {
      expect(sheet.page.printColumns).toBe(8);
      const notes = sheet.cells.filter((c) => typeof c.value === "string" && /^(Nguồn: |.+![A-Z]+\d+$)/.test(c.value));
      expect(notes.length).toBeGreaterThan(0);
      for (const c of notes) expect(c.col).toBeGreaterThan(8);
    }
  });

  it("a chart on page one of every sheet, above the table, in the band colours", () => {
    for (const sheet of sheets()) {
      expect(sheet.charts).toHaveLength(1);
      const chart = sheet.charts[0];
      expect(chart.anchor.bottom).toBeLessThan(sheet.page.printTitleRows!.from);
      expect(chart.seriesColors).toEqual(Object.values(DEFAULT_SETTINGS.colours));
      // on the first printed page, at the scale that fits the columns to the page width
      const scale = printScale(sheet.page, sheet.columnWidths.slice(0, sheet.page.printColumns));
      expect(pageStarts(sheet.rowHeights, 1, chart.anchor.bottom, scale, null)).toEqual([1]);
    }
  });

  it("keeps rows of the table with the signature when the last page would hold it alone", () => {
    const heights: Record<number, number> = {};
    // rows 1..n of 15.75 pt: find a table end where the signature alone spills onto a new page
    const perPage = pageStarts(heights, 1, 200, 1, null)[1] - 1;
    const lastTableRow = perPage * 2 - 1; // the signature (rows +1..+5) starts the third page
    expect(pageStarts(heights, 1, lastTableRow + 5, 1, 3).length).toBe(3);
    const keep = keepWithSignature(heights, 3, lastTableRow, lastTableRow + 5, 1);
    expect(keep).toBe(lastTableRow - 2);
    // with the break, the last page starts three table rows before the signature
    const starts = pageStarts(heights, 1, lastTableRow + 5, 1, 3, [keep!]);
    expect(starts[starts.length - 1]).toBe(lastTableRow - 2);
    // no break when the table already shares the last page with the signature
    expect(keepWithSignature(heights, 3, perPage + 10, perPage + 15, 1)).toBeNull();
    expect(DEFAULT_ROW_HEIGHT).toBeGreaterThan(0);
  });

  it("a commune's report prints on two pages at a readable scale, the table's header repeated on page two", () => {
    for (const sheet of sheets().filter((s) => s.role === "return")) {
      const widths = sheet.columnWidths.slice(0, sheet.page.printColumns);
      const scale = printScale(sheet.page, widths);
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
      expect(scale).toBeLessThanOrEqual(fitScale(widths) * WIDTH_SPARE); // never wider than the page
      const header = sheet.page.printTitleRows!.from;
      const end = Math.max(...sheet.cells.map((c) => c.row));
      const starts = pageStarts(sheet.rowHeights, 1, end, scale, header, sheet.page.rowBreaks);
      expect(starts.length).toBeLessThanOrEqual(2);
    }
    // the 34-indicator commune needs a scale below the width's for that; the small ones do not
    const scaleOf = (name: string) => sheets().find((s) => s.name === name)!.page.scale!;
    expect(scaleOf("KQ Xã Trạm Tấu")).toBeLessThan(scaleOf("KQ Xã Túc Đán"));
    expect(scaleOf("KQ Xã Túc Đán")).toBe(
      Math.floor(fitScale(sheets()[1].columnWidths.slice(0, 8)) * WIDTH_SPARE * 100),
    );
  });

  it("fitPages: the width's scale when it does, else the largest scale down to MIN_SCALE, else the width's", () => {
    const heights: Record<number, number> = {};
    const perPage = pageStarts(heights, 1, 500, 1, null)[1] - 1;
    const widthPct = Math.floor(WIDTH_SPARE * 100); // columns exactly the page's width at 100 %
    // fits two pages at the width's scale
    expect(fitPages(heights, 3, perPage, perPage + 5, 1, 2).scale).toBe(widthPct);
    // a third more rows: a smaller scale, not below MIN_SCALE, and two pages at it
    const end = Math.round(perPage * 2.4);
    const fit = fitPages(heights, 3, end - 5, end, 1, 2);
    expect(fit.scale).toBeGreaterThanOrEqual(MIN_SCALE * 100);
    expect(fit.scale).toBeLessThan(widthPct);
    // two pages even if the printer lays rows out a little taller than estimated (SAFE_FILL)...
    expect(pageStarts(heights, 1, end, fit.scale! / 100 / SAFE_FILL, 3, fit.rowBreaks).length).toBe(2);
    // ...and the largest such scale: one percent more would not keep that margin
    expect(pageStarts(heights, 1, end, (fit.scale! + 1) / 100 / SAFE_FILL, 3, fit.rowBreaks).length).toBeGreaterThan(2);
    // far too long for two readable pages: the width's scale, on as many pages as it takes
    expect(fitPages(heights, 3, perPage * 5, perPage * 5 + 5, 1, 2).scale).toBe(widthPct);
  });

  it("the consolidated sheet: ten units fit the width at half size or more; its table's header never ends a page", () => {
    const [cons] = sheets();
    const scale = printScale(cons.page, cons.columnWidths);
    expect(scale).toBeGreaterThanOrEqual(0.5);
    expect(scale).toBeLessThanOrEqual(fitScale(cons.columnWidths) * WIDTH_SPARE);
    const header = cons.page.printTitleRows!.from;
    const end = Math.max(...cons.cells.map((c) => c.row));
    const starts = pageStarts(cons.rowHeights, 1, end, scale, header, cons.page.rowBreaks);
    expect(starts.some((start) => start > header && start <= header + 3)).toBe(false);
    // the title is centred over the printed width, not over its left half
    expect(cons.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: cons.columnWidths.length });
  });

  it("a consolidation too wide for one page keeps its heading, title and sentences on the first page's width", () => {
    const grids = Array.from({ length: 20 }, (_, i) => syntheticReturn(i, 12));
    const plan = buildSummaryPlan(
      analyze([{ file: "x.xlsx", grids, findings: [] }], DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
    );
    const cons = plan.sheets.find((s) => s.role === "consolidated")!;
    const first = columnsFitting(cons.columnWidths);
    // code, name, unit, how summed, plan, actual, %, band and units reported: nine columns at full size
    expect(first).toBe(9);
    expect(cons.columnWidths.length).toBeGreaterThan(20);
    const banners = cons.merges.filter((m) => m.top <= 6);
    expect(banners.length).toBeGreaterThan(4);
    expect(Math.max(...banners.map((m) => m.right))).toBe(first);
  });

  it("columnsFitting: the leading columns whose width prints on one page, one at least", () => {
    expect(columnsFitting([])).toBe(0);
    expect(columnsFitting([500])).toBe(1);
    expect(columnsFitting([100, 50])).toBe(1);
    expect(columnsFitting([50, 50])).toBe(2);
    expect(columnsFitting([50, 50, 50])).toBe(2);
  });

  it("no text runs past the cells it is merged over (LibreOffice prints a blank page beside the table for it)", () => {
    const grids = Array.from({ length: 2 }, (_, i) => syntheticReturn(i, 8));
    const plans = [
      buildSummaryPlan(analysis, DEFAULT_SETTINGS),
      buildSummaryPlan(analyze([{ file: "x.xlsx", grids, findings: [] }], DEFAULT_SETTINGS), DEFAULT_SETTINGS),
    ];
    for (const plan of plans)
      for (const sheet of plan.sheets)
        for (const m of sheet.merges) {
          const cell = sheet.cells.find((c) => c.row === m.top && c.col === m.left);
          if (typeof cell?.value !== "string" || m.top !== m.bottom) continue;
          const width = sheet.columnWidths.slice(m.left - 1, m.right).reduce((x, y) => x + y, 0);
          const wraps = cell.style !== undefined && plan.styles[cell.style]?.wrap === true;
          if (cell.value.length > width)
            expect({ sheet: sheet.name, row: m.top, text: cell.value.slice(0, 30), wraps }).toEqual({
              sheet: sheet.name,
              row: m.top,
              text: cell.value.slice(0, 30),
              wraps: true,
            });
        }
  });
});
