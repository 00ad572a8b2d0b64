/**
 * Writes the bad-input corpus: malformed or awkward commune returns, each `<name>.xlsx` with a
 * `<name>.expect.json` beside it (the problems that must be reported, with sheet and cell; how many
 * indicators must still be scored; the command line's exit code for that file alone).
 *   node -r ./scripts/ts-register.js scripts/make-bad-inputs.ts [outDir]   (default test/fixtures/bad-inputs/)
 * Deterministic: fixed document dates and zip timestamps, so reruns give identical bytes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CELL_CASES } from "./bad-inputs/cases-cells";
import { fileCases, goodXlsxBytes } from "./bad-inputs/cases-files";
import { LAYOUT_CASES } from "./bad-inputs/cases-layout";
import { TEXT_CASES } from "./bad-inputs/cases-text";
import type { BadCase } from "./bad-inputs/kit";
import { FIXED_DATE } from "./examples/sheet-kit";
import { withFixedZipTimes } from "./examples/stable-zip";

export const DEFAULT_OUT_DIR = "test/fixtures/bad-inputs";

/** Every case of the corpus, in a fixed order. */
export async function badCases(): Promise<BadCase[]> {
  const good = withFixedZipTimes(await goodXlsxBytes(), FIXED_DATE);
  return [...CELL_CASES, ...LAYOUT_CASES, ...TEXT_CASES, ...fileCases(good)];
}

/** The bytes of one case's file. */
export async function caseBytes(c: BadCase): Promise<Uint8Array> {
  const built = c.build();
  if (built instanceof Uint8Array) return built;
  const bytes = await built.xlsx.writeBuffer();
  return withFixedZipTimes(new Uint8Array(bytes as ArrayBuffer), FIXED_DATE);
}

/** Writes every case and its expectations into `outDir`; returns the .xlsx paths written. */
export async function makeBadInputs(outDir: string = DEFAULT_OUT_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const names = new Set<string>();
  for (const c of await badCases()) {
    if (names.has(c.name)) throw new Error(`duplicate case name ${c.name}`);
    names.add(c.name);
    const path = join(outDir, `${c.name}.xlsx`);
    await writeFile(path, await caseBytes(c));
    await writeFile(join(outDir, `${c.name}.expect.json`), `${JSON.stringify(c.expect, null, 2)}\n`, "utf8");
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  makeBadInputs(process.argv[2] ?? DEFAULT_OUT_DIR).then(
    (paths) => console.log(`${paths.length} files written`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
