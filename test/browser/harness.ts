/**
 * The browser tests' shared harness: build the preview bundle (webpack --env preview) once per state
 * of its inputs, serve it read-only from 127.0.0.1, and open Debian's Chromium (never a downloaded
 * browser) through playwright-core.
 *
 * The build (~30 s on two cores) is cached in the temp folder under a hash of its inputs' paths,
 * sizes and modification times (src/, preview/, test/support/, the webpack and TypeScript configs,
 * package-lock.json): the test files each call buildPreview() and only the first builds; the others,
 * even in another jest worker, wait for it and reuse it. A changed input gives a new hash, so a stale
 * bundle is never served.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, resolve } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import type { FakeExcel } from "../support/excel-fake";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";

declare global {
  interface Window {
    __preview?: { fake: FakeExcel };
  }
}

export const ROOT = resolve(__dirname, "..", "..");
export const EXAMPLES = join(ROOT, "examples");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Files outside the bundle the pages may load, by URL path (axe-core, served from the page's origin). */
const EXTRA: Record<string, string> = {
  "/axe.min.js": join(ROOT, "node_modules", "axe-core", "axe.min.js"),
};

const INPUTS = ["src", "preview", join("test", "support"), "webpack.config.js", "tsconfig.json", "package-lock.json"];

function listFiles(path: string, out: string[]): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) listFiles(join(path, entry), out);
  } else {
    out.push(`${relative(ROOT, path)}\t${stat.size}\t${stat.mtimeMs}`);
  }
}

/** A short hash of what the preview bundle is built from. */
export function previewInputsHash(): string {
  const lines: string[] = [];
  for (const input of INPUTS) listFiles(join(ROOT, input), lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Runs webpack --env preview into `outDir` (development mode, as npm run preview); returns the ms taken. */
export function runPreviewBuild(outDir: string): number {
  const started = Date.now();
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
        "--mode",
        "development",
        "--env",
        "preview",
        "--output-path",
        outDir,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  } catch (error) {
    // webpack prints its errors on stdout: show them, not just "Command failed"
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    const output = `${stdout?.toString() ?? ""}\n${stderr?.toString() ?? ""}`;
    const errors = output
      .split("\n")
      .filter((line, i, lines) => /ERROR/.test(line) || /ERROR/.test(lines[i - 1] ?? ""));
    throw new Error(
      `the preview build failed:\n${(errors.length > 0 ? errors : output.split("\n").slice(-20)).join("\n")}`,
    );
  }
  return Date.now() - started;
}

/**
 * The preview bundle's folder, built if no bundle of the current inputs exists yet. Concurrent
 * callers (jest workers) take turns on a lock folder; a lock older than 5 minutes is a crashed build.
 */
export function buildPreview(): string {
  const base = join(tmpdir(), "commune-targets-preview");
  mkdirSync(base, { recursive: true });
  const hash = previewInputsHash();
  const dist = join(base, hash);
  const done = join(dist, ".built");
  const lock = join(base, `${hash}.lock`);
  const deadline = Date.now() + 300_000;
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited 5 minutes for another preview build (${lock})`);
      else sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) break;
      const building = `${dist}.building-${process.pid}`;
      rmSync(building, { recursive: true, force: true });
      let ms: number;
      try {
        ms = runPreviewBuild(building);
      } catch (error) {
        rmSync(building, { recursive: true, force: true });
        throw error;
      }
      writeFileSync(join(building, ".built"), `${ms}\n`);
      rmSync(dist, { recursive: true, force: true });
      renameSync(building, dist);
      // bundles of other inputs built over 10 minutes ago go (a test run reads its bundle for ~3 minutes)
      for (const entry of readdirSync(base)) {
        const path = join(base, entry);
        if (entry === hash || entry.endsWith(".lock")) continue;
        if (Date.now() - statSync(path).mtimeMs > 600_000) rmSync(path, { recursive: true, force: true });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dist;
}

/** Serves `dir` (and EXTRA) read-only on 127.0.0.1; anything else is a 404. */
export function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const extra = EXTRA[pathname];
    const path = extra ?? normalize(join(dir, pathname));
    if ((!extra && !path.startsWith(dir)) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    res.end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Debian's Chromium with a throw-away profile. */
export function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
}

export interface OpenPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

export interface PreviewSession {
  origin: string;
  browser: BrowserContext;
  /** A scratch folder removed by close() (for files to import, screenshots of failures…). */
  work: string;
  /** Opens preview.html with a fresh fake workbook in a new page (closing the others); `query` e.g. "lang=en&theme=dark". */
  open(query?: string): Promise<OpenPage>;
  close(): Promise<void>;
}

/** Builds (or reuses) the preview bundle, serves it and starts Chromium. For beforeAll. */
export async function startPreview(): Promise<PreviewSession> {
  const dist = buildPreview();
  const work = mkdtempSync(join(tmpdir(), "taskpane-browser-"));
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium(join(work, "profile"));
  return {
    origin,
    browser,
    work,
    open: async (query = "") => {
      // one page at a time: the previous test's page (and its fake workbook) goes
      const page = await browser.newPage();
      for (const other of browser.pages()) if (other !== page) await other.close();
      const requests: string[] = [];
      const pageErrors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      await page.goto(`${origin}/preview.html${query ? `?${query}` : ""}`);
      return { page, requests, pageErrors };
    },
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * One preview session for a test file: started before its tests (the build may take a while), closed
 * after them. Returns the session's getter, for use inside the tests.
 */
export function previewSessionForFile(): () => PreviewSession {
  let session: PreviewSession | undefined;
  beforeAll(async () => {
    session = await startPreview();
  }, 360_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the preview session did not start");
    return session;
  };
}

/** Waits until the pane has scanned the seeded workbook (its return's card is shown). */
export async function waitForScan(page: Page, area = "Xã Trạm Tấu"): Promise<void> {
  await page.getByRole("heading", { name: area }).waitFor({ timeout: 30_000 });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe-core (served from the page's own origin: the CSP refuses inline scripts) over the pane. */
export async function axeViolations(page: Page, origin: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${origin}/axe.min.js` });
  return page.evaluate(async () => {
    type Result = {
      violations: Array<{
        id: string;
        impact: string | null;
        nodes: Array<{ target: unknown; failureSummary?: string }>;
      }>;
    };
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Result> } }).axe;
    const result = await axe.run({ include: ["#pane"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`),
    }));
  });
}

/** Only the violations that block use: serious or critical. */
export const blocking = (violations: AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");

/**
 * Waits until no element outside a dialog that holds part of the pane is aria-hidden: a closed dialog
 * must give the pane back to screen readers (Fluent restores it when the dialog closes by its open state).
 */
export async function waitForPaneReadable(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('[aria-hidden="true"]')).some(
        (el) => !el.closest('[role="dialog"]') && el.querySelector("button, section, h2"),
      ),
    undefined,
    { timeout: 10_000 },
  );
}
