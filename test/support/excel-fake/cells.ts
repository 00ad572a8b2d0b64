/**
 * One cell as Excel keeps it, and how Excel turns what is written into what is stored.
 * Office.js Range.values docs: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 * sign ("="), Excel interprets this value as a formula." A leading apostrophe is Excel's text prefix
 * (stored, not shown), and a cell formatted "@" (Text) keeps whatever is typed as text.
 */
import { officeError } from "./errors";

/** Characters a cell's text may hold in Excel. */
const MAX_TEXT = 32_767;

export type Scalar = string | number | boolean | null;
export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
export const EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export interface FontState {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string; // "None" | "Single" | ...
  color?: string;
}

export interface CellState {
  /** Constant or cached value; for an error cell the error text ("#DIV/0!"). */
  value: Scalar;
  error?: boolean;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  /** Typed with a leading apostrophe (Excel's text prefix). */
  textPrefix?: boolean;
  numberFormat?: string;
  font?: FontState;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
  borders?: Partial<Record<Edge, { style: string; color?: string; weight?: string }>>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export const ERROR_VALUES = [
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const DATE_MD = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/;

/** Excel serial number of a date (1900 date system, valid after 1 March 1900). */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** How en-US Excel reads a typed constant (no formula): number, percent, date, boolean, error, or text. */
function coerceText(text: string, cell: CellState): void {
  const trimmed = text.trim();
  if (ERROR_VALUES.includes(trimmed.toUpperCase())) {
    cell.value = trimmed.toUpperCase();
    cell.error = true;
  } else if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
  } else if (NUMBER.test(trimmed) || THOUSANDS.test(trimmed)) {
    cell.value = Number(trimmed.replace(/,/g, ""));
  } else if (PERCENT.test(trimmed)) {
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    if (!cell.numberFormat || cell.numberFormat === "General") cell.numberFormat = "0%";
  } else if (DATE_MD.test(trimmed) && isDate(trimmed)) {
    const [, m, d, y] = DATE_MD.exec(trimmed) as RegExpExecArray;
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : new Date().getFullYear();
    cell.value = serial(year, Number(m), Number(d));
    if (!cell.numberFormat || cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
  } else {
    cell.value = text;
  }
}

function isDate(text: string): boolean {
  const [, m, d] = DATE_MD.exec(text) as RegExpExecArray;
  return Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31;
}

/** Writes one input value the way Excel stores it. `null` leaves the cell as it is. */
/**
 * What Office.js refuses to write into a cell: a text over Excel's 32,767 characters ("Total number
 * of characters that a cell can contain"); the text prefix is not part of the text. Only writes
 * are checked: a workbook opened from a file may hold longer text, which the readers must cut.
 */
export function enterWrittenValue(cell: CellState, input: unknown): void {
  if (typeof input === "string" && input.length - (input.startsWith("'") ? 1 : 0) > MAX_TEXT)
    throw officeError("InvalidArgument", `text of ${input.length} characters, over ${MAX_TEXT}`);
  enterValue(cell, input);
}

export function enterValue(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.error;
  delete cell.textPrefix;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw officeError("InvalidArgument", "non-finite number");
    cell.value = input;
  } else if (typeof input === "boolean") {
    cell.value = input;
  } else if (typeof input === "string") {
    if (input === "") cell.value = null;
    else if (cell.numberFormat === "@") cell.value = input;
    else if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.textPrefix = true;
    } else if (input.length > 1 && input.startsWith("=")) {
      cell.formula = input;
      cell.value = 0; // the fake does not calculate: a formula's cached value reads as 0
    } else if (input.length > 1 && /^[+\-@]/.test(input)) {
      // "+84" becomes the formula =+84 (value 84); "- hộ nghèo" or "@x" becomes a formula that fails.
      const rest = input.slice(1).trim();
      if (input[0] !== "@" && (NUMBER.test(rest) || THOUSANDS.test(rest))) {
        const n = Number(rest.replace(/,/g, ""));
        cell.value = input[0] === "-" ? -n : n;
        if (input[0] === "+") cell.formula = `=${input}`;
      } else {
        cell.formula = `=${input}`;
        cell.value = "#NAME?";
        cell.error = true;
      }
    } else coerceText(input, cell);
  } else {
    throw officeError("InvalidArgument", `unsupported value ${JSON.stringify(input)}`);
  }
}

export function hasValue(cell: CellState | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== "") || cell.formula !== undefined);
}

export function hasFormat(cell: CellState | undefined): boolean {
  if (!cell) return false;
  return (
    (cell.numberFormat !== undefined && cell.numberFormat !== "General") ||
    cell.font !== undefined ||
    cell.fill !== undefined ||
    cell.horizontal !== undefined ||
    cell.vertical !== undefined ||
    cell.wrap !== undefined ||
    cell.indent !== undefined ||
    cell.borders !== undefined
  );
}

/** What Range.values returns for the cell. */
export function readValue(cell: CellState | undefined): string | number | boolean {
  if (!cell || cell.value === null) return "";
  return cell.value;
}

/** What Range.formulas returns for the cell. */
export function readFormula(cell: CellState | undefined): string | number | boolean {
  return cell?.formula ?? readValue(cell);
}

/** Excel.RangeValueType of the cell. */
export function readValueType(cell: CellState | undefined): string {
  const v = readValue(cell);
  if (cell?.error) return "Error";
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** A simplified Range.text: the value as displayed. */
export function readText(cell: CellState | undefined): string {
  const v = readValue(cell);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") return String(v);
  const format = cell?.numberFormat ?? "General";
  const pct = /^0(\.(0+))?%$/.exec(format);
  if (pct) return `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
  const fixed = /^0\.(0+)$/.exec(format);
  if (fixed) return v.toFixed(fixed[1].length);
  return String(v);
}
