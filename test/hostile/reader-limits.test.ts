/**
 * The hostile corpus cases that only the bounded .xlsx reader (issue 14) can pass: zip bombs, entity
 * expansion, external entities, bad CRCs, duplicate entries, invalid UTF-8, the sparse table region,
 * the caps on cells, sheets and text. Each runs through the command line beside two good returns with
 * a 512 MB heap and a time limit: no crash, the good returns summarised, the file named in Vietnamese
 * with no raw parser text, the inputs byte-identical, nothing from /etc/passwd in the output.
 * On a branch with the old exceljs reader most of these fail (out of memory, raw English, silent
 * acceptance); they are written for the merged reader.
 */
import { HOSTILE_CASES } from "../../scripts/make-hostile";
import { TIME_LIMIT_MS, expectSurvived, removeRunFolders, runCase } from "./run-case";

afterAll(removeRunFolders);

const cases = HOSTILE_CASES.filter((c) => c.reader);

describe("hostile files that need the bounded reader", () => {
  test.each(cases.map((c) => [c.name, c] as const))(
    "%s: no crash, the good returns summarised, the file named",
    async (_name, c) => {
      const run = await runCase(c);
      expectSurvived(run, c);
      if ("readAsReturn" in c.expect) {
        const hostile = (run.report?.returns ?? []).filter((r) => r.file === c.file);
        const named = (run.report?.problems ?? []).filter((p) => p.file === c.file && p.severity === "error");
        // Read right (the area's name intact) or named as unreadable: never a garbled return.
        if (hostile.length) expect(hostile.map((r) => r.area)).toEqual(["Xã Mười Sáu"]);
        else expect(named.length).toBeGreaterThan(0);
      }
      expect(run.stdout + run.stderr + JSON.stringify(run.report)).not.toMatch(/root:x:0:0/);
    },
    TIME_LIMIT_MS + 60_000,
  );
});
