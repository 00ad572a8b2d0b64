/**
 * Writes the example commune returns (.xlsx, and one old .xls) used by the demo, the tests and the docs:
 *   node dist-cli/scripts/make-examples.js [outDir]     (default: examples/)
 * Deterministic: fixed document dates and zip timestamps, so reruns give identical bytes.
 * The .xls is saved by LibreOffice; without it installed the .xls is not rewritten (examples/ holds
 * the committed one) and a note says so on stderr.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { buildBanCong } from "./examples/ban-cong";
import { buildHuyenNhieuXa } from "./examples/huyen-nhieu-xa";
import { buildLoiCongThuc } from "./examples/loi-cong-thuc";
import { FIXED_DATE } from "./examples/sheet-kit";
import { buildSoDangChu } from "./examples/so-dang-chu";
import { withFixedZipTimes } from "./examples/stable-zip";
import { buildTaXiLang, buildTcvn3 } from "./examples/tcvn3";
import { buildThieuChiTieu } from "./examples/thieu-chi-tieu";
import { xlsxToXls } from "./examples/to-xls";
import { buildTramTau } from "./examples/tram-tau";

export const EXAMPLES: Record<string, () => ExcelJS.Workbook> = {
  "xa-tram-tau.xlsx": buildTramTau,
  "xa-ban-cong.xlsx": buildBanCong,
  "xa-tcvn3.xlsx": buildTcvn3,
  "xa-so-dang-chu.xlsx": buildSoDangChu,
  "xa-thieu-chi-tieu.xlsx": buildThieuChiTieu,
  "xa-loi-cong-thuc.xlsx": buildLoiCongThuc,
  "huyen-nhieu-xa.xlsx": buildHuyenNhieuXa,
};

/** Returns kept as Excel 97–2003 .xls: built as .xlsx, saved as .xls by LibreOffice. */
export const XLS_EXAMPLES: Record<string, () => ExcelJS.Workbook> = {
  "xa-ta-xi-lang.xls": buildTaXiLang,
};

/** An example's .xlsx bytes, byte-stable. */
export async function exampleXlsx(build: () => ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = await build().xlsx.writeBuffer();
  return withFixedZipTimes(new Uint8Array(bytes as ArrayBuffer), FIXED_DATE);
}

/** Writes every example into `outDir`; returns the paths written. */
export async function makeExamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(EXAMPLES)) {
    const path = join(outDir, name);
    await writeFile(path, await exampleXlsx(build));
    written.push(path);
  }
  for (const [name, build] of Object.entries(XLS_EXAMPLES)) {
    const xls = await xlsxToXls(await exampleXlsx(build), name.replace(/\.xls$/, ""));
    if (!xls) {
      console.warn(`${name}: LibreOffice (soffice) is not installed; the .xls was not rewritten.`);
      continue;
    }
    const path = join(outDir, name);
    await writeFile(path, xls);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? "examples";
  makeExamples(outDir).then(
    (paths) => {
      for (const p of paths) console.log(p);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
