/**
 * What a row below the header is: an indicator, a group title ("I. KINH TẾ"), a "Trong đó:" line,
 * a note, a column-number row, a blank, or the signature block that ends the table.
 * Texts arrive decoded and NFC-normalised ("" when empty).
 */
import { foldForMatch } from "../text/normalize";
import { isColumnNumberRow, isColumnNumberToken } from "./column-numbers";

export type RowKind =
  | { kind: "blank" }
  | { kind: "column-numbers" }
  | { kind: "signature" } // ends the table
  | { kind: "note" } // skipped
  | { kind: "group"; title: string } // sets the group of the rows below
  | { kind: "of-which" } // "Trong đó:" without figures: the rows below are sub-rows
  | { kind: "total" } // "Tổng cộng", "Cộng": the sum of the rows above, not an indicator
  | { kind: "indicator"; sub: boolean };

export interface RowFacts {
  /** Text of the code (STT) cell; "" when empty or no such column. */
  code: string;
  /** Text of the name cell. */
  name: string;
  /** Text of the unit cell. */
  unit: string;
  /** True when any figure cell (plan, actual, baseline, percent) holds a figure (not blank, not mere text). */
  hasFigures: boolean;
  /** Number of non-empty cells in the row. */
  filled: number;
  /** Every cell's text, left to right (asked for only when the row has no figures). */
  texts: () => readonly string[];
}

const ROMANS = new Set("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(" "));
// "I. KINH TẾ", "II - VĂN HÓA - XÃ HỘI", "III) QUỐC PHÒNG".
const ROMAN_TITLE = /^([IVX]{1,5})\s*[.\-–):]\s*(\S.*)$/;
// Section letters used like Roman numerals ("A | CHỈ TIÊU KINH TẾ").
const SECTION_LETTER = /^[A-H]\.?$/;
// Signature block: "NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH", "Người duyệt".
const SIGNATURE =
  /^(nguoi lap( bieu)?|nguoi duyet|nguoi ky|tm\.?\s*(uy ban|ubnd|ban|dang uy)|kt\.?\s*(chu tich|truong)|chu tich( ubnd)?$|pho chu tich|thu truong( don vi)?|xac nhan cua|ke toan|can bo thong ke)/;
// Place-and-date line: "Trạm Tấu, ngày 15 tháng 6 năm 2022", "Ngày ... tháng ... năm ...".
const DATE_LINE = /^([^\d,]{1,40},\s*)?ngay\b.{0,14}\bthang\b.{0,14}\bnam\b/;
const MAX_DATE_LINE = 80;
// Notes: "Ghi chú: ...", "Lưu ý", "Nguồn: ...", "(*) ...", "* ...", and a line wholly in brackets
// ("(Số liệu tính đến ngày 15/6/2024)", "(Kèm theo ...)").
const NOTE_START = /^(ghi chu|luu y|nguon|chu thich|chu giai|\(\*|\*|\(.*\)$)/;
const LONG_NOTE = 100;
const OF_WHICH = /^trong do\s*[:.-]?\s*$/;
const OF_WHICH_START = /^trong do\b/;
/** OF_WHICH_START on the text as written: "Trong đó", "TRONG ĐÓ", "trong do", then ":", "." or "-". */
const OF_WHICH_PREFIX = /^trong\s+[đd][oóòỏõọôốồổỗộơớờởỡợ](?!\p{L})\s*[:.-]?\s*/iu;
// Sub-row marks: codes "-", "+", "*", "•", "a", "b)", "1.1", "1.2.3"; names "- ...", "+ ...", "* ...".
const SUB_CODE = /^([-+*•–]|[a-zđ][.)]?|\d+(\.\d+)+\.?)$/;
const SUB_NAME = /^[-+*•–]\s/;
// A sum row that names nothing but itself: "Tổng cộng", "Cộng", "Tổng", "Tổng số", "Cộng chung",
// "TỔNG CỘNG (I+II)", "Cộng:". Not "Tổng số hộ" or "Tổng thu ngân sách", which are indicators.
const TOTAL_NAME = /^(tong cong|tong so|tong|cong|cong chung|tong cong chung)\s*(\([^()]*\))?\s*[:.]?$/;
const MAX_CODE = 12;

/** What a name says after a leading "Trong đó" ("Trong đó: nữ" → "nữ"), or null when it has none. */
export function ofWhichRest(name: string): string | null {
  const prefix = OF_WHICH_PREFIX.exec(name);
  return prefix ? name.slice(prefix[0].length) : null;
}

/** True when the code or the name marks a sub-row ("Trong đó", "- ", "+ ", "a", "1.1"). */
export function isSubRowMark(code: string, name: string): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path, SUB_CODE never matches ""
  if (code.length > 0 && SUB_CODE.test(code)) return true;
  if (SUB_NAME.test(name)) return true;
  // "Trong đó", "TRONG ĐÓ": tested by its first letter before any regular expression runs.
  const first = name.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,Regex: fast paths before the anchored OF_WHICH_START, which decides alone
  return (first === 0x54 || first === 0x74) && /^trong/i.test(name) && OF_WHICH_START.test(foldForMatch(name));
}

/** True for a code that starts a new top-level indicator ("1", "2.", a Roman numeral). */
export function isTopLevelCode(code: string): boolean {
  const bare = code.replace(/\.$/, "");
  return /^\d+$/.test(bare) || ROMANS.has(bare);
}

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The group title of a row without figures, or null: "I | KINH TẾ" and "I. KINH TẾ" both give "I. KINH TẾ". */
export function groupTitle(code: string, name: string, unit: string): string | null {
  const bare = code.replace(/\.$/, "");
  if (ROMANS.has(bare) && name.length > 0) {
    // "I" | "I. KINH TẾ": the numeral is typed twice; keep it once.
    const repeated = ROMAN_TITLE.exec(name);
    if (repeated && repeated[1] === bare) return `${bare}. ${repeated[2].trim()}`;
    return `${bare}. ${name}`;
  }
  const text = name.length > 0 ? name : code;
  const roman = ROMAN_TITLE.exec(text);
  // Stryker disable next-line MethodExpression: a redundant trim, ROMAN_TITLE's title starts with a non-space and texts are tidied
  if (roman && ROMANS.has(roman[1]) && (code.length === 0 || code === text)) return `${roman[1]}. ${roman[2].trim()}`;
  if (unit.length > 0 || name.length < 3 || SUB_NAME.test(name) || !isUpperCase(name)) return null;
  if (SECTION_LETTER.test(code)) return `${bare}. ${name}`;
  return code.length === 0 ? name : null;
}

function isSignature(texts: readonly string[]): boolean {
  for (const text of texts) {
    // Stryker disable next-line ConditionalExpression: a fast path, an empty text matches no signature pattern
    if (text.length === 0) continue;
    const f = foldForMatch(text);
    if (SIGNATURE.test(f)) return true;
    if (text.length <= MAX_DATE_LINE && DATE_LINE.test(f)) return true;
  }
  return false;
}

// Kinds without a payload are shared (a sheet has thousands of rows; the kinds are never changed).
const BLANK_ROW: RowKind = Object.freeze({ kind: "blank" });
const COLUMN_NUMBERS_ROW: RowKind = Object.freeze({ kind: "column-numbers" });
const SIGNATURE_ROW: RowKind = Object.freeze({ kind: "signature" });
const NOTE_ROW: RowKind = Object.freeze({ kind: "note" });
const OF_WHICH_ROW: RowKind = Object.freeze({ kind: "of-which" });
const TOTAL_ROW: RowKind = Object.freeze({ kind: "total" });
const INDICATOR_ROW: RowKind = Object.freeze({ kind: "indicator", sub: false });
const SUB_INDICATOR_ROW: RowKind = Object.freeze({ kind: "indicator", sub: true });

export function classifyRow(row: RowFacts): RowKind {
  if (row.filled === 0) return BLANK_ROW;
  if (!row.hasFigures && isSignature(row.texts())) return SIGNATURE_ROW;
  if ((row.name.length === 0 || isColumnNumberToken(row.name)) && isColumnNumberRow(row.texts())) {
    return COLUMN_NUMBERS_ROW;
  }
  if (!row.hasFigures) {
    if (row.filled === 1 && row.code.length === 0) {
      if (row.name.length > LONG_NOTE || NOTE_START.test(foldForMatch(row.name))) return NOTE_ROW;
    }
    const title = groupTitle(row.code, row.name, row.unit);
    if (title !== null) return { kind: "group", title };
    if (row.name.length > 0 && OF_WHICH.test(foldForMatch(row.name))) return OF_WHICH_ROW;
    if (row.name.length === 0) return NOTE_ROW; // text elsewhere only: a note, or a stray code
  }
  if (row.name.length === 0) return NOTE_ROW; // figures without a name cannot be matched
  if (row.code.length > MAX_CODE && !row.hasFigures) return NOTE_ROW;
  if (isSubRowMark(row.code, row.name)) return SUB_INDICATOR_ROW; // "- Tổng số" under a parent is its part
  return row.name.length <= 24 && TOTAL_NAME.test(foldForMatch(row.name)) ? TOTAL_ROW : INDICATOR_ROW;
}
