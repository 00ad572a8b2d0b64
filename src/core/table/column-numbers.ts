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
  return TOKEN.test(text);
}
