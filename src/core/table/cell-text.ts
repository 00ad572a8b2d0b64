/**
 * Reading cells as text: legacy encodings (TCVN3, VNI) decoded, Unicode NFC, spaces tidied.
 * One reader per sheet: it remembers the first legacy encoding met (for the sheet's
 * "legacy-encoding" finding) and caches decodings, since the same strings repeat.
 */
import type { CellValue, Grid } from "../grid";
import { isCellError } from "../grid";
import { decodeLegacyText } from "../text/legacy";
import { normalizeText } from "../text/normalize";

export type LegacyEncoding = "tcvn3" | "vni";

/** Latin-1 letters and symbols: the bytes legacy fonts show as Vietnamese letters. */
const LEGACY_BYTE = /[\u00a1-\u00ff]/;
/** Letters only Unicode Vietnamese has (no legacy byte shows as these). */
// eslint-disable-next-line no-misleading-character-class -- combining marks on their own, deliberately
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u0300-\u036f\u1ea0-\u1ef9]/;

export interface CellTextReader {
  /** The text of the cell at grid indices (0-based), decoded and tidied; "" when empty or outside the grid. */
  text(row: number, col: number): string;
  /** A string decoded when it was legacy text, else unchanged (not tidied): what parseFigure should see. */
  decodeRaw(value: string, row: number, col: number): string;
  /** The first legacy encoding met, and the grid indices of the cell it was met in. */
  legacy(): { encoding: LegacyEncoding; row: number; col: number } | null;
}

/** True when the value is nothing: null, or a string of spaces only. */
export function isEmptyValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most texts start with a letter or digit: settled without trim(), which copies the text.
  const first = value.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; trim() gives the same answer for these first characters (DEL included)
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim().length === 0;
}

interface Decoded {
  /** Decoded, not tidied (for parseFigure). */
  raw: string;
  /** Decoded and tidied (normalizeText). */
  text: string;
  encoding: LegacyEncoding | null;
}

function decoded(value: string, encoding: LegacyEncoding | null | undefined): Decoded {
  // Fast path: legacy text is ASCII and Latin-1 only, so text with no Latin-1 letter, or with a
  // letter only Unicode Vietnamese has ("ộ", "ư", "đ"), is not legacy.
  if (encoding === undefined && (!LEGACY_BYTE.test(value) || UNICODE_VIETNAMESE.test(value))) {
    return { raw: value, text: normalizeText(value), encoding: null };
  }
  const out = decodeLegacyText(value, encoding);
  return { raw: out.encoding === null ? value : out.text, text: normalizeText(out.text), encoding: out.encoding };
}

// Decoding depends on the string alone, and the same strings recur across sheets ("Kế hoạch",
// "ĐVT", units), so the cache is shared, and emptied when it grows large.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Decoded>();

function cachedDecode(value: string): Decoded {
  let hit = cache.get(value);
  // Stryker disable next-line ConditionalExpression: the cache; decoding again gives the same answer
  if (hit === undefined) {
    // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no answer
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = decoded(value, undefined);
    cache.set(value, hit);
  }
  return hit;
}

/** Small whole numbers ("1" … "999": STT codes) as shared strings; others made as usual. */
const SMALL_NUMBER_TEXTS: string[] = [];
function numberText(value: number): string {
  // Stryker disable next-line all: which numbers share a cached string; String(value) is the same text either way
  if (Number.isInteger(value) && value >= 0 && value < 1000) {
    return (SMALL_NUMBER_TEXTS[value] ??= String(value));
  }
  return String(value);
}

/** Rows looked at, before any cell is read, for the sheet's legacy encoding (its titles and header). */
const ENCODING_SCAN_ROWS = 40;

/**
 * The sheet's legacy encoding: the one most of the legacy cells among its first rows are in (a
 * short word can read as the other one: VNI "Coäng" is also TCVN3), with the first cell in it.
 * Known before the first text is read, so a short header word that reads well both ways ("Ghi chó"
 * is TCVN3 for "Ghi chú") is decoded even when it comes before the first unambiguous cell.
 */
function firstLegacyCell(grid: Grid): { encoding: LegacyEncoding; row: number; col: number } | null {
  const rows = Math.min(grid.values.length, ENCODING_SCAN_ROWS);
  const found: Array<{ encoding: LegacyEncoding; row: number; col: number; count: number }> = [];
  for (let row = 0; row < rows; row++) {
    const values = grid.values[row];
    // Stryker disable next-line EqualityOperator: one step past the row's end reads undefined, which is no string and is skipped
    for (let col = 0; col < values.length; col++) {
      const value = values[col];
      if (typeof value !== "string") continue;
      const encoding = cachedDecode(value).encoding;
      if (encoding === null) continue;
      const seen = found.find((f) => f.encoding === encoding);
      if (seen) seen.count++;
      else found.push({ encoding, row, col, count: 1 });
    }
  }
  // the most cells; of two with as many, the one met first
  const best = found.reduce<(typeof found)[number] | null>((a, b) => (a === null || b.count > a.count ? b : a), null);
  return best === null ? null : { encoding: best.encoding, row: best.row, col: best.col };
}

export function createCellTextReader(grid: Grid): CellTextReader {
  let first = firstLegacyCell(grid);

  function decode(value: string, row: number, col: number): Decoded {
    const hit = cachedDecode(value);
    if (hit.encoding === null && first !== null && LEGACY_BYTE.test(value) && !UNICODE_VIETNAMESE.test(value)) {
      // Short words read well both ways ("hé" is TCVN3 for "hộ"): once the sheet is known to be
      // legacy (its header and titles are read first), such cells follow the sheet.
      return decoded(value, first.encoding);
    }
    // A short word that reads as the other legacy encoding ("Coäng", VNI for "Cộng", is TCVN3
    // "Coọng" too) follows the sheet's.
    if (hit.encoding !== null && first !== null && hit.encoding !== first.encoding)
      return decoded(value, first.encoding);
    if (hit.encoding !== null && first === null) first = { encoding: hit.encoding, row, col };
    return hit;
  }

  return {
    text(row, col) {
      const value = grid.values[row]?.[col];
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; null and undefined fall through to the last line, which gives "" too
      if (value === null || value === undefined) return "";
      if (typeof value === "string") return decode(value, row, col).text;
      if (typeof value === "number") return numberText(value);
      if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
      // Stryker disable next-line StringLiteral: unreachable for a CellValue; any value not null, a string, a number or a boolean is a cell error
      return isCellError(value) ? value.error : "";
    },
    decodeRaw(value, row, col) {
      return decode(value, row, col).raw;
    },
    legacy() {
      return first;
    },
  };
}
