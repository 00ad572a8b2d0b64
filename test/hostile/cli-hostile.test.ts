/**
 * The hostile corpus through the command line, beside two good returns, with a 512 MB heap: the cases
 * the command line's own guards handle (a FIFO, names with escape sequences, our own summary renamed,
 * an output naming an input, encrypted and renamed files). The cases that need the bounded .xlsx
 * reader are in reader-limits.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_CASES } from "../../scripts/make-hostile";
import { TIME_LIMIT_MS, expectSurvived, removeRunFolders, runCase } from "./run-case";

afterAll(removeRunFolders);

const cases = HOSTILE_CASES.filter((c) => !c.reader);

describe("hostile files through the command line (its own guards)", () => {
  test.each(cases.map((c) => [c.name, c] as const))(
    "%s: the good returns summarised, the file named in Vietnamese",
    async (_name, c) => {
      const run = await runCase(c);
      expectSurvived(run, c);
      const lines = run.stderr.split("\n");
      if ("skipped" in c.expect) {
        expect(lines.filter((l) => l.includes(c.file))).toEqual([
          expect.stringMatching(/^Bỏ qua .*: đây là báo cáo tổng hợp do commune-targets tạo/),
        ]);
        expect(run.report?.returns).toHaveLength(2);
      }
      if ("readAsReturn" in c.expect) expect(run.report?.returns).toHaveLength(3);
      if (c.name === "rtl-name") expect(run.stderr).toContain("\\u202excod.exe\\u202c-xa.xlsx");
    },
    TIME_LIMIT_MS + 60_000,
  );

  test(
    "an output path naming an input: exit 2, the file named, every input byte-identical",
    async () => {
      const c = HOSTILE_CASES.find((x) => x.name === "escape-name")!;
      const run = await runCase(c, (dir) => ["summarize", dir, "--out", join(dir, "xa-tot-1.xlsx")]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--out chỉ tới tệp đầu vào .*xa-tot-1\.xlsx/);
      expect(run.inputsUnchanged).toBe(true);
      expect(readFileSync(join(run.dir, "xa-tot-1.xlsx")).subarray(0, 2).toString()).toBe("PK");
    },
    TIME_LIMIT_MS + 60_000,
  );
});
