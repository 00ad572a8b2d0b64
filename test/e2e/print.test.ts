/**
 * What a leader holds in hand (issue 15): the demo's summary rendered by LibreOffice to PDF, read
 * page by page. The chart is on the first page of every sheet, every commune's report fits two A4
 * pages (the 34-indicator ones too, at a scale chosen for it), the heading is the administrative one, working notes are not
 * printed, and in black and white the band fills print as clearly different greys.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { BAND_IDS } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { makeExamples } from "../../scripts/make-examples";
import { decodePng, type DecodedPng } from "../support/png";
import { renderWithLibreOffice } from "../support/render";
import { readFileSync } from "node:fs";

const work = mkdtempSync(join(tmpdir(), "print-"));
let pdf = "";
let pages: string[] = [];

const pageText = (page: number): string =>
  execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });

beforeAll(async () => {
  const examples = join(work, "examples");
  await makeExamples(examples);
  const out = join(work, "tong-hop.xlsx");
  const code = await main(["summarize", examples, "--out", out, "--quiet"], { stdout: () => {}, stderr: () => {} });
  expect(code).toBe(0);
  pdf = (await renderWithLibreOffice(out, join(work, "render"))).pdf;
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  pages = Array.from({ length: count }, (_, i) => pageText(i + 1));
}, 300_000);

/** The pages of each sheet: a sheet starts on the page with its administrative heading. */
function sheetsByPage(): Array<{ title: string; pages: number[] }> {
  const sheets: Array<{ title: string; pages: number[] }> = [];
  pages.forEach((text, i) => {
    if (text.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
      const title = /(Xã [^\n–]+?) – /.exec(text)?.[1] ?? "Tổng hợp";
      sheets.push({ title, pages: [] });
    }
    sheets[sheets.length - 1].pages.push(i + 1);
  });
  return sheets;
}

describe("the printed summary", () => {
  it("every sheet opens with the administrative heading, the title and the chart on page one", () => {
    const sheets = sheetsByPage();
    expect(sheets.length).toBe(11); // the consolidated sheet and ten communes
    for (const sheet of sheets) {
      const first = pages[sheet.pages[0] - 1];
      expect(first).toContain("ỦY BAN NHÂN DÂN");
      expect(first).toMatch(/Số: …\/BC-UBND/);
      expect(first).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(first).toMatch(/ngày \.+ tháng \.+ năm/);
      expect(first).toContain("Số chỉ tiêu theo mức đánh giá"); // the chart's title, drawn by the chart
      // no chart on a later page of the same sheet
      for (const later of sheet.pages.slice(1)) expect(pages[later - 1]).not.toContain("Số chỉ tiêu theo mức đánh giá");
    }
  });

  it("every commune's report fits two pages, the 34-indicator ones too; the signature never alone", () => {
    const count = Object.fromEntries(sheetsByPage().map((s) => [s.title, s.pages.length]));
    expect(count["Xã Túc Đán"]).toBeLessThanOrEqual(2);
    expect(count["Xã Pá Lau"]).toBeLessThanOrEqual(2);
    expect(count["Xã Trạm Tấu"]).toBe(2); // 34 indicators
    for (const sheet of sheetsByPage().slice(1)) expect(sheet.pages.length).toBeLessThanOrEqual(2);
    // ten units side by side with a 75-row lagging list: four pages at the width fit (about 50 %)
    expect(count["Tổng hợp"]).toBeLessThanOrEqual(4);
    for (const sheet of sheetsByPage()) {
      const last = pages[sheet.pages[sheet.pages.length - 1] - 1];
      expect(last).toContain("NGƯỜI LẬP BIỂU");
      // table rows above the signature on its page: an indicator (its number), a group title (I., II.…)
      // or a sub-row (+, -)
      const beforeSignature = last.slice(0, last.indexOf("NGƯỜI LẬP BIỂU"));
      const tableRows = beforeSignature
        .split("\n")
        .filter((line) => /^\s{0,12}(\d{1,3}\s{1,}\S|[IVX]+\. \S|[+-] \S)/.test(line)).length;
      expect(tableRows).toBeGreaterThanOrEqual(3);
    }
  });

  it("working notes (source cells, the source file) are not printed", () => {
    for (const text of pages) {
      expect(text).not.toMatch(/Ô nguồn|Nguồn: /);
      expect(text).not.toMatch(/Biểu 01!E\d+/);
    }
  });

  it("in greyscale the band fills print as clearly different greys", () => {
    // The first commune's first page holds every band (legend, counts, chart and lagging list).
    const page = sheetsByPage()[1].pages[0];
    const render = (grey: boolean): DecodedPng => {
      const base = join(work, grey ? "grey" : "colour");
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-f",
        String(page),
        "-l",
        String(page),
        ...(grey ? ["-gray"] : []),
        pdf,
        base,
      ]);
      const file = readdirSync(work).find((f) => f.startsWith(grey ? "grey" : "colour") && f.endsWith(".png"))!;
      return decodePng(readFileSync(join(work, file)));
    };
    const colour = render(false);
    const grey = render(true);
    const levels: Record<string, number> = {};
    for (const band of BAND_IDS) {
      const hex = DEFAULT_SETTINGS.colours[band];
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const greys: number[] = [];
      for (let p = 0; p < colour.width * colour.height; p++) {
        const rgb = colour.rgb.subarray(p * 3, p * 3 + 3);
        if (Math.abs(rgb[0] - want[0]) <= 2 && Math.abs(rgb[1] - want[1]) <= 2 && Math.abs(rgb[2] - want[2]) <= 2)
          greys.push(grey.rgb[p * 3]);
      }
      expect(greys.length).toBeGreaterThan(50); // the band is on the page
      greys.sort((a, b) => a - b);
      levels[band] = greys[greys.length >> 1];
    }
    const sorted = Object.values(levels).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(20);
  });
});
