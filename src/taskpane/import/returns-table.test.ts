import { resolve } from "node:path";
import fc from "fast-check";
import { type Analysis, type SourceWorkbook, analyze } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import type { Problem } from "../../core/problems";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { readWorkbookFile } from "../../files/read-workbook";
import { completeness, returnsTable, statusOf } from "./returns-table";

const example = (name: string) => resolve(__dirname, "..", "..", "..", "examples", name);

/** A small, clean return: every figure a number, no sheet percent to disagree with. */
const cleanGrid: Grid = {
  sheet: "Biểu 1",
  top: 1,
  left: 1,
  values: [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ PHONG THỔ", null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Thu ngân sách", "triệu đồng", 100, 120],
    [2, "Số hộ có nhà ở kiên cố", "hộ", 200, 150],
  ],
};

const problem = (severity: "error" | "warning", code: Problem["code"] = "value-not-number"): Problem => ({
  file: "f.xlsx",
  sheet: "",
  cell: "",
  severity,
  code,
  message: "m",
});

describe("statusOf", () => {
  it("is errors when any problem is an error, warnings when only warnings, ok when none", () => {
    expect(statusOf([])).toBe("ok");
    expect(statusOf([problem("warning")])).toBe("warnings");
    expect(statusOf([problem("warning"), problem("error")])).toBe("errors");
  });

  it("needs a review only for cell errors, missing columns and doubtful figures; the rest are notes", () => {
    expect(statusOf([problem("warning", "sheet-no-plan-column")])).toBe("warnings");
    expect(statusOf([problem("warning", "suspect-unit")])).toBe("warnings");
    expect(statusOf([problem("warning", "duplicate-indicator")])).toBe("warnings");
    const notes = (["indicator-missing", "sheet-percent-disagrees", "legacy-encoding"] as const).map((c) =>
      problem("warning", c),
    );
    expect(statusOf(notes)).toBe("notes");
    expect(statusOf([...notes, problem("warning", "value-error")])).toBe("warnings");
  });
});

describe("returnsTable", () => {
  it("gives one row per return read, with its area, period, indicator count and its own problems", async () => {
    const sources = await Promise.all(
      ["xa-tram-tau.xlsx", "huyen-nhieu-xa.xlsx"].map((f) => readWorkbookFile(example(f))),
    );
    const analysis = analyze(sources, DEFAULT_SETTINGS);
    const rows = returnsTable(analysis);

    expect(rows.map((r) => [r.sheet, r.area])).toEqual(analysis.returns.map(({ ret }) => [ret.sheet, ret.area]));
    expect(rows.length).toBe(4); // Trạm Tấu + three communes in one file (its "Hướng dẫn" sheet is no return)
    const tramTau = rows[0];
    expect(tramTau).toMatchObject({
      file: example("xa-tram-tau.xlsx"),
      area: "Xã Trạm Tấu",
      period: "6 tháng đầu năm 2022",
    });
    expect(tramTau.indicators).toBe(analysis.returns[0].ret.indicators.length);
    expect(tramTau.indicators).toBeGreaterThan(10);
    expect(tramTau.status).toBe("warnings");
    expect(tramTau.problems.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const p of row.problems) {
        expect(p.file).toBe(row.file);
        expect([row.sheet, ""]).toContain(p.sheet);
      }
    }
    // problems of one sheet of the three-commune file are not on its neighbours' rows
    const [banMu, hatLuu] = [rows.find((r) => r.area === "Xã Bản Mù"), rows.find((r) => r.area === "Xã Hát Lừu")];
    expect(banMu?.problems.some((p) => p.sheet === hatLuu?.sheet)).toBe(false);
    // consolidation-wide problems (no file) are in no row
    const fileless = analysis.problems.filter((p) => p.file === "");
    expect(fileless.length).toBeGreaterThan(0);
    expect(rows.flatMap((r) => r.problems).some((p) => p.file === "")).toBe(false);
  });

  it("marks a clean return ok", () => {
    const analysis = analyze([{ file: "phong-tho.xlsx", grids: [cleanGrid], findings: [] }], DEFAULT_SETTINGS);
    expect(returnsTable(analysis)).toEqual([
      {
        file: "phong-tho.xlsx",
        sheet: "Biểu 1",
        area: analysis.returns[0].ret.area,
        period: analysis.returns[0].ret.period,
        indicators: 2,
        status: "ok",
        problems: [],
      },
    ]);
  });

  it("adds a row with status errors for each file that gave no return, after the returns", () => {
    const sources: SourceWorkbook[] = [
      {
        file: "hong.xlsx",
        grids: [],
        findings: [
          { sheet: "", cell: "", severity: "error", code: "file-unreadable", params: { reason: "not a zip" } },
        ],
      },
      { file: "phong-tho.xlsx", grids: [cleanGrid], findings: [] },
      {
        file: "ghi-chu.xlsx",
        grids: [{ sheet: "Ghi chú", top: 1, left: 1, values: [["Chỉ là ghi chú, không có bảng"]] }],
        findings: [],
      },
    ];
    const analysis = analyze(sources, DEFAULT_SETTINGS);
    const rows = returnsTable(analysis);
    expect(rows.map((r) => [r.file, r.sheet, r.indicators, r.status])).toEqual([
      ["phong-tho.xlsx", "Biểu 1", 2, "ok"],
      ["hong.xlsx", "", 0, "errors"],
      ["ghi-chu.xlsx", "", 0, "errors"],
    ]);
    expect(rows[1].problems.map((p) => p.code)).toEqual(["file-unreadable"]);
    expect(rows[2].problems).toEqual(analysis.problems.filter((p) => p.file === "ghi-chu.xlsx"));
  });
});

describe("completeness", () => {
  it("counts the expected areas that reported and lists the missing ones in the order expected", () => {
    expect(completeness(["Trạm Tấu", "Bản Mù", "Làng Nhì", "Pá Lau"], ["Xã Trạm Tấu", "Xã Pá Lau"])).toEqual({
      received: 2,
      expected: 4,
      missing: ["Bản Mù", "Làng Nhì"],
    });
  });

  it("ignores case, spacing and the unit word (xã, phường, thị trấn, đặc khu)", () => {
    const expected = ["Xã Trạm Tấu", "phường Nghĩa Lộ", "Thị trấn Mù Cang Chải", "Đặc khu Phú Quốc"];
    const received = ["XÃ  TRẠM TẤU", "Nghĩa Lộ", "thị trấn mù cang chải", "Phú Quốc"];
    expect(completeness(expected, received)).toEqual({ received: 4, expected: 4, missing: [] });
  });

  it("matches names typed without diacritics, and decomposed (NFD) text", () => {
    const result = completeness(["Xã Trạm Tấu", "Xã Hát Lừu"], ["Xa Tram Tau", "Xã Hát Lừu".normalize("NFD")]);
    expect(result).toEqual({ received: 2, expected: 2, missing: [] });
  });

  it("does not count a return from an area nobody expected, nor a near miss", () => {
    expect(completeness(["Bản Công"], ["Bản Công Mới", "Túc Đán"])).toEqual({
      received: 0,
      expected: 1,
      missing: ["Bản Công"],
    });
  });

  it("is 0 of 0 with nothing expected", () => {
    expect(completeness([], ["Xã A"])).toEqual({ received: 0, expected: 0, missing: [] });
  });
});

describe("returnsTable's problem lookup (by file and sheet, not a filter per row)", () => {
  it("gives each row exactly the problems the plain filter gives, in the analysis' order", () => {
    const name = fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx", "");
    const sheet = fc.constantFrom("S1", "S2", "");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom("a.xlsx", "b.xlsx"), fc.constantFrom("S1", "S2")), {
          selector: ([f, s]) => `${f}|${s}`,
          maxLength: 4,
        }),
        fc.array(fc.tuple(name, sheet, fc.constantFrom<"error" | "warning">("error", "warning")), { maxLength: 30 }),
        (returns, found) => {
          const problems: Problem[] = found.map(([file, s, severity], i) => ({
            file,
            sheet: s,
            cell: "",
            severity,
            code: "value-not-number",
            message: `m${i}`,
          }));
          const analysis = {
            returns: returns.map(([file, s]) => ({
              ret: { file, sheet: s, area: null, period: null, indicators: [] },
            })),
            problems,
            skipped: [],
          } as unknown as Analysis;
          const rows = returnsTable(analysis);
          for (const row of rows.slice(0, returns.length)) {
            expect(row.problems).toEqual(
              problems.filter((p) => p.file === row.file && (p.sheet === row.sheet || p.sheet === "")),
            );
          }
          for (const row of rows.slice(returns.length)) {
            expect(row.problems).toEqual(problems.filter((p) => p.file === row.file));
          }
        },
      ),
    );
  });
});
