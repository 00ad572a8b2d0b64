/**
 * A cell text the summary would write over Excel's 32,767 characters (a note of the limit's length
 * with the flags joined in front) is cut in the file, and the user is told on stderr and in the JSON
 * report, with the summary sheet and cell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { MAX_CELL_TEXT } from "../core/limits";
import type { JsonReport } from "../core/report";
import { GOOD_ROWS, singleReturn } from "../../scripts/bad-inputs/kit";
import { packageProblems } from "../../test/support/ooxml-check";
import { main } from "./main";

const dir = mkdtempSync(join(tmpdir(), "written-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a 50,000-character note: cut in the summary, named by sheet and cell on stderr and in the JSON", async () => {
  // The reader cuts the note to 32,767; the summary's note column puts "no plan" in front of it.
  const rows = [...GOOD_ROWS, ["4", "Số hộ nghèo được hỗ trợ", "hộ", null, 45, "ghi chú ".repeat(6_250)]];
  writeFileSync(
    join(dir, "xa-a.xlsx"),
    Buffer.from(await singleReturn("Báo cáo", rows, { commune: "Xã A" }).xlsx.writeBuffer()),
  );
  const out = join(dir, "out", "tong-hop.xlsx");
  const json = join(dir, "out", "tong-hop.json");
  let stderr = "";
  const code = await main(["summarize", join(dir, "xa-a.xlsx"), "--out", out, "--json", json], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
  });
  expect(code).toBe(0);

  const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
  const written = report.problems.filter((p) => p.code === "cell-text-too-long" && p.file === "tong-hop.xlsx");
  expect(written).toHaveLength(1);
  const [problem] = written;
  expect(problem.sheet).toMatch(/^KQ /);
  expect(problem.cell).toMatch(/^H\d+$/);
  expect(problem.message).toContain(`Tệp tong-hop.xlsx, trang “${problem.sheet}”, ô ${problem.cell}`);
  expect(problem.message).toContain("quá giới hạn 32.767 ký tự của Excel; đã cắt bớt");
  expect(stderr).toContain(problem.message);
  // the input's own cut is reported too, in the input's file
  expect(report.problems).toContainEqual(expect.objectContaining({ file: "xa-a.xlsx", code: "cell-text-too-long" }));

  const zip = await JSZip.loadAsync(readFileSync(out));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  const lengths = [...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(
    (m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, "x").length,
  );
  expect(Math.max(...lengths)).toBe(MAX_CELL_TEXT);
  expect(await packageProblems([{ name: "tong-hop.xlsx", bytes: readFileSync(out) }])).toEqual([]);
});
