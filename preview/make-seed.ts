// Writes preview/seed-data.json from examples/xa-tram-tau.xlsx, so the browser preview can seed its
// fake workbook without bundling exceljs. Run once: node -r ./scripts/ts-register.js preview/make-seed.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { isCellError } from "../src/core/grid";
import { readWorkbookFile } from "../src/files/read-workbook";
import { a1, rangeA1 } from "../src/core/address";

async function main(): Promise<void> {
  const source = await readWorkbookFile(join(__dirname, "..", "examples", "xa-tram-tau.xlsx"));
  if (source.findings.length > 0) throw new Error(JSON.stringify(source.findings));
  const sheets = source.grids.map((grid) => ({
    name: grid.sheet,
    startCell: a1(grid.top, grid.left),
    // error values (#DIV/0!) are typed as their text: the fake enters them as Excel would
    values: grid.values.map((row) => row.map((v) => (isCellError(v) ? v.error : v))),
    // text cells get the Text format ("@"), so the fake keeps "- Lúa ruộng" and "12/19" as typed
    // text instead of entering them as a formula or a date, as the source file holds them
    numberFormats: grid.values.map((row, r) =>
      row.map((v, c) => {
        const format = grid.numberFormats?.[r]?.[c] ?? "General";
        return typeof v === "string" ? "@" : format;
      }),
    ),
    merges: (grid.merges ?? []).map((m) => rangeA1(m.top, m.left, m.bottom, m.right)),
  }));
  writeFileSync(join(__dirname, "seed-data.json"), JSON.stringify({ file: "xa-tram-tau.xlsx", sheets }) + "\n");
  console.log(`wrote ${sheets.length} sheet(s)`);
}

void main();
