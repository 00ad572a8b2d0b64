/**
 * Text that must stay text in Excel. Writing a string through Range.values lets Excel reinterpret it:
 * "=…", "+…", "-…" become formulas (Office.js Range.values docs), "@…" too in current Excel, and en-US
 * Excel turns "1.326", "12/19", "TRUE", "#N/A", "(5)", "$5", "5%" into numbers, dates, booleans or
 * errors. A leading apostrophe is Excel's text prefix: stored, not shown, and the value stays the text.
 * Setting the cell format to "@" would also work but would break numbers typed there later.
 */

const FORMULA_START = /^[=+\-@\t\r\n]/;
const NUMERIC = /^\s*[-+]?[$€£¥]?\s*[\d.,]*\d[\d.,]*\s*%?\s*$/;
const SCIENTIFIC = /^\s*[-+]?\d[\d.,]*e[-+]?\d+\s*$/i;
const NEGATIVE_PARENS = /^\s*\(\s*[$€£¥]?[\d.,]+\s*\)\s*$/;
const DATE_OR_TIME = /^\s*\d{1,4}\s*[/.:-]\s*\d{1,2}(\s*[/.:-]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*([ap]m?)?\s*$/i;
const FRACTION = /^\s*\d+\s+\d+\/\d+\s*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;

/** True when Excel would not keep `text` as the same text if written as a value. */
export function needsTextPrefix(text: string): boolean {
  if (text.length === 0) return false;
  return (
    FORMULA_START.test(text) ||
    text.startsWith("'") ||
    text.trimStart().startsWith("#") ||
    NUMERIC.test(text) ||
    SCIENTIFIC.test(text) ||
    NEGATIVE_PARENS.test(text) ||
    DATE_OR_TIME.test(text) ||
    FRACTION.test(text) ||
    BOOLEAN.test(text)
  );
}

/** The string to write so the cell holds exactly `text`. */
export function excelText(text: string): string {
  return needsTextPrefix(text) ? `'${text}` : text;
}
