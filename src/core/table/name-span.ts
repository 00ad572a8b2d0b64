/**
 * A name column whose header is merged over several columns ("Chỉ tiêu" over B:C): clerks type a
 * sub-row's name one column to the right ("Trong đó" in B, "Hộ nghèo dân tộc thiểu số" in C), or
 * only there ("- Hộ cận nghèo" in C). The name of a row is then read across the span.
 */
import type { CellRange } from "../grid";
import { foldForMatch } from "../text/normalize";

/** How far back from the first data row a header merge may end (a column-number row, a blank). */
const HEADER_REACH = 4;
const OF_WHICH_ALONE = /^trong do\s*[:.-]?$/;

/**
 * The last grid column (0-based, relative to `left`) of the name column's span: the right edge of a
 * merge starting at the name column in the header just above `dataStart`, never reaching another
 * role's column; `nameIndex` itself when the header is not merged across.
 */
export function nameSpanEnd(
  merges: readonly CellRange[] | undefined,
  grid: { top: number; left: number },
  nameIndex: number,
  dataStart: number,
  otherIndexes: readonly number[],
  width: number,
): number {
  // Stryker disable next-line ConditionalExpression: a name column outside the grid is never asked for (the reader's columns are the grid's)
  if (nameIndex < 0) return nameIndex;
  if (merges === undefined) return nameIndex;
  const column = nameIndex + grid.left;
  let end = nameIndex;
  for (const m of merges) {
    if (m.left !== column) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; a merge one column wide leaves the end where it is (Math.max)
    if (m.right <= column) continue;
    const bottom = m.bottom - grid.top;
    if (bottom >= dataStart || bottom < dataStart - HEADER_REACH) continue;
    end = Math.max(end, m.right - grid.left);
  }
  // Stryker disable next-line EqualityOperator: no other role shares the name's column, so `>=` is `>`
  for (const other of otherIndexes) if (other > nameIndex && other <= end) end = other - 1;
  return Math.min(end, width - 1);
}

/**
 * A row's name read across the span: the texts left to right, "Trong đó" alone in the first column
 * joined to the name after it as "Trong đó: …". `column` is where the name's first text is.
 */
export function nameAcross(
  textAt: (column: number) => string,
  from: number,
  to: number,
): { name: string; column: number } {
  const parts: string[] = [];
  let column = from;
  for (let c = from; c <= to; c++) {
    const text = textAt(c);
    if (text.length === 0) continue;
    if (parts.length === 0) column = c;
    parts.push(text);
  }
  if (parts.length < 2) return { name: parts[0] ?? "", column };
  const [first, ...rest] = parts;
  return OF_WHICH_ALONE.test(foldForMatch(first))
    ? { name: `${first.replace(/\s*[:.-]?$/, "")}: ${rest.join(" ")}`, column }
    : { name: parts.join(" "), column };
}
