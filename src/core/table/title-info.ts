/**
 * What the title rows say: the report's title, the area (xã, phường, thị trấn, đặc khu) and the
 * period ("6 tháng đầu năm 2022"). Falls back on the sheet name ("Xa Tram Tau", "Trạm Tấu").
 * Texts arrive decoded and NFC-normalised.
 */
import { foldForMatch, normalizeText } from "../text/normalize";

export interface TitleInfo {
  title: string | null;
  area: string | null;
  period: string | null;
}

// ---------- period (kỳ báo cáo) ----------

// Dates in subtitles ("ngày 15 tháng 6 năm 2022", "ngày 15/6/2022") are not periods.
const DATE = /ngay\s*[\d.…]*\s*(thang|\/|-)\s*[\d.…]*\s*(nam|\/|-)\s*[\d.…]*/g;
const SPAN = /\b(giai doan|nhiem ky)\s*(\d{4})(\s*)[-–—](\s*)(\d{4})\b/;
const MONTHS = /\b(\d{1,2})\s*thang\s*(dau\s*|cuoi\s*)?(?:nam\s*)?(\d{4})\b/;
const QUARTER = /\bquy\s*(iv|i{1,3}|[1-4])\b\s*(?:\/\s*|nam\s*)?(\d{4})\b/;
const MONTH = /\bthang\s*(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\b/;
const YEAR = /\bnam\s*(\d{4})\b/;
const ROMAN_QUARTER: Record<string, string> = { "1": "I", "2": "II", "3": "III", "4": "IV" };

/** The reporting period a text names, in the form reports write it ("6 tháng đầu năm 2022"), or null. */
export function findPeriod(text: string): string | null {
  const f = foldForMatch(text).replace(DATE, " ");
  let m = SPAN.exec(f);
  if (m) {
    const dash = m[3].length > 0 || m[4].length > 0 ? " - " : "-";
    return `${m[1] === "giai doan" ? "giai đoạn" : "nhiệm kỳ"} ${m[2]}${dash}${m[5]}`;
  }
  m = MONTHS.exec(f);
  if (m) {
    const part = m[2] === undefined ? "" : m[2].trim() === "dau" ? "đầu " : "cuối ";
    return `${Number(m[1])} tháng ${part}năm ${m[3]}`;
  }
  m = QUARTER.exec(f);
  if (m) return `quý ${ROMAN_QUARTER[m[1]] ?? m[1].toUpperCase()} năm ${m[2]}`;
  m = MONTH.exec(f);
  if (m) return `tháng ${Number(m[1])} năm ${m[2]}`;
  m = YEAR.exec(f);
  return m ? `năm ${m[1]}` : null;
}

/** The year of a period ("6 tháng đầu năm 2022" → 2022; a span gives its last year). */
export function periodYear(period: string | null): number | null {
  if (period === null) return null;
  const years = period.match(/\d{4}/g);
  return years ? Number(years[years.length - 1]) : null;
}

// ---------- area (xã, phường, thị trấn, đặc khu) ----------

const UNIT_WORDS: Record<string, string> = { xa: "Xã", phuong: "Phường", "thi tran": "Thị trấn", "dac khu": "Đặc khu" };
// A word before the unit word that makes it something else: hợp tác xã, các xã, thị xã, toàn xã.
const NOT_AFTER = new Set(["tac", "cac", "moi", "toan", "cap", "nhung", "tung", "thi", "cho", "hai", "ba"]);
// Words that end an area name in an upper-case title ("XÃ TRẠM TẤU NĂM 2022"), compared in lower case
// with their diacritics, since place names use many of the same letters ("Nậm Có", "Bình Nam").
const STOP_WORDS = new Set(
  (
    "năm tháng quý giai nhiệm huyện tỉnh thị đến từ về và trong trên thuộc đạt đã tăng giảm việc thực kết tỷ " +
    "chỉ kế ubnd viên báo các ngày số của theo kèm đoạn"
  ).split(" "),
);
// Not an area at all: "XÃ HỘI" (society), "XÃ NÔNG THÔN MỚI".
const NOT_A_NAME = new Set(["hội", "nông thôn"]);
const MAX_NAME_WORDS = 4;
/** A word of a place name: letters, or letters joined by an apostrophe ("H'Drai", "R'Lấp", "M'gar"). */
const LETTERS = /^\p{L}+(?:['’]\p{L}+)*$/u;
const DIGITS = /^\d{1,3}$/;
/** Words after a number that make it a period, not part of a name ("XÃ A 6 THÁNG ĐẦU NĂM"). */
const PERIOD_AFTER_NUMBER = /^(tháng|quý|ngày|tuần)$/;
const EDGE_PUNCTUATION = /[,;:.()"“”'’!?]+$/;
/** A dash typed against a word ("XÃ TRẠM TẤU-HUYỆN TRẠM TẤU", "PHƯỜNG 5-QUẬN 3"), not between figures ("2021-2025"). */
const GLUED_DASH = /(?<=\p{L})[-–—]|[-–—](?=\p{L})/gu;

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Vietnamese title case: every syllable capitalised ("TRẠM TẤU" → "Trạm Tấu"). */
export function titleCaseVi(text: string): string {
  // Stryker disable next-line ConditionalExpression: a redundant guard; an empty word title-cases to "" anyway
  const capitalise = (w: string) => (w.length === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  return text.split(" ").map(capitalise).join(" ");
}

/**
 * A place name's words as a person writes them: a word typed in capitals is title-cased, the
 * letter after an apostrophe too ("IA H'DRAI" → "Ia H'Drai"); a word typed in mixed case is kept
 * as typed ("Cư M'gar"), its first letter capitalised.
 */
export function placeNameCase(words: readonly string[]): string {
  return words
    .map((w) => {
      if (w !== w.toUpperCase()) return w.charAt(0).toUpperCase() + w.slice(1);
      return titleCaseVi(w).replace(
        /(['’])(\p{L})/gu,
        (_, mark: string, letter: string) => mark + letter.toUpperCase(),
      );
    })
    .join(" ");
}

/** The first area named in a text, in display form ("XÃ TRẠM TẤU" → "Xã Trạm Tấu"), or null. */
export function findArea(text: string): string | null {
  // A dash ends a name whether typed with spaces or not: it becomes a word of its own.
  const words = normalizeText(normalizeText(text).replace(GLUED_DASH, " - ")).split(" ");
  const folded = words.map((w) => foldForMatch(w).replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ""));
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is no unit word
  for (let i = 0; i < words.length; i++) {
    let unit: string | null = null;
    let next = i + 1;
    if (folded[i] === "xa" || folded[i] === "phuong") unit = folded[i];
    else if ((folded[i] === "thi" && folded[i + 1] === "tran") || (folded[i] === "dac" && folded[i + 1] === "khu")) {
      unit = `${folded[i]} ${folded[i + 1]}`;
      next = i + 2;
    }
    if (unit === null || EDGE_PUNCTUATION.test(words[next - 1])) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a redundant guard; folded[-1] is undefined, no word of NOT_AFTER
    if (i > 0 && NOT_AFTER.has(folded[i - 1])) continue;
    const lower = (j: number) => {
      // Stryker disable next-line StringLiteral: past the last word; no word list or pattern below holds the fallback either way
      const word = words[j] ?? "";
      return word.replace(EDGE_PUNCTUATION, "").toLowerCase();
    };
    if (NOT_A_NAME.has(lower(next)) || NOT_A_NAME.has(`${lower(next)} ${lower(next + 1)}`)) continue;
    const name: string[] = [];
    for (let j = next; j < words.length && name.length < MAX_NAME_WORDS; j++) {
      const word = words[j].replace(EDGE_PUNCTUATION, "");
      const ended = word !== words[j];
      // A number is a name of its own ("Phường 5") or ends one ("Phường Hà Giang 2"), unless a
      // period follows it ("XÃ A 6 THÁNG").
      const isNumber =
        DIGITS.test(word) &&
        !PERIOD_AFTER_NUMBER.test(lower(j + 1)) &&
        !(lower(j + 1) === "năm" && !/^\d{4}$/.test(lower(j + 2)));
      if (!isNumber && (!LETTERS.test(word) || !isCapitalised(word) || STOP_WORDS.has(lower(j)))) break;
      name.push(word);
      if (ended || isNumber) break;
    }
    if (name.length > 0) return `${UNIT_WORDS[unit]} ${placeNameCase(name)}`;
  }
  return null;
}

// Sheet names that are no place: "Sheet1", "Biểu 01", "Tổng hợp", "Bao cao".
const GENERIC_SHEET_WORDS = new Set(
  (
    "sheet bieu bao cao tong hop chi tieu ke hoach data du lieu mau so kt xh thuc hien ket qua nam thang quy " +
    "bang danh gia muc luc huong dan trang tinh phu luc tt bc th kh"
  ).split(" "),
);

/** The area a sheet name gives: "Xa Tram Tau" → "Xã Tram Tau", "Trạm Tấu" → "Trạm Tấu"; null for "Sheet1". */
export function areaFromSheetName(sheet: string): string | null {
  const named = findArea(sheet);
  if (named !== null) return named;
  const text = normalizeText(sheet);
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: a redundant filter; normalizeText leaves no empty word but in "", whose one empty word is no name either
  const words = text.split(" ").filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  // "Hà Giang 2": a number may end the name, after at least one word.
  const last = words.length > 1 && DIGITS.test(words[words.length - 1]) ? words.length - 1 : words.length;
  for (const word of words.slice(0, last)) {
    if (!LETTERS.test(word) || !isCapitalised(word) || GENERIC_SHEET_WORDS.has(foldForMatch(word))) return null;
  }
  return placeNameCase(words);
}

// ---------- title ----------

const TITLE_WORDS = /\b(bao cao|bieu|ket qua|chi tieu|tong hop|ke hoach|danh gia|thuc hien)\b/;

/**
 * Title, area and period from the title rows (each row as its non-empty cell texts), in sheet order.
 * The title is the first row that reads like one ("BÁO CÁO ...", "BIỂU ...", "... CHỈ TIÊU ..."),
 * else the first row, its cells joined. The period is looked for in the title first, then the
 * other rows, then the sheet name; the area in the cells in order, then the sheet name.
 */
export function titleInfo(rows: readonly (readonly string[])[], sheet: string): TitleInfo {
  const cells = rows.map((row) => row.map(normalizeText).filter((t) => t.length > 0)).filter((row) => row.length > 0);
  const texts = cells.map((row) => row.join(" "));
  const title = texts.find((t) => TITLE_WORDS.test(foldForMatch(t))) ?? texts[0] ?? null;
  let period: string | null = title === null ? null : findPeriod(title);
  for (const text of texts) period ??= findPeriod(text);
  period ??= findPeriod(sheet);
  let area: string | null = null;
  for (const row of cells) for (const text of row) area ??= findArea(text);
  area ??= areaFromSheetName(sheet);
  return { title, area, period };
}
