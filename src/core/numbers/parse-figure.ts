/**
 * One plan / actual / baseline cell understood as a Figure (see ../figures.ts and domain.md):
 * numbers, percentages, "12/19" criteria counts, đạt / không đạt, "not yet evaluated" marks,
 * and what cannot be used (text, Excel errors, dates).
 */
import { BLANK, type Figure } from "../figures";
import { isCellError, type CellValue } from "../grid";
import { decodeLegacyText, type LegacyEncoding } from "../text/legacy";
import { foldForMatch, normalizeText } from "../text/normalize";
import { isDateFormat, isPercentFormat, serialToDateText } from "./number-format";
import { parseDigits, parseNumberText } from "./parse-number-text";

export interface ParseFigureOptions {
  /** The sheet's legacy encoding when already known; omitted: detected on this cell. */
  encoding?: LegacyEncoding | null;
}

const ERROR_CODES = new Set(["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/** Not yet evaluated (chưa đánh giá): dashes, "x", and these phrases (folded). */
const BLANK_MARKS = new Set(["-", "–", "—", "−", "x", "chua danh gia", "chua co so lieu", "chua co"]);

/** đạt / không đạt, with diacritics (lower case), or typed without any. */
const MET = new Set(["đạt", "đạt chuẩn", "dat", "dat chuan"]);
const NOT_MET = new Set(["không đạt", "chưa đạt", "khong dat", "chua dat"]);

/** "12/19", "12/19 tiêu chí", "15 / 35 chỉ tiêu": a count met out of a total. */
const FRACTION = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)(?:\s+[^\d\s/].*)?$/;
/** A date typed as text: "12/05/2022", "1-3-2023". */
const DATE_TEXT = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/** Understand one cell. `numberFormat` is the cell's Excel number format, when known. */
export function parseFigure(
  value: CellValue | undefined,
  numberFormat?: string | null,
  options: ParseFigureOptions = {},
): Figure {
  // Figures are never changed once made, so blanks and repeated texts share one object.
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "boolean") return { kind: "binary", met: value };
  if (isCellError(value)) return { kind: "invalid", reason: "error", raw: value.error };
  if (typeof value === "number") return parseNumberCell(value, numberFormat);
  // Stryker disable next-line ConditionalExpression: the remembered path; parseTextCell(value, null) gives the same figure
  if (options.encoding === null) return parseKnownTextCell(value);
  return parseTextCell(value, options.encoding);
}

/** Texts already decoded ("12/19", "Đạt", "-") recur across returns: their figures are remembered (bounded). */
const TEXT_FIGURE_LIMIT = 20_000;
const textFigures = new Map<string, Figure>();

function parseKnownTextCell(raw: string): Figure {
  let figure = textFigures.get(raw);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache; reading the text again gives the same figure
  if (figure === undefined) {
    figure = parseTextCell(raw, null);
    // Stryker disable next-line all: the cache's size; emptying it sooner or later changes no figure
    if (textFigures.size >= TEXT_FIGURE_LIMIT) textFigures.clear();
    textFigures.set(raw, figure);
  }
  return figure;
}

function parseNumberCell(value: number, numberFormat: string | null | undefined): Figure {
  if (!Number.isFinite(value)) return { kind: "invalid", reason: "text", raw: String(value) };
  if (isDateFormat(numberFormat)) return { kind: "invalid", reason: "date", raw: serialToDateText(value) };
  if (isPercentFormat(numberFormat)) return { kind: "number", value: clean(value * 100), percent: true };
  return { kind: "number", value, percent: false };
}

/** Drop binary noise from scaling: 0.79 × 100 is 79.00000000000001. */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

function parseTextCell(raw: string, encoding: LegacyEncoding | null | undefined): Figure {
  const text = normalizeText(decodeLegacyText(raw, encoding).text);
  // Stryker disable next-line all: a fast path; an empty text is found blank below too
  if (text === "") return BLANK;
  const upper = text.toUpperCase();
  if (ERROR_CODES.has(upper)) return { kind: "invalid", reason: "error", raw: upper };

  const words = text
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[.!]+$/, "")
    .trim();
  const lower = words.toLowerCase();
  if (BLANK_MARKS.has(foldForMatch(words)) || words === "") return BLANK;
  if (MET.has(lower)) return { kind: "binary", met: true };
  if (NOT_MET.has(lower)) return { kind: "binary", met: false };

  const fraction = FRACTION.exec(text);
  if (fraction) {
    const count = parseDigits(fraction[1]);
    const total = parseDigits(fraction[2]);
    if (count !== null && total !== null && total > 0) return { kind: "fraction", value: count, total };
    return { kind: "invalid", reason: "text", raw: text };
  }
  if (DATE_TEXT.test(text)) return { kind: "invalid", reason: "date", raw: text };

  const number = parseNumberText(text);
  if (number) return { kind: "number", value: number.value, percent: number.percent };
  return { kind: "invalid", reason: "text", raw: text };
}
