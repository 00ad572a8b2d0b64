/** Shared by the corpus tests: the committed bad-input files, their expectations, and hashing. */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Expectation } from "../../scripts/bad-inputs/kit";

export const CORPUS_DIR = join(__dirname, "..", "fixtures", "bad-inputs");

export interface CorpusFile {
  file: string; // "<name>.xlsx"
  path: string;
  expect: Expectation;
}

export function corpusFiles(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".expect.json"))
    .sort()
    .map((f) => {
      const file = f.replace(/\.expect\.json$/, ".xlsx");
      return {
        file,
        path: join(CORPUS_DIR, file),
        expect: JSON.parse(readFileSync(join(CORPUS_DIR, f), "utf8")) as Expectation,
      };
    });
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Text Excel would take for a formula (or that starts with a control character) if written as a value. */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;
