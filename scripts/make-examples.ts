/**
 * Writes the example commune returns (.xlsx) used by the demo, the tests and the docs:
 *   node dist-cli/scripts/make-examples.js [outDir]     (default: examples/)
 * Deterministic: fixed document dates and zip timestamps, so reruns give identical bytes.
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
import { buildTcvn3 } from "./examples/tcvn3";
import { buildThieuChiTieu } from "./examples/thieu-chi-tieu";
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

/** Writes every example into `outDir`; returns the paths written. */
export async function makeExamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(EXAMPLES)) {
    const bytes = await build().xlsx.writeBuffer();
    const path = join(outDir, name);
    await writeFile(path, withFixedZipTimes(new Uint8Array(bytes as ArrayBuffer), FIXED_DATE));
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
