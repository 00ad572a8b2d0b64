/**
 * The row of column numbers some sheets put under the header: "A | B | C | 1 | 2 | 3=2/1",
 * "1 | 2 | 3 | 4", "(1) | (2) | (3)". Never an indicator.
 */

// One token: a letter or a one/two-digit number, maybe in brackets, maybe followed by a formula "= 2/1*100".
const TOKEN = /^\(?([a-zA-Z]|\d{1,2})\)?(\s*=\s*[0-9a-zA-Z()/*x×:+\-.,% ]+)?$/;

/** True when every non-empty text is a column-number token and there are at least two of them. */
export function isColumnNumberRow(texts: readonly string[]): boolean {
  let count = 0;
  for (const text of texts) {
    if (text.length === 0) continue;
    if (!TOKEN.test(text)) return false;
    count++;
  }
  return count >= 2;
}

/** True when a single text looks like a column-number token ("B", "2", "(3)", "3=2/1"). */
export function isColumnNumberToken(text: string): boolean {
  // Asked of every indicator name: one that goes on with a letter after its first character
  // ("Tổng …", "Số hộ") is no token, settled without running the expression.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; TOKEN refuses any text whose second character is a letter, short or long
  if (text.length > 2 && text.charCodeAt(0) !== 0x28 && isLetterCode(text.charCodeAt(1))) return false;
  return TOKEN.test(text);
}

/** A-Z, a-z, or a Latin letter with marks (Vietnamese ones included): never ")", a digit, a space or "=". */
// Stryker disable all: only the fast path above asks; a narrower test only sends more texts to TOKEN, which refuses them too
function isLetterCode(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}
// Stryker restore all
