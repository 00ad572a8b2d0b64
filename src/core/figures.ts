/**
 * A figure: one plan/actual/baseline cell understood. Produced by `parseFigure`
 * (numbers/parse-figure.ts) from a raw CellValue and its number format.
 */
export type Figure =
  /** A number. `percent` is true when the cell means a percentage; `value` is then in points (79 for 79 %). */
  | { kind: "number"; value: number; percent: boolean }
  /** "12/19": 12 of 19 (criteria met out of total). */
  | { kind: "fraction"; value: number; total: number }
  /** "đạt" / "không đạt", TRUE / FALSE. */
  | { kind: "binary"; met: boolean }
  /** Empty, "-", "chưa đánh giá", "chưa có số liệu": not yet evaluated. */
  | { kind: "blank" }
  /** Unusable: text that is no number, an Excel error value, or a date. `raw` is what the cell showed. */
  | { kind: "invalid"; reason: "text" | "error" | "date"; raw: string };

export const BLANK: Figure = { kind: "blank" };
