// How one plan / actual / baseline cell typed as text is understood (domain.md: "12/19",
// "đạt", "chưa đánh giá", "-", Excel errors): each rule as a clerk types it.
import { parseFigure } from "./parse-figure";

const BLANK = { kind: "blank" };
const read = (text: string) => parseFigure(text);

describe("Excel error values typed or shown as text", () => {
  it.each(["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#n/a"])(
    "%s is an Excel error, never a figure",
    (text) => {
      expect(read(text)).toEqual({ kind: "invalid", reason: "error", raw: text.toUpperCase() });
    },
  );
});

describe("not yet evaluated (chưa đánh giá)", () => {
  it.each([
    "-",
    "–",
    "—",
    "−",
    "x",
    "X",
    "Chưa đánh giá",
    "chưa có số liệu",
    "Chưa có",
    "(Chưa đánh giá)",
    "Chưa đánh giá.",
    "...",
    "()",
  ])("%j is not yet evaluated, never 0", (text) => {
    expect(read(text)).toEqual(BLANK);
  });
});

describe("đạt / không đạt", () => {
  it.each(["Đạt", "đạt chuẩn", "Dat", "dat chuan", "(Đạt)", "Đạt.", "Đạt!!"])("%j is met", (text) => {
    expect(read(text)).toEqual({ kind: "binary", met: true });
  });

  it.each(["Không đạt", "chưa đạt", "khong dat", "Chua dat", "(Không đạt)", "Chưa đạt."])("%j is not met", (text) => {
    expect(read(text)).toEqual({ kind: "binary", met: false });
  });
});

describe("criteria counts", () => {
  it("reads a count met out of a total, with or without a word after it", () => {
    expect(read("12/19")).toEqual({ kind: "fraction", value: 12, total: 19 });
    expect(read("0/19 tiêu chí")).toEqual({ kind: "fraction", value: 0, total: 19 });
    expect(read("15 / 35 chỉ tiêu")).toEqual({ kind: "fraction", value: 15, total: 35 });
    expect(read("12,55/19,25")).toEqual({ kind: "fraction", value: 12.55, total: 19.25 });
  });

  it("refuses a count out of 0, and a count followed by another number", () => {
    expect(read("5/0")).toEqual({ kind: "invalid", reason: "text", raw: "5/0" });
    expect(read("12/19 20")).toMatchObject({ kind: "invalid", reason: "text" });
  });
});

describe("dates typed as text", () => {
  it("refuses a date, and says it is one only when the whole cell is a date", () => {
    expect(read("12/05/2022")).toEqual({ kind: "invalid", reason: "date", raw: "12/05/2022" });
    expect(read("1-3-2023")).toEqual({ kind: "invalid", reason: "date", raw: "1-3-2023" });
    expect(read("12/05/2022 đến nay")).toMatchObject({ kind: "invalid", reason: "text" });
    expect(read("Từ 12/05/2022")).toMatchObject({ kind: "invalid", reason: "text" });
  });
});

describe("a sheet whose text is known to be Unicode", () => {
  it("reads its texts the same way, every time they recur", () => {
    for (let i = 0; i < 2; i++) {
      expect(parseFigure("12/19", null, { encoding: null })).toEqual({ kind: "fraction", value: 12, total: 19 });
      expect(parseFigure("Đạt", null, { encoding: null })).toEqual({ kind: "binary", met: true });
      expect(parseFigure("1.326", null, { encoding: null })).toEqual({ kind: "number", value: 1326, percent: false });
    }
  });
});
