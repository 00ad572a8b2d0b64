/** Reads the files named in argv with the project's reader in a fresh process, keeping every grid (as
 * the command line does before analysing); prints time, peak RSS and the finding codes as JSON. */
import { readFileSync } from "fs";
import { readWorkbookBytes } from "../src/files/read-workbook-buffer";
import type { WorkbookSource } from "../src/files/workbook-source";

const files = process.argv.slice(2);
const started = process.hrtime.bigint();
const kept: WorkbookSource[] = [];
for (const file of files) kept.push(readWorkbookBytes(new Uint8Array(readFileSync(file)), file));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const findings = [
  ...new Set(
    kept.flatMap((s) =>
      s.findings.map(
        (f) =>
          `${f.code}${f.params?.reason ? `:${f.params.reason}` : ""}${f.params?.damage ? `:${f.params.damage}` : ""}`,
      ),
    ),
  ),
];
console.log(
  JSON.stringify({
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    findings,
    grids: kept.reduce((n, s) => n + s.grids.length, 0),
  }),
);
