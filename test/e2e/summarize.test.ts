/**
 * End to end: the command line over the bundled examples → the summary .xlsx (read back with exceljs)
 * and the JSON report; then the workbook opened in a real spreadsheet (LibreOffice) and rendered.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/core/report";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { makeExamples } from "../../scripts/make-examples";
import { pngContainsColour, renderWithLibreOffice } from "../support/render";

const work = mkdtempSync(join(tmpdir(), "summarize-"));
const examples = join(work, "examples");
const out = join(work, "out", "tong-hop.xlsx");
const jsonPath = join(work, "out", "tong-hop.json");
let report: JsonReport;
let stdout = "";
let stderr = "";
let code = -1;
let hashesBefore: Map<string, string>;

const hashes = (): Map<string, string> =>
  new Map(
    readdirSync(examples).map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(examples, f)))
        .digest("hex"),
    ]),
  );

beforeAll(async () => {
  await makeExamples(examples);
  hashesBefore = hashes();
  code = await main(["summarize", examples, "--out", out, "--json", jsonPath], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  report = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonReport;
});

const findReturn = (area: string) => {
  const r = report.returns.find((x) => x.area === area);
  if (!r) throw new Error(`no return for ${area}: ${report.returns.map((x) => x.area).join(", ")}`);
  return r;
};
const findIndicator = (area: string, name: string) => {
  const ind = findReturn(area).indicators.find((i) => i.name === name);
  if (!ind) throw new Error(`no ${name} in ${area}`);
  return ind;
};

describe("commune-targets summarize over examples/", () => {
  it("writes the summary, exits 0 and leaves every input byte-identical", () => {
    expect(code).toBe(0);
    expect(hashes()).toEqual(hashesBefore);
    expect(stdout).toContain("xã Trạm Tấu có");
    expect(stdout).toMatch(/chỉ tiêu đạt và vượt kế hoạch/);
  });

  it("lists only true problems, as the README's demo section says, and counts them by kind", () => {
    const byCode: Record<string, number> = {};
    for (const p of report.problems) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
    expect(byCode).toEqual({
      "sheet-no-header": 1,
      "sheet-percent-disagrees": 40,
      "suspect-unit": 6,
      "value-error": 2,
      "value-not-number": 1,
      "plan-zero": 1,
      "negative-count": 1,
      "percent-over-100": 1,
      "duplicate-indicator": 1,
      "legacy-encoding": 2,
      "rate-plain-mean": 11,
      "indicator-missing": 4,
    });
    // one line per unit lacking what most units report; the repeated budget row misses nobody
    const missing = report.problems.filter((p) => p.code === "indicator-missing");
    expect(missing.map((p) => /: (Xã [^:]+) thiếu (\d+) chỉ tiêu mà đa số/.exec(p.message)?.slice(1))).toEqual([
      ["Xã Bản Công", "12"],
      ["Xã Phình Hồ", "16"],
      ["Xã Pá Lau", "15"],
      ["Xã Túc Đán", "24"],
    ]);
    expect(missing.some((p) => /Thu ngân sách|cận nghèo|Trong đó|nữ”/.test(p.message))).toBe(false);
    const repeat = report.problems.find((p) => p.code === "duplicate-indicator")!;
    expect([repeat.file, repeat.cell]).toEqual(["xa-loi-cong-thuc.xlsx", "B13"]);
    expect(repeat.message).toContain("ô B12 và ô này");
    // every disagreeing % says why
    for (const p of report.problems.filter((x) => x.code === "sheet-percent-disagrees"))
      expect(p.message).toMatch(/%: (biểu tính|không phép tính nào|biểu làm tròn)/);
    // a negative count is not also called a unit slip
    expect(report.problems.filter((p) => p.cell === "E19").map((p) => p.code)).toEqual(["negative-count"]);
    expect(stdout).toContain(
      "Vấn đề: 3 Lỗi ô, 10 Cần xem số liệu (cần xem lại); 40 Cột % của biểu tính khác, 4 Thiếu chỉ tiêu đa số đơn vị có, 1 Trang không phải biểu, bỏ qua, 13 Ghi chú (để biết).",
    );
    expect(stderr).not.toContain("✖"); // the instructions sheet beside three returns is skipped, not an error
  });

  it("scores the seed figures of domain.md", () => {
    const food = findIndicator("Xã Trạm Tấu", "Sản lượng lương thực bình quân đầu người");
    expect(food.achievement).toBeCloseTo(86.75, 6);
    expect(food.band).toBe("near");
    expect(findIndicator("Xã Trạm Tấu", "Thu nhập bình quân đầu người").band).toBe("mid");
    const budget = findIndicator("Xã Trạm Tấu", "Thu ngân sách trên địa bàn");
    expect(budget.achievement).toBeCloseTo(110, 6);
    expect(budget.flags).toContain("priority");
    const ntm = findIndicator("Xã Trạm Tấu", "Xây dựng nông thôn mới");
    expect(ntm.achievement).toBeCloseTo((12 / 19) * 100, 6);
    expect(ntm.flags).toEqual(expect.arrayContaining(["priority", "lagging"]));
    const growth = findIndicator("Xã Trạm Tấu", "Tỷ lệ tăng dân số tự nhiên");
    expect(growth.direction).toBe("down");
    expect(growth.band).toBe("low");
    expect(growth.flags).toContain("suspect-unit");
  });

  it("reads the TCVN3 returns (.xlsx and .xls) as Unicode and the numbers typed as text", () => {
    const tcvn = report.returns.find((r) => r.file === "xa-tcvn3.xlsx");
    expect(tcvn).toBeDefined();
    expect(tcvn!.indicators.map((i) => i.name)).toContain("Thu ngân sách trên địa bàn");
    const xls = report.returns.find((r) => r.file === "xa-ta-xi-lang.xls"); // the old .xls, TCVN3 too
    expect(xls?.area).toBe("Xã Tà Xi Láng");
    expect(xls!.indicators.map((i) => i.name)).toEqual(tcvn!.indicators.map((i) => i.name));
    const typed = report.returns.find((r) => r.file === "xa-so-dang-chu.xlsx");
    expect(typed!.indicators.some((i) => i.plan === 1326 || i.actual === 1326)).toBe(true);
  });

  it("reports bad cells with file, sheet and cell, and still scores the rest", () => {
    const errors = report.problems.filter((p) => p.file === "xa-loi-cong-thuc.xlsx" && p.code === "value-error");
    expect(errors.length).toBeGreaterThan(0);
    for (const p of errors) {
      expect(p.cell).toMatch(/^[A-Z]+\d+$/);
      expect(p.message).toContain(`ô ${p.cell}`);
      expect(p.message).toContain("xa-loi-cong-thuc.xlsx");
    }
    const broken = report.returns.find((r) => r.file === "xa-loi-cong-thuc.xlsx")!;
    expect(broken.indicators.filter((i) => i.achievement !== null).length).toBeGreaterThan(5);
    expect(report.problems.some((p) => p.code === "sheet-no-header" && p.sheet === "Hướng dẫn")).toBe(true);
  });

  it("consolidates every return and says who is missing what", () => {
    expect(report.consolidated).not.toBeNull();
    const c = report.consolidated!;
    expect(c.areas.length).toBe(report.returns.length);
    const budget = c.indicators.find((i) => i.name === "Thu ngân sách trên địa bàn")!;
    expect(budget.aggregation).toBe("sum");
    expect(budget.reported).toBeGreaterThan(1);
    expect(report.problems.some((p) => p.code === "indicator-missing")).toBe(true);
  });

  it("writes sheets a reader understands: values, band names, native band rules with the thresholds", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("Tổng hợp");
    expect(names).toContain("KQ Xã Trạm Tấu");
    const ws = wb.getWorksheet("KQ Xã Trạm Tấu")!;
    expect(String(ws.getCell("A1").value)).toBe("ỦY BAN NHÂN DÂN");
    expect(String(ws.getCell("A2").value)).toBe("XÃ TRẠM TẤU");
    expect(String(ws.getCell("A5").value)).toBe("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    // the table's header is the row printed on every page of the table
    const header = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
    expect(ws.getCell(header, 1).value).toBe("STT");
    let foodRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === "Sản lượng lương thực bình quân đầu người") foodRow = n;
    });
    expect(foodRow).toBeGreaterThan(header);
    const pct = ws.getCell(foodRow, 6).value as ExcelJS.CellFormulaValue;
    expect(pct.formula).toContain(`E${foodRow}/D${foodRow}`);
    expect(pct.result).toBeCloseTo(0.8675, 6);
    const band = ws.getCell(foodRow, 7).value as ExcelJS.CellFormulaValue;
    expect(band.result).toBe("Đạt từ 70% đến dưới 100%");
    const rules = (
      ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }
    ).conditionalFormattings;
    const formulae = rules.flatMap((cf) => cf.rules.flatMap((r) => r.formulae));
    expect(formulae.some((f) => f.includes(">=100"))).toBe(true);
    expect(formulae.some((f) => f.includes(">=70"))).toBe(true);
    expect(formulae.some((f) => f.includes(">=50"))).toBe(true);
  });

  it("keeps names that look like formulas as text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let bullets = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) {
            bullets++;
            expect(cell.type).toBe(ExcelJS.ValueType.String);
          }
        }),
      ),
    );
    expect(bullets).toBeGreaterThan(0);
  });

  it("regenerating gives the same workbook content", async () => {
    const again = join(work, "again.xlsx");
    const code2 = await main(["summarize", examples, "--out", again, "--quiet"], {
      stdout: () => {},
      stderr: () => {},
    });
    expect(code2).toBe(0);
    const dump = async (file: string): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return JSON.stringify(wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues() })));
    };
    expect(await dump(again)).toEqual(await dump(out));
  });

  it("opens in LibreOffice and shows the band colours", async () => {
    // A 30-page summary on a loaded machine: LibreOffice may take a while.
    const rendered = await renderWithLibreOffice(out, join(work, "render"));
    expect(rendered.pngs.length).toBeGreaterThan(0);
    const colours = DEFAULT_SETTINGS.colours;
    const anyPageHas = (hex: string): boolean => rendered.pngs.some((png) => pngContainsColour(png, hex, 10));
    expect(anyPageHas(colours.met)).toBe(true);
    expect(anyPageHas(colours.near)).toBe(true);
    expect(anyPageHas(colours.low)).toBe(true);
  }, 300_000);
});

describe("bad files among good ones", () => {
  it("reports the corrupt and the password-protected file and still summarises the others", async () => {
    const dir = join(work, "mixed");
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(examples, "xa-tram-tau.xlsx"), join(dir, "xa-tram-tau.xlsx"));
    copyFileSync(join(examples, "xa-ban-cong.xlsx"), join(dir, "xa-ban-cong.xlsx"));
    // A truncated zip, and an OLE compound file holding an EncryptedPackage stream (how Excel saves
    // a password-protected workbook).
    writeFileSync(join(dir, "hong.xlsx"), readFileSync(join(examples, "xa-tcvn3.xlsx")).subarray(0, 700));
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 512);
    writeFileSync(join(dir, "mat-khau.xlsx"), ole);
    const json = join(work, "mixed.json");
    const c = await main(["summarize", dir, "--out", join(work, "mixed.xlsx"), "--json", json, "--quiet"], {
      stdout: () => {},
      stderr: () => {},
    });
    expect(c).toBe(0);
    const mixed = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
    expect(mixed.returns.map((r) => r.file).sort()).toEqual(["xa-ban-cong.xlsx", "xa-tram-tau.xlsx"]);
    const byFile = (file: string) => mixed.problems.filter((p) => p.file === file).map((p) => p.code);
    expect(byFile("hong.xlsx")).toEqual(["file-unreadable"]);
    expect(byFile("mat-khau.xlsx")).toEqual(["file-encrypted"]);
    expect(mixed.problems.find((p) => p.file === "mat-khau.xlsx")!.message).toContain("mật khẩu");
  });
});

describe("command-line usage", () => {
  const run = async (argv: string[]) => {
    let err = "";
    const c = await main(argv, { stdout: () => {}, stderr: (t) => (err += t) });
    return { c, err };
  };
  it("exits 2 on a usage error", async () => {
    expect((await run(["summarize", "examples"])).c).toBe(2);
    expect((await run(["frobnicate"])).c).toBe(2);
    expect((await run(["summarize", "x.xlsx", "--out", "o.xlsx", "--bands", "1,2"])).c).toBe(2);
  });
  it("exits 1 when no input could be read, saying why", async () => {
    const { c, err } = await run(["summarize", join(work, "does-not-exist.xlsx"), "--out", join(work, "none.xlsx")]);
    expect(c).toBe(1);
    expect(err).toContain("does-not-exist.xlsx");
  });
  it("speaks English with --lang en", async () => {
    let text = "";
    const c = await main(
      ["summarize", join(examples, "xa-tram-tau.xlsx"), "--out", join(work, "en.xlsx"), "--lang", "en"],
      { stdout: (t) => (text += t), stderr: () => {} },
    );
    expect(c).toBe(0);
    expect(text).toContain("indicators met or exceeded the plan");
  });
});
