/**
 * A1 references for indicator cells, shared: thousands of returns with the same layout name the
 * same cells ("E12"), so each distinct reference is made once instead of once per sheet.
 */
import { columnLetters } from "../address";

/**
 * Rows from this one on are not cached or shared, here and by the other caches by row (the cells
 * objects of read-rows.ts, the plan's shared cells, merges and band formulas): a commune return
 * has a few hundred rows, and a cache over a 100,000-row sheet would only cost time and keep
 * memory for the life of the pane.
 */
export const SHARED_ROW_LIMIT = 4_096;
/** Column letters → references by row. */
const refsByColumn = new Map<string, string[]>();

/** `${letters}${row}` ("E12"), the same string object for the same reference. */
export function cellRef(letters: string, row: number): string {
  // Stryker disable next-line all: which rows are cached; the cache only shares one string object per reference; the text is the same either way
  if (!(row >= 0 && row < SHARED_ROW_LIMIT && Number.isInteger(row))) return `${letters}${row}`;
  let refs = refsByColumn.get(letters);
  // Stryker disable next-line ConditionalExpression: the cache only shares one string object per reference; the text is the same either way
  if (refs === undefined) {
    refs = [];
    refsByColumn.set(letters, refs);
  }
  let ref = refs[row];
  // Stryker disable next-line ConditionalExpression: the cache only shares one string object per reference; the text is the same either way
  if (ref === undefined) {
    ref = `${letters}${row}`;
    refs[row] = ref;
  }
  return ref;
}

/** cellRef by column number: a1(row, column) shared. */
export function sharedA1(row: number, column: number): string {
  return cellRef(lettersOf(column), row);
}

/** Column letters of the first columns, made once ("A" … "ALL"). */
// Stryker disable next-line ArrayDeclaration: index 0 is never asked (columns start at 1)
const LETTERS: string[] = [];
const MAX_CACHED_COLUMN = 1000;

function lettersOf(column: number): string {
  // Stryker disable next-line all: which columns' letters are cached; the letters are the same either way
  if (!(column >= 1 && column <= MAX_CACHED_COLUMN && Number.isInteger(column))) return columnLetters(column);
  return (LETTERS[column] ??= columnLetters(column));
}
