/**
 * Renders a workbook the way a leader would print it: LibreOffice → PDF, poppler → one PNG per
 * page, so tests can look at what is really drawn (fills, bands). Needs /usr/bin/soffice and
 * /usr/bin/pdftoppm (LibreOffice Calc and poppler-utils).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { basename, delimiter, extname, join, resolve } from "node:path";
import { promisify } from "node:util";

export { pngContainsColour } from "./png";

const run = promisify(execFile);
const TIMEOUT_MS = 180_000;

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => existsSync(join(dir, command)));
}

/** True when both soffice and pdftoppm can be run. */
export function hasLibreOffice(): boolean {
  return onPath("soffice") && onPath("pdftoppm");
}

export async function renderWithLibreOffice(
  xlsxPath: string,
  outDir: string,
): Promise<{ pdf: string; pngs: string[] }> {
  const input = resolve(xlsxPath);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const base = basename(input, extname(input));
  // A profile per process: two LibreOffice instances must never share one.
  const profile = `file:///tmp/lo-profile-${process.pid}`;
  await run(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, input],
    { timeout: TIMEOUT_MS },
  );
  const pdf = join(out, `${base}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
  await run("pdftoppm", ["-png", "-r", "80", pdf, join(out, base)], { timeout: TIMEOUT_MS });
  // pdftoppm names pages base-1.png … or base-01.png … depending on the page count.
  const page = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)\\.png$`);
  const pngs = readdirSync(out)
    .map((name) => ({ name, match: page.exec(name) }))
    .filter((p): p is { name: string; match: RegExpExecArray } => p.match !== null)
    .sort((a, b) => Number(a.match[1]) - Number(b.match[1]))
    .map((p) => join(out, p.name));
  return { pdf, pngs };
}
