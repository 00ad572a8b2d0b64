/**
 * Indented text below ExcelApi 1.9. `RangeFormat.indentLevel` needs ExcelApi 1.9 (Office 2021); Office
 * 2019 has 1.7. There, a sub-row ("- Trong đó: nữ") is indented by its number format instead: a text
 * section with leading spaces shows them before the text without changing the cell's value.
 */

/** Spaces shown per indent level (Excel's indent step is about two character widths of the font). */
const SPACES_PER_LEVEL = 2;

/** The number format that indents text by `level` steps, or null for level 0. */
export function indentNumberFormat(level: number): string | null {
  if (!(level > 0)) return null;
  const spaces = " ".repeat(Math.min(15, Math.round(level)) * SPACES_PER_LEVEL);
  // General for numbers; the text section (4th) prints the spaces, then the text.
  return `General;-General;General;"${spaces}"@`;
}
