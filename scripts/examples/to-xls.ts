/**
 * Saves .xlsx files as Excel 97–2003 .xls with LibreOffice (`soffice --convert-to xls`), or back, in a
 * profile of its own so it never collides with another LibreOffice run. Without LibreOffice
 * installed, xlsxToXls returns null: the caller keeps the committed .xls and says so.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export function hasSoffice(): boolean {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => existsSync(join(dir, "soffice")));
}

/** Converts every file to `format` ("xls", "xlsx") in one LibreOffice run; returns the paths written into `outDir`, in order. */
export async function convertWithLibreOffice(inputs: string[], outDir: string, format: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), "lo-convert-profile-"));
  try {
    await run(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...inputs],
      { timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return inputs.map((input) => {
    const output = join(outDir, `${basename(input, extname(input))}.${format}`);
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no .${format} for ${input}`);
    return output;
  });
}

/** Saves .xlsx files as .xls in one LibreOffice run. */
export const convertToXls = (inputs: string[], outDir: string): Promise<string[]> =>
  convertWithLibreOffice(inputs, outDir, "xls");

export async function xlsxToXls(xlsx: Uint8Array, baseName: string): Promise<Uint8Array | null> {
  if (!hasSoffice()) return null;
  const work = mkdtempSync(join(tmpdir(), "to-xls-"));
  try {
    const input = join(work, `${baseName}.xlsx`);
    writeFileSync(input, xlsx);
    const [output] = await convertToXls([input], work);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
