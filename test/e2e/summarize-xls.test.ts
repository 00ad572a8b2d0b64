/**
 * The command line with old .xls returns among the .xlsx ones: a folder is searched for both, a
 * damaged or password-protected .xls is named in a clear problem, and every other file is still read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/core/report";
import { makeExamples } from "../../scripts/make-examples";
import { writeXls } from "../support/xls-writer";

const work = mkdtempSync(join(tmpdir(), "summarize-xls-"));
const examples = join(work, "examples");
const inbox = join(work, "inbox");
let report: JsonReport;
let stderr = "";
let code = -1;

beforeAll(async () => {
  await makeExamples(examples);
  mkdirSync(inbox);
  copyFileSync(join(examples, "xa-ta-xi-lang.xls"), join(inbox, "xa-ta-xi-lang.xls"));
  copyFileSync(join(examples, "xa-tram-tau.xlsx"), join(inbox, "xa-tram-tau.xlsx"));
  const good = readFileSync(join(examples, "xa-ta-xi-lang.xls"));
  writeFileSync(join(inbox, "bi-cat.XLS"), good.subarray(0, Math.floor(good.length * 0.6))); // cut in transit
  writeFileSync(join(inbox, "mat-khau.xls"), writeXls({ password: true, sheets: [{ name: "A", cells: [] }] }));
  const out = join(work, "out.xlsx");
  const json = join(work, "out.json");
  code = await main(["summarize", inbox, "--out", out, "--json", json], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
  });
  report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
}, 120_000);

describe("commune-targets summarize with .xls returns", () => {
  it("reads the .xls and the .xlsx from the folder and still writes the summary", () => {
    expect(code).toBe(0);
    expect(report.returns.map((r) => r.area).sort()).toEqual(["Xã Trạm Tấu", "Xã Tà Xi Láng"]);
    const poverty = report.returns
      .find((r) => r.file === "xa-ta-xi-lang.xls")!
      .indicators.find((i) => i.name === "Tỷ lệ hộ nghèo");
    expect(poverty?.direction).toBe("down");
    expect(poverty?.achievement).not.toBeNull();
  });

  it("names the damaged and the password-protected .xls, in Vietnamese", () => {
    const cut = report.problems.find((p) => p.file === "bi-cat.XLS");
    expect(cut?.code).toBe("file-unreadable");
    expect(cut?.message).toContain("tệp bị hỏng");
    const locked = report.problems.find((p) => p.file === "mat-khau.xls");
    expect(locked?.code).toBe("file-encrypted");
    expect(locked?.message).toContain("Tệp được đặt mật khẩu");
    expect(stderr).toContain("bi-cat.XLS");
  });
});
