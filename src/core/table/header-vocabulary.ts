/**
 * Header vocabulary: which column role a header cell's text names.
 * Text is decoded and normalised before it gets here; matching is on the folded form
 * (no case, no diacritics, đ → d), anchored at the start so that long indicator names
 * in data rows do not read as headers.
 */
import type { ColumnRole } from "../model";
import { foldForMatch } from "../text/normalize";

/** Longer than this, a cell is an indicator name or a note, never a header. */
const MAX_HEADER_LENGTH = 60;

/** Folded, punctuation other than % and / turned into spaces: "Đ.V.T" → "d v t", "So sánh (%)" → "so sanh %". */
export function foldHeader(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9%/]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

// A comparison with last year ("So sánh cùng kỳ (%)", "TH/CK") is neither the plan % nor the baseline.
const BASELINE_RATIO = /(^so |%|\/ck\b|^th\/ck)/;
const BASELINE_WORDS = /\b(cung ky|nam truoc|ky truoc)\b/;
const PERCENT =
  /^(so sanh|ty le (dat|hoan thanh|th|thuc hien|so voi)|% ?(kh|ke hoach|dat|so kh|th|nq|chi tieu|muc tieu)\b|dat ?%|so voi (kh|ke hoach|nq|nghi quyet|chi tieu|muc tieu)\b|so kh\b|(uoc )?th\/kh|thuc hien\/ke hoach|muc do (dat|hoan thanh))/;
/**
 * A result compared with something, the comparison in the middle of the header ("Thực hiện so cùng
 * kỳ", "Tăng giảm so cùng kỳ", "TH so CK", "Ước thực hiện năm 2024 so với KH"): a ratio or a
 * difference, never the figures themselves. Compared with last year it is not read; compared with
 * the plan it is the sheet's % column.
 */
const COMPARED_WITH_LAST_YEAR = /\bso( voi)? (cung ky|ck|nam truoc|ky truoc|cung thoi diem)\b/;
const COMPARED_WITH_PLAN = /^\S.* so( voi)? (ke hoach|kh|nq|nghi quyet|chi tieu|muc tieu)\b/;
const NOTE = /^ghi chu\b/;
const DIRECTION = /^(chieu huong|chieu|huong)( (tang giam|danh gia|chi tieu))?$/;
const CODE = /^(stt|tt|so tt|so thu tu|thu tu|ma so|ma chi tieu)$/;
const UNIT = /^(dvt|d v t|dv tinh|don vi tinh|don vi)$/;
const NAME = /^(ten chi tieu|cac chi tieu|chi tieu|noi dung|danh muc|ten)\b/;
// Inside a "chỉ tiêu ..." header, these words make it the plan ("Chỉ tiêu giao", "Chỉ tiêu NQ giao",
// "Chỉ tiêu NQ đến năm 2030"); "Chỉ tiêu Nghị quyết" alone stays the name column.
const NAME_BUT_PLAN = /\b(giao|ke hoach|kh)\b|\b(nq|nghi quyet)\b.*\b(den|nam|ky|giai doan|\d{4})\b/;
const PLAN = /^(ke hoach|kh|nq|nghi quyet|muc tieu|chi tieu giao)\b|\b(nq|nghi quyet) giao\b/;
const ACTUAL = /^(thuc hien|th|ket qua|kq|uoc|luy ke|so thuc hien)\b/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;
/**
 * A date or month in a header ("đến 30/9/2024", "đến 15/12", "tháng 6/2027"), folded: its slashes
 * are no ratio ("TH/KH"), so it is replaced by a word before the ratio test.
 */
const DATE_IN_HEADER = /\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b|\b\d{1,2}\/\d{4}\b/g;
/** Words of a result to date (lũy kế, "đến hết quý III", "đến 30/9", "từ đầu năm"), folded. */
const CUMULATIVE =
  /\b(luy ke|den het|den nay|tu dau nam|den ngay|den thang|den quy|den nam|den giua|den cuoi|den \d+|ca nam)\b/;

/**
 * The role a header text names, or null. Order matters and encodes the ambiguous cases:
 * - "So sánh TH/KH (%)" is the percent column, not plan or actual (percent is tried first);
 * - "Thực hiện cùng kỳ" is the baseline, not the actual (baseline before actual);
 * - "Chỉ tiêu Nghị quyết" is the name column; "Chỉ tiêu giao" / "Chỉ tiêu NQ giao" are the plan;
 * - "Tỷ lệ" alone is nothing (it is an indicator name, not "Tỷ lệ đạt").
 */
export function headerRole(text: string): ColumnRole | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  // The first data rows are scanned too: their figures ("312.45") are new texts on every sheet and
  // fold to no word, so they name no role, settled here without filling the cache with them.
  // Stryker disable next-line all: a fast path; a figure folds to no word, and classify gives it no role either
  if (NUMBER_LIKE.test(text)) return null;
  const known = roleCache.get(text);
  // Stryker disable next-line ConditionalExpression: the cache; without it the same text is classified again, alike
  if (known !== undefined) return known;
  // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no answer
  if (roleCache.size >= CACHE_LIMIT) roleCache.clear();
  const role = classify(text);
  roleCache.set(text, role);
  return role;
}

/** Digits and number punctuation only: no letter, so no role (every role's pattern needs a word). */
// Stryker disable next-line all: the fast path's pattern (see headerRole); any figure it misses gets no role from classify
const NUMBER_LIKE = /^[-+]?\d[\d.,]*(e[-+]?\d+)?%?$/;

// Header words recur across sheets; the cache is emptied when it grows large.
const CACHE_LIMIT = 5_000;
const roleCache = new Map<string, ColumnRole | null>();

function classify(text: string): ColumnRole | null {
  const f = foldHeader(text).replace(DATE_IN_HEADER, "ngay");
  // Stryker disable next-line ConditionalExpression: a fast path; every pattern below needs a word, so "" gets no role anyway
  if (f.length === 0) return null;
  if (COMPARED_WITH_LAST_YEAR.test(f)) return null;
  if (COMPARED_WITH_PLAN.test(f)) return "percent";
  if (BASELINE_WORDS.test(f)) return BASELINE_RATIO.test(f) ? null : "baseline";
  if (PERCENT.test(f)) return "percent";
  if (f.includes("/")) return null; // another ratio ("TH/CK", "KH/TH"): not a column we read
  if (NOTE.test(f)) return "note";
  if (DIRECTION.test(f)) return "direction";
  if (CODE.test(f)) return "code";
  if (UNIT.test(f)) return "unit";
  if (NAME.test(f)) return f.startsWith("chi tieu") && NAME_BUT_PLAN.test(f) ? "plan" : "name";
  if (PLAN.test(f)) return "plan";
  if (ACTUAL.test(f)) return "actual";
  return null;
}

/** True when a result header counts to a cut-off ("Lũy kế 9 tháng", "Kết quả đến 30/9/2024", "Ước TH đến hết năm"). */
export function isCumulativeHeader(text: string): boolean {
  return CUMULATIVE.test(foldHeader(text));
}

/** The four-digit year a header mentions ("TH năm 2021" → 2021), or null. */
export function headerYear(text: string): number | null {
  // Asked of every cell near the header on every sheet, where the same texts recur: remembered.
  const known = yearCache.get(text);
  // Stryker disable next-line ConditionalExpression: the cache; without it the year is read again, alike
  if (known !== undefined) return known;
  const match = YEAR.exec(text);
  const year = match ? Number(match[1]) : null;
  // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no answer
  if (yearCache.size >= CACHE_LIMIT) yearCache.clear();
  yearCache.set(text, year);
  return year;
}
const yearCache = new Map<string, number | null>();
