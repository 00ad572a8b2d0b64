/**
 * The Office.js layer's figures for `npm run bench`, measured on the strict fake (there is no
 * Excel here): syncs to scan and to generate, and the largest request, for 1, 10, 100 and 3,321
 * areas; plus the task pane's initial JavaScript (gzip) and time to first render in Chromium, and
 * the clerk's import of 100 returns in the preview (total time, longest main-thread task).
 */
import { execFileSync } from "child_process";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { type Page, chromium } from "playwright-core";
import { analyze } from "../src/core/analyze";
import { buildSummaryPlan } from "../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbookGrids } from "../src/excel/read-grids";
import { renderPlan } from "../src/excel/render-plan";
import { createFakeExcel } from "../test/support/excel-fake";
import type { InitialSheet } from "../test/support/excel-fake";
import { syntheticReturn } from "./synthetic-returns";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export interface ExcelFigures {
  areas: number[];
  scanSyncs: number[];
  generateSyncs: number[];
  /** Of generateSyncs, those that write (after the reads of sheet names, tags and charts). */
  writeSyncs: number[];
  maxRequestBytes: number[];
  /** Bytes of all the write requests of one generation, as the fake counts them. */
  writeRequestBytes: number[];
}

function seed(areas: number): InitialSheet[] {
  return Array.from({ length: areas }, (_, i) => {
    const grid = syntheticReturn(i, 60);
    const values = grid.values.map((row) => row.map((v) => (v === null || typeof v === "object" ? null : v)));
    // Text typed into Excel stays text (as a user's "12/19" does when the cell is formatted as Text).
    const numberFormats = values.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
    return { name: grid.sheet, values, numberFormats };
  });
}

export async function excelFigures(areaCounts: number[]): Promise<ExcelFigures> {
  const out: ExcelFigures = {
    areas: areaCounts,
    scanSyncs: [],
    generateSyncs: [],
    writeSyncs: [],
    maxRequestBytes: [],
    writeRequestBytes: [],
  };
  for (const areas of areaCounts) {
    const fake = createFakeExcel({ sheets: seed(areas) });
    const context = fake.context as unknown as Excel.RequestContext;
    const names = fake.workbook.sheetNames();
    const before = fake.stats.syncs;
    const scan = await readWorkbookGrids(context, fake.api);
    const scanSyncs = fake.stats.syncs - before;
    const analysis = analyze([{ file: "workbook", grids: scan.grids, findings: scan.findings }], DEFAULT_SETTINGS);
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS, { reservedNames: names, linkTo: "source" });
    const requestsBefore = fake.stats.requestBytes.length;
    const syncsBefore = fake.stats.syncs;
    const result = await renderPlan(context, plan, fake.api);
    const errors = result.findings.filter((f) => f.severity === "error");
    if (errors.length) throw new Error(`render failed at ${areas} areas: ${JSON.stringify(errors[0])}`);
    out.scanSyncs.push(scanSyncs);
    out.generateSyncs.push(fake.stats.syncs - syncsBefore);
    out.maxRequestBytes.push(Math.max(0, ...fake.stats.requestBytes.slice(requestsBefore)));
    // a write sync sends more than loads: the first suspended one and everything after it
    const firstWrite = fake.stats.calculationSuspendedSyncs.find((n) => n > syncsBefore) ?? fake.stats.syncs;
    out.writeSyncs.push(fake.stats.syncs - firstWrite + 1);
    out.writeRequestBytes.push(fake.stats.requestBytes.slice(firstWrite - 1).reduce((a, b) => a + b, 0));
  }
  return out;
}

/** Sum of the gzip sizes of the scripts taskpane.html loads itself (not office.js from the CDN). */
export async function initialJsGzipBytes(distDir: string): Promise<number> {
  const html = await fs.readFile(path.join(distDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  let total = 0;
  for (const src of scripts) total += gzipSync(await fs.readFile(path.join(distDir, src))).length;
  return total;
}

/** Serves `distDir` on 127.0.0.1 and opens a page in Debian's Chromium for `use`; cleans up after. */
async function inChromium<T>(distDir: string, use: (page: Page, origin: string) => Promise<T>): Promise<T> {
  const server = createServer(async (req, res) => {
    const file = path.join(distDir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    try {
      const body = await fs.readFile(file);
      const type = file.endsWith(".html")
        ? "text/html"
        : file.endsWith(".js")
          ? "text/javascript"
          : "application/octet-stream";
      res.writeHead(200, { "content-type": type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const profile = await fs.mkdtemp(path.join(tmpdir(), "bench-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await browser.newPage();
    // Outside Office the CDN's office.js is not reachable here: refuse it at once, as a closed network would.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    return await use(page, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.close();
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** Median over `runs` of navigation start → the pane's first render, in Debian's Chromium. */
export async function firstRenderMs(distDir: string, runs = 5): Promise<number> {
  return inChromium(distDir, async (page, origin) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${origin}/taskpane.html`);
      // Page code as strings: this script is compiled without the DOM's types.
      await page.waitForFunction(
        "!document.getElementById('loading') && document.getElementById('container').childElementCount > 0",
      );
      times.push(Number(await page.evaluate("performance.now()")));
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]);
  });
}

export interface ImportFigures {
  files: number;
  /** Picking the files → the last one's row in the returns table, the progress bar gone. */
  ms: number;
  /** The longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms) meanwhile; 0 when none. */
  longestTaskMs: number;
}

/**
 * The clerk's import in the preview (the real pane, its Web Worker and exceljs, against the fake
 * Excel): `files` copies of examples/xa-tram-tau.xlsx picked at once in Debian's Chromium. Builds the
 * preview bundle (production mode, webpack --env preview) into a temporary folder first.
 */

/** Builds the preview harness of the checkout at `root` into `dist` (production mode). */
export function buildPreview(root: string, dist: string): void {
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--env",
      "preview",
      "--output-path",
      dist,
    ],
    { cwd: root, stdio: "pipe" },
  );
}

/**
 * The clerk's import of `files` returns in Chromium (the preview harness against the Excel fake):
 * time until every row shows, and the longest main-thread task meanwhile. `prebuilt` skips the
 * build (a dist from buildPreview), so two checkouts can be compared in one run.
 */
export async function importFigures(root: string, files = 100, prebuilt?: string): Promise<ImportFigures> {
  const work = await fs.mkdtemp(path.join(tmpdir(), "bench-import-"));
  try {
    const dist = prebuilt ?? path.join(work, "dist");
    if (!prebuilt) buildPreview(root, dist);
    const inputs = path.join(work, "returns");
    await fs.mkdir(inputs);
    const paths = Array.from({ length: files }, (_, i) =>
      path.join(inputs, `xa-${String(i + 1).padStart(3, "0")}.xlsx`),
    );
    for (const file of paths) await fs.copyFile(path.join(root, "examples", "xa-tram-tau.xlsx"), file);
    return await inChromium(dist, async (page, origin) => {
      await page.goto(`${origin}/preview.html`);
      await page.getByRole("button", { name: "Tạo báo cáo" }).waitFor({ timeout: 60_000 }); // scanned
      // Page code as strings: this script is compiled without the DOM's types.
      await page.evaluate(`(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: "longtask" });
      })()`);
      const started = Date.now();
      await page.locator("#import-files").setInputFiles(paths);
      // A function, not a string: the preview's Content-Security-Policy forbids eval in the page.
      type Doc = { querySelectorAll(selector: string): { length: number }; querySelector(selector: string): unknown };
      await page.waitForFunction(
        (count) => {
          const doc = (globalThis as unknown as { document: Doc }).document;
          return (
            doc.querySelectorAll('[data-file^="xa-"]').length === count && !doc.querySelector("[role=progressbar]")
          );
        },
        files,
        { timeout: 600_000, polling: 100 },
      );
      const ms = Date.now() - started;
      const longestTaskMs = Math.round(Number(await page.evaluate("window.__longest")));
      return { files, ms, longestTaskMs };
    });
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
