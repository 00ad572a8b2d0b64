/**
 * What an Excel number format says about a number cell: is it a percentage (shown ×100),
 * or a date/time? Literal parts do not count: "quoted text", [brackets] such as [Red] or
 * [$-vi-VN], backslash-escaped characters, and the _x / *x padding codes.
 */

/** The format with its literal parts removed, lower-cased. */
function codes(format: string): string {
  return format
    .replace(/"[^"]*"?/g, "")
    .replace(/\[[^\]]*\]?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .toLowerCase();
}

/** True when the format shows the value as a percentage ("0.0%", "0%"), not a literal "%" text. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && codes(format).includes("%");
}

/** True for date and time formats ("dd/mm/yyyy", "m/d/yy", "h:mm"), false for "0.0%", "#,##0", "General". */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const c = codes(format);
  // Stryker disable next-line all: a fast path, "general" is taken out just below and leaves no date code
  if (c === "general") return false;
  return /[dmyhs]/.test(c.replace(/general/g, "").replace(/e[+-]/g, ""));
}

const MS_PER_DAY = 86_400_000;
/** Serial 0 in the 1900 date system, counting Excel's phantom 29 February 1900. */
const EPOCH = Date.UTC(1899, 11, 30);
/** Largest serial Excel shows as a date (31/12/9999). */
const MAX_SERIAL = 2_958_465;

/** An Excel serial date (1900 system) as dd/mm/yyyy; out-of-range serials as plain text. */
export function serialToDateText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return String(serial);
  const day = Math.floor(serial);
  if (day === 60) return "29/02/1900"; // Excel's (Lotus's) day that never was
  // Stryker disable next-line EqualityOperator: day 60 returned just above
  const date = new Date(EPOCH + (day < 60 ? day + 1 : day) * MS_PER_DAY);
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
