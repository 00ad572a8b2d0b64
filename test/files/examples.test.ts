import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { CellValue, Grid } from "../../src/core/grid";
import { decodeTcvn3 } from "../../src/core/text/legacy";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/files/read-workbook";
import type { WorkbookSource } from "../../src/files/workbook-source";
import { XLS_EXAMPLES, exampleXlsx, makeExamples } from "../../scripts/make-examples";
import { dosDateTime, withFixedZipTimes } from "../../scripts/examples/stable-zip";

const dir = mkdtempSync(join(tmpdir(), "examples-"));
const sources = new Map<string, WorkbookSource>();

const cells = (grid: Grid): CellValue[] => grid.values.flat();
const texts = (grid: Grid): string[] => cells(grid).filter((v): v is string => typeof v === "string");
/** The row (as values) whose cell in any column equals `name`. */
function rowOf(grid: Grid, name: string): CellValue[] {
  const row = grid.values.find((r) => r.includes(name));
  if (!row) throw new Error(`no row "${name}" on ${grid.sheet}`);
  return row;
}
const grid = (file: string, index = 0): Grid => sources.get(file)!.grids[index];

beforeAll(async () => {
  const paths = await makeExamples(dir);
  for (const path of paths) sources.set(basename(path), await readWorkbookFile(path));
});

describe("make-examples", () => {
  it("writes eight returns, one an old .xls, that read without file problems", () => {
    expect([...sources.keys()].sort()).toEqual([
      "huyen-nhieu-xa.xlsx",
      "xa-ban-cong.xlsx",
      "xa-loi-cong-thuc.xlsx",
      "xa-so-dang-chu.xlsx",
      "xa-ta-xi-lang.xls",
      "xa-tcvn3.xlsx",
      "xa-thieu-chi-tieu.xlsx",
      "xa-tram-tau.xlsx",
    ]);
    for (const source of sources.values()) expect(source.findings).toEqual([]);
  });

  it("is byte-stable across runs", async () => {
    const again = mkdtempSync(join(tmpdir(), "examples-again-"));
    const hash = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");
    const second = await makeExamples(again);
    for (const path of second) expect(hash(path)).toBe(hash(join(dir, basename(path))));
  });

  it("xa-tram-tau: merged titles, one header row, seed figures, signature block", () => {
    const g = grid("xa-tram-tau.xlsx");
    expect(g.values[0][0]).toBe(
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU",
    );
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 7 },
        { top: 2, left: 1, bottom: 2, right: 7 },
      ]),
    );
    expect(rowOf(g, "STT")).toEqual([
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm 2022",
      "Thực hiện 6 tháng",
      "So sánh (%)",
      "Ghi chú",
    ]);
    expect(texts(g)).toEqual(
      expect.arrayContaining([
        "I. KINH TẾ",
        "II. VĂN HÓA - XÃ HỘI",
        "III. QUỐC PHÒNG - AN NINH",
        "Trong đó:",
        "- Đàn trâu",
      ]),
    );
    expect(rowOf(g, "Sản lượng lương thực bình quân đầu người").slice(2, 6)).toEqual(["kg", 400, 347, 86.8]);
    expect(rowOf(g, "Thu nhập bình quân đầu người").slice(3, 6)).toEqual([25, 17, 70]); // typed 70, not 68
    expect(rowOf(g, "Thu ngân sách trên địa bàn").slice(3, 5)).toEqual([30, 33]);
    expect(rowOf(g, "Xây dựng nông thôn mới").slice(3, 5)).toEqual([19, "12/19"]);
    expect(rowOf(g, "Tỷ lệ trẻ em được tiêm chủng đầy đủ").slice(3, 7)).toEqual([
      96,
      79,
      82.3,
      "Thiếu vắc xin trong quý I",
    ]);
    expect(rowOf(g, "Kết nạp đảng viên mới").slice(3, 5)).toEqual([46, 73]);
    expect(rowOf(g, "Tỷ lệ tăng dân số tự nhiên").slice(3, 5)).toEqual([0.2, 7.7]);
    expect(rowOf(g, "Số trường đạt chuẩn quốc gia")[4]).toBe("chưa đánh giá");
    expect(rowOf(g, "Hoàn thành chỉ tiêu giao quân")[4]).toBe("đạt");
    expect(texts(g)).toEqual(
      expect.arrayContaining([
        "NGƯỜI LẬP BIỂU",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trạm Tấu, ngày 15 tháng 6 năm 2022",
      ]),
    );
  });

  it("xa-ban-cong: two header rows over a column-number row, baseline and percent formats", () => {
    const g = grid("xa-ban-cong.xlsx");
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 4, left: 1, bottom: 5, right: 1 },
        { top: 4, left: 5, bottom: 4, right: 6 },
      ]),
    );
    expect(rowOf(g, "Năm 2021")).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022", null, "So sánh (%)"]);
    expect(rowOf(g, "Kế hoạch")).toEqual([null, null, null, "Thực hiện", "Kế hoạch", "Ước thực hiện", null]);
    expect(rowOf(g, "4=3/2")).toEqual(["A", "B", "C", "1", "2", "3", "4=3/2"]);
    expect(rowOf(g, "Tỷ lệ hộ nghèo").slice(3, 6)).toEqual([35.2, 31, 32.1]);
    expect(rowOf(g, "Số hộ nghèo").slice(3, 6)).toEqual([412, 365, 376]);
    expect(rowOf(g, "Tổng số hộ").slice(3, 6)).toEqual([1170, 1180, 1172]);
    const r = g.values.findIndex((row) => row.includes("Tỷ lệ trẻ em được tiêm chủng đầy đủ"));
    expect(g.values[r][5]).toBe(0.79);
    expect(g.numberFormats![r][5]).toBe("0%");
  });

  it("xa-tcvn3: text stored in TCVN3 that decodes to the shared names", () => {
    const g = grid("xa-tcvn3.xlsx");
    expect(texts(g)).toContain("ChØ tiªu");
    const decoded = texts(g).map((t) => decodeTcvn3(t));
    expect(decoded).toEqual(
      expect.arrayContaining(["Tỷ lệ hộ nghèo", "Thu ngân sách trên địa bàn", "Kế hoạch năm 2022"]),
    );
  });

  it("xa-ta-xi-lang.xls: a real Excel 97–2003 file (OLE, BIFF8) in TCVN3, read like its .xlsx", async () => {
    const bytes = readFileSync(join(dir, "xa-ta-xi-lang.xls"));
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]); // an OLE file, not a zip
    const g = grid("xa-ta-xi-lang.xls");
    expect(texts(g)).toContain("ChØ tiªu");
    expect(texts(g).map((t) => decodeTcvn3(t))).toEqual(
      expect.arrayContaining(["Tỷ lệ hộ nghèo", "Thu ngân sách trên địa bàn", "Kế hoạch năm 2022"]),
    );
    expect(texts(g).map((t) => decodeTcvn3(t))[0]).toContain("XÃ TÀ XI LÁNG");
    // The same return as .xlsx: values, number formats, merges, hidden rows and window all equal.
    const xlsx = await readWorkbookBuffer(await exampleXlsx(XLS_EXAMPLES["xa-ta-xi-lang.xls"]), "x.xlsx");
    expect(xlsx.grids).toHaveLength(1);
    expect(g).toEqual(xlsx.grids[0]);
    expect(g.merges!.length).toBeGreaterThan(1);
    expect(g.numberFormats!.flat().some((f) => f !== null)).toBe(true);
  });

  it("xa-so-dang-chu: numbers typed as text, sheet named after the commune", () => {
    const g = grid("xa-so-dang-chu.xlsx");
    expect(g.sheet).toBe("Pá Lau");
    expect(texts(g)).toEqual(
      expect.arrayContaining(["1.326", "1,33", "1.250,5", "4,04%", "12/19", "17 triệu", "-", "đạt"]),
    );
    const numbers = cells(g).filter((v) => typeof v === "number");
    expect(numbers).toEqual([]); // not one real number in the whole sheet
  });

  it("xa-thieu-chi-tieu: fewer indicators, names starting with + and - kept as text", () => {
    const g = grid("xa-thieu-chi-tieu.xlsx");
    expect(texts(g)).toEqual(expect.arrayContaining(["+ Trong đó: nữ", "- hộ cận nghèo"]));
    expect(texts(g)).not.toContain("Thu nhập bình quân đầu người");
    expect(texts(g)).not.toContain("Xây dựng nông thôn mới");
    const standard = new Set(texts(grid("xa-tram-tau.xlsx")));
    const shared = [
      "Tổng sản lượng lương thực có hạt",
      "Thu ngân sách trên địa bàn",
      "Tỷ lệ hộ nghèo",
      "Số hộ nghèo",
      "Tổng số hộ",
    ];
    for (const name of shared) {
      expect(texts(g)).toContain(name);
      expect(standard.has(name)).toBe(true);
    }
  });

  it("xa-loi-cong-thuc: error values, text in a number cell, plan 0, negative count, over 100 %, a duplicate row", () => {
    const g = grid("xa-loi-cong-thuc.xlsx");
    const errors = cells(g).filter((v): v is { error: string } => typeof v === "object" && v !== null);
    expect(new Set(errors.map((e) => e.error))).toEqual(new Set(["#DIV/0!", "#REF!", "#N/A", "#VALUE!"]));
    expect(rowOf(g, "Giải quyết việc làm mới")[4]).toBe("khoảng 50");
    expect(rowOf(g, "Diện tích trồng rừng mới").slice(3, 6)).toEqual([0, 5, { error: "#DIV/0!" }]);
    expect(rowOf(g, "Số hộ thoát nghèo")[4]).toBe(-3);
    expect(rowOf(g, "Tỷ lệ người dân tham gia bảo hiểm y tế")[4]).toBe(120);
    expect(g.values.filter((row) => row[1] === "Thu ngân sách trên địa bàn")).toHaveLength(2);
  });

  it("huyen-nhieu-xa: three commune sheets in one layout and a guide sheet", () => {
    const source = sources.get("huyen-nhieu-xa.xlsx")!;
    expect(source.grids.map((s) => s.sheet)).toEqual(["Hướng dẫn", "Xã Làng Nhì", "Xã Bản Mù", "Xã Hát Lừu"]);
    expect(source.grids[0].values[0][0]).toBe("HƯỚNG DẪN TỔNG HỢP SỐ LIỆU");
    const headers = source.grids.slice(1).map((s) => rowOf(s, "STT"));
    for (const h of headers) expect(h).toEqual(headers[0]);
    // same names, different figures
    const grain = source.grids.slice(1).map((s) => rowOf(s, "Tổng sản lượng lương thực có hạt")[4]);
    expect(new Set(grain).size).toBe(3);
  });
});

describe("dosDateTime", () => {
  it("packs a date into zip's DOS fields", () => {
    const { time, date } = dosDateTime(new Date(Date.UTC(2022, 5, 15, 8, 30, 10)));
    expect(time).toBe((8 << 11) | (30 << 5) | 5);
    expect(date).toBe((42 << 9) | (6 << 5) | 15);
  });
});

describe("withFixedZipTimes", () => {
  it("rewrites every entry's timestamp and leaves the zip readable", async () => {
    const original = readFileSync(join(dir, "xa-tram-tau.xlsx"));
    const a = withFixedZipTimes(original, new Date(Date.UTC(2020, 0, 2, 3, 4, 6)));
    const b = withFixedZipTimes(original, new Date(Date.UTC(2022, 5, 15, 8, 0, 0)));
    expect(a.equals(b)).toBe(false);
    expect(b.equals(original)).toBe(true); // the examples already carry the fixed date
    expect(withFixedZipTimes(a, new Date(Date.UTC(2022, 5, 15, 8, 0, 0))).equals(original)).toBe(true);
    const source = await readWorkbookBuffer(a, "a.xlsx");
    expect(source.findings).toEqual([]);
    expect(source.grids[0].values[0][0]).toBe(grid("xa-tram-tau.xlsx").values[0][0]);
  });
});
