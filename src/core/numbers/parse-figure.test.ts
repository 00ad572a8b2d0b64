import type { Figure } from "../figures";
import { encodeTcvn3, encodeVni } from "../text/legacy";
import { parseFigure } from "./parse-figure";

const num = (value: number, percent = false): Figure => ({ kind: "number", value, percent });
const BLANK: Figure = { kind: "blank" };

describe("parseFigure: number cells", () => {
  it("keeps numbers", () => {
    expect(parseFigure(1326)).toEqual(num(1326));
    expect(parseFigure(-5, "General")).toEqual(num(-5));
    expect(parseFigure(0.79, "#,##0.00")).toEqual(num(0.79));
  });
  it("reads a percent-formatted cell in points, without binary noise", () => {
    expect(parseFigure(0.79, "0%")).toEqual(num(79, true));
    expect(parseFigure(0.0404, "0.00%")).toEqual(num(4.04, true));
    expect(parseFigure(1.1, "0.0%")).toEqual(num(110, true));
  });
  it("refuses dates, showing them as dd/mm/yyyy", () => {
    expect(parseFigure(44927, "dd/mm/yyyy")).toEqual({ kind: "invalid", reason: "date", raw: "01/01/2023" });
    expect(parseFigure(44927, "m/d/yy")).toEqual({ kind: "invalid", reason: "date", raw: "01/01/2023" });
  });
  it("rejects non-finite numbers", () => {
    expect(parseFigure(Number.NaN)).toEqual({ kind: "invalid", reason: "text", raw: "NaN" });
  });
});

describe("parseFigure: other cell types", () => {
  it("blank, booleans and error values", () => {
    expect(parseFigure(null)).toEqual(BLANK);
    expect(parseFigure(undefined)).toEqual(BLANK);
    expect(parseFigure(true)).toEqual({ kind: "binary", met: true });
    expect(parseFigure(false)).toEqual({ kind: "binary", met: false });
    expect(parseFigure({ error: "#DIV/0!" })).toEqual({ kind: "invalid", reason: "error", raw: "#DIV/0!" });
  });
});

describe("parseFigure: text as people type it", () => {
  it.each<[string, Figure]>([
    ["1.326", num(1326)],
    ["1,33", num(1.33)],
    ["1.250,5", num(1250.5)],
    ["1,250.5", num(1250.5)],
    ["12.5", num(12.5)],
    ["4,04%", num(4.04, true)],
    ["-5", num(-5)],
    ["~ 95", num(95)],
    [">95", num(95)],
    ["17 triệu", num(17)],
    ["33 triệu đồng", num(33)],
    ["12 tr.đ", num(12)],
    ["250 ha", num(250)],
    ["120 hộ", num(120)],
    ["73 người", num(73)],
    ["79%", num(79, true)],
    [" 1.326\u00a0", num(1326)],
    ["12/19", { kind: "fraction", value: 12, total: 19 }],
    ["12/19 tiêu chí", { kind: "fraction", value: 12, total: 19 }],
    ["15 / 35 chỉ tiêu", { kind: "fraction", value: 15, total: 35 }],
    ["12/0", { kind: "invalid", reason: "text", raw: "12/0" }],
    ["12/05/2022", { kind: "invalid", reason: "date", raw: "12/05/2022" }],
    ["", BLANK],
    ["   ", BLANK],
    ["-", BLANK],
    ["–", BLANK],
    ["x", BLANK],
    ["X", BLANK],
    ["chưa đánh giá", BLANK],
    ["Chưa đánh giá", BLANK],
    ["chưa có số liệu", BLANK],
    ["(chưa có số liệu)", BLANK],
    ["chưa có", BLANK],
    ["đạt", { kind: "binary", met: true }],
    ["Đạt", { kind: "binary", met: true }],
    ["ĐẠT", { kind: "binary", met: true }],
    ["đạt chuẩn", { kind: "binary", met: true }],
    ["Dat", { kind: "binary", met: true }],
    ["không đạt", { kind: "binary", met: false }],
    ["Chưa đạt", { kind: "binary", met: false }],
    ["đất", { kind: "invalid", reason: "text", raw: "đất" }], // land, not "đạt"
    ["đang thực hiện", { kind: "invalid", reason: "text", raw: "đang thực hiện" }],
    ["1,5 tỷ", { kind: "invalid", reason: "text", raw: "1,5 tỷ" }],
    ["#DIV/0!", { kind: "invalid", reason: "error", raw: "#DIV/0!" }],
    ["#REF!", { kind: "invalid", reason: "error", raw: "#REF!" }],
    ["#N/A", { kind: "invalid", reason: "error", raw: "#N/A" }],
    ["#VALUE!", { kind: "invalid", reason: "error", raw: "#VALUE!" }],
    ["#NAME?", { kind: "invalid", reason: "error", raw: "#NAME?" }],
    ["#NUM!", { kind: "invalid", reason: "error", raw: "#NUM!" }],
    ["#NULL!", { kind: "invalid", reason: "error", raw: "#NULL!" }],
  ])("%j", (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  it("ignores the number format of a text cell", () => {
    expect(parseFigure("79", "0%")).toEqual(num(79));
  });

  it("treats NFD text like NFC", () => {
    expect(parseFigure("không đạt".normalize("NFD"))).toEqual({ kind: "binary", met: false });
    expect(parseFigure("12/19 tiêu chí".normalize("NFD"))).toEqual({ kind: "fraction", value: 12, total: 19 });
    expect(parseFigure("chưa đánh giá".normalize("NFD"))).toEqual(BLANK);
  });

  it("decodes legacy TCVN3 and VNI text", () => {
    expect(parseFigure("®¹t")).toEqual({ kind: "binary", met: true });
    expect(parseFigure(encodeTcvn3("Không đạt"))).toEqual({ kind: "binary", met: false });
    expect(parseFigure(encodeVni("chưa đạt"))).toEqual({ kind: "binary", met: false });
    expect(parseFigure(encodeTcvn3("chưa đánh giá"))).toEqual(BLANK);
    expect(parseFigure(encodeVni("17 triệu đồng"))).toEqual(num(17));
    expect(parseFigure(encodeTcvn3("12/19 tiêu chí"))).toEqual({ kind: "fraction", value: 12, total: 19 });
  });

  it("uses a known sheet encoding instead of guessing", () => {
    // "Kh«ng ®¹t" alone is detected; "hé" alone is not, but the sheet says TCVN3.
    expect(parseFigure("120 hé", null, { encoding: "tcvn3" })).toEqual(num(120));
    expect(parseFigure("120 hé")).toEqual({ kind: "invalid", reason: "text", raw: "120 hé" });
  });

  it("shows unusable text decoded", () => {
    expect(parseFigure(encodeTcvn3("đang thực hiện"))).toEqual({
      kind: "invalid",
      reason: "text",
      raw: "đang thực hiện",
    });
  });
});
