/** Cases about awkward text: huge cells, control characters, RTL and emoji, NFD, formula-like names, sheet names. */
import { type BadCase, GOOD_ROWS, type Row, newWorkbook, singleReturn, writeReturn } from "./kit";

const S = "Bao cao";
const withBad = (...bad: Row[]): Row[] => [...GOOD_ROWS, ...bad];

/** Names that Excel would take for a formula (or that start with a control character) if written as values. */
export const FORMULA_LIKE_NAMES = [
  '=HYPERLINK("http://example.invalid","Bấm vào đây")',
  "+84 số thuê bao điện thoại",
  "@SUM(D4:D6)",
  "-5 hộ tái nghèo",
  "\tSố hộ dùng điện (tab đầu dòng)",
  "\rSố hộ có ti vi (CR đầu dòng)",
  "=1+1",
];

/** The 31-character sheet name (Excel's limit) with Vietnamese letters. */
export const LONG_SHEET_NAME = "Báo cáo chỉ tiêu xã Trạm Tấu 22";
/** Sheet names with the characters Excel allows but code often trips on. */
export const AWKWARD_SHEET_NAMES = ["Xã Hồng'Phong", "Xã Tà.Xi.Láng", " Xã có dấu cách", "Sheet1 (2)", "=Xã"];

export const TEXT_CASES: BadCase[] = [
  {
    name: "long-cell-10000",
    expect: {
      description: "A 10,000-character indicator name and a 10,000-character note.",
      problems: [],
      minScored: 4,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad([
          "4",
          `Số hộ được hỗ trợ ${"rất dài ".repeat(1250)}`.slice(0, 10000),
          "hộ",
          50,
          45,
          "ghi chú ".repeat(1250),
        ]),
      ),
  },
  {
    name: "control-characters",
    expect: {
      description: "Control characters (NUL-free: BEL, VT, ESC, US) and line breaks inside names and figures.",
      problems: [],
      minScored: 4,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Số hộ\u0007 nuôi\u000b ong\u001b", "hộ", 40, 38, "a\u001fb"],
          ["5", "Số hộ\nnuôi cá\r\nlồng", "hộ", "15\u0007", null, null],
        ),
      ),
  },
  {
    name: "rtl-and-emoji",
    expect: {
      description: "Right-to-left marks, Arabic text and emoji in names, units and notes.",
      problems: [],
      minScored: 5,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "\u202eSố hộ trồng chè\u202c 🍵", "hộ", 80, 81, "✅ đạt"],
          ["5", "عدد الأسر 👨‍👩‍👧 Số hộ", "hộ 🏠", 60, 30, "\u200f\u200e"],
        ),
      ),
  },
  {
    name: "nfd-and-spaces",
    expect: {
      description: "Names and headers typed in decomposed Unicode (NFD), with non-breaking and double spaces.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        GOOD_ROWS.map((r) => r.map((v) => (typeof v === "string" ? `${v.normalize("NFD")}\u00a0 ` : v))),
        {
          headers: [
            "STT",
            "Chỉ  tiêu".normalize("NFD"),
            "ĐVT",
            "Kế\u00a0hoạch".normalize("NFD"),
            "Thực hiện ".normalize("NFD"),
            "Ghi chú",
          ],
        },
      ),
  },
  {
    name: "formula-like-names",
    expect: {
      description:
        "Indicator names that look like formulas (=, +, -, @) or start with tab or CR: kept as text, scored.",
      problems: [],
      minScored: 3 + FORMULA_LIKE_NAMES.length,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(...FORMULA_LIKE_NAMES.map((n, i): Row => [String(4 + i), n, "hộ", 100 + i, 90 + i, null])),
      ),
  },
  {
    name: "formula-like-notes-units",
    expect: {
      description: "Notes and units that start with = + - @: must come out as text, never formulas.",
      problems: [],
      minScored: 4,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số hộ chăn nuôi", "=hộ", 70, 65, '=HYPERLINK("http://x.invalid")'])),
  },
  {
    name: "sheet-name-31",
    expect: {
      description: "A sheet name at Excel's 31-character limit, with Vietnamese letters.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(LONG_SHEET_NAME, GOOD_ROWS),
  },
  {
    name: "sheet-names-awkward",
    expect: {
      description: "Sheet names with an apostrophe, dots, a leading space, a bracketed suffix and a leading =.",
      problems: [],
      minScored: 3 * AWKWARD_SHEET_NAMES.length,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      AWKWARD_SHEET_NAMES.forEach((name, i) =>
        writeReturn(wb.addWorksheet(name), GOOD_ROWS, { commune: `XÃ SỐ ${i + 1}` }),
      );
      return wb;
    },
  },
];
