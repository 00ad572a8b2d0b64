/**
 * Text and attribute values for the SpreadsheetML the plan writer makes (plan-file-writer.ts), with
 * the same rules as exceljs's writer had, so a cell says what it said before: the five XML specials
 * escaped, and the characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage
 * return, U+FFFE and U+FFFF; and DEL, as exceljs) dropped.
 */

// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** `text` as XML character data or an attribute value (between double quotes). */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIALS, (ch) => ENTITY[ch] ?? "");
}

/** Excel reads "_x0041_" in a cell's text as the character U+0041: an underscore that starts one is escaped as "_x005F_". */
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A cell's text as the content of `<t>`: escaped, with `xml:space="preserve"` when its spaces at
 * either end or its line breaks must be kept (as exceljs wrote it).
 */
export function textElement(text: string): string {
  const kept = text.includes("_x") ? text.replace(ESCAPE_LIKE, "_x005F_$1") : text;
  const body = xmlText(kept);
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}
