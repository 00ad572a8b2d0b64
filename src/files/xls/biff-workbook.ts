/**
 * The BIFF8 "Workbook" stream of an .xls ([MS-XLS]) → sheets of sparse cells: only the records the
 * core's Grid needs are read (sheet names, shared strings, cell values and cached formula results,
 * number formats, merged areas, hidden rows); everything else is skipped by its length.
 * Untrusted input: every length is checked, nothing is allocated from a count the file claims, and
 * the work is linear in the stream's size. Damage throws BiffError; the caller makes it a finding.
 *
 * Text: BIFF8 keeps all text as Unicode (8-bit "compressed" strings are code points 0–255), so
 * TCVN3 typed in .VnTime fonts arrives as the same Latin-1 characters an .xlsx gives ("ChØ tiªu"),
 * and the core's legacy-text detection decodes both alike. BIFF5 (Excel 5.0/95, the "Book" stream)
 * keeps bytes in the workbook's CODEPAGE: they are decoded as Excel does when it opens such a file
 * (windows-1252 by default, where TCVN3 bytes are the same Latin-1 characters). Older formats are
 * refused with their own message.
 */
import type { CellRange, CellValue } from "../../core/grid";
import { MAX_CELL_TEXT } from "../../core/limits";
import { BUILT_IN_FORMATS } from "../built-in-number-formats";
import { BiffError, RecordReader } from "./record-reader";

export { BiffError } from "./record-reader";

/** The file is an .xls older than Excel 97 (BIFF5/BIFF7 or before). */
export class OldBiffError extends Error {}

/** The workbook is protected by a password (a FILEPASS record): its contents are encrypted. */
export class EncryptedError extends Error {}

export interface XlsCell {
  /** 1-based. */
  row: number;
  /** 1-based. */
  column: number;
  value: CellValue;
  format: string | null;
  /** The file claimed this many characters; the text was cut to MAX_CELL_TEXT. */
  cutFrom?: number;
}

/** One number per cell position (BIFF8 rows and columns are 16-bit). */
export const cellKey = (row: number, column: number): number => row * 65536 + column;

export interface XlsSheet {
  name: string;
  /** By cellKey(row, column); a cell given twice holds the later record's value. */
  cells: Map<number, XlsCell>;
  merges: CellRange[];
  hiddenRows: number[];
}

export interface XlsWorkbook {
  sheets: XlsSheet[];
  /** Worksheets in the file (sheets may hold fewer when `maxSheets` cut the list). */
  worksheetCount: number;
}

/** The record types read here ([MS-XLS] 2.3). */
export const BIFF_RECORDS = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  FORMAT: 0x041e,
  XF: 0x00e0,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGEDCELLS: 0x00e5,
  ROW: 0x0208,
  CODEPAGE: 0x0042,
} as const;
const R = BIFF_RECORDS;

const BIFF8 = 0x0600;
const BIFF5 = 0x0500;

/** Code pages an Excel 5.0/95 file may name, as TextDecoder labels (WHATWG encodings). */
const CODE_PAGES: Readonly<Record<number, string>> = {
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  10000: "macintosh",
  0x8000: "macintosh",
  0x8001: "windows-1252",
};

/** Bytes in `codePage` → text; an unknown or unsupported code page reads as windows-1252, Excel's default. */
export function codePageDecoder(codePage: number): (bytes: Uint8Array) => string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(CODE_PAGES[codePage] ?? "windows-1252");
  } catch {
    decoder = new TextDecoder("windows-1252");
  }
  return (bytes) => decoder.decode(bytes);
}
const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

interface RawRecord {
  type: number;
  /** The record's data, then that of the CONTINUE records right after it. */
  segments: Uint8Array[];
  /** Offset of the record's header in the stream. */
  at: number;
}

/** Bytes of the stream scanned so far; sheets' substreams never overlap, so this stays ≤ its length. */
interface Budget {
  scanned: number;
}

/**
 * The records from `start`, each with its CONTINUEs, until the substream's EOF (nested BOFs skipped
 * over). `budget` is shared by all the substreams of one stream: sheets that claim overlapping
 * substreams (which would make the work grow with the square of the file) stop with an error.
 */
function* records(stream: Uint8Array, start: number, budget: Budget): Generator<RawRecord> {
  let at = start;
  let depth = 0;
  while (at + 4 <= stream.length) {
    if (budget.scanned > stream.length) throw new BiffError("sheets overlap");
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    const dataAt = at + 4;
    if (dataAt + length > stream.length) throw new BiffError("record cut short");
    const segments = [stream.subarray(dataAt, dataAt + length)];
    let next = dataAt + length;
    while (next + 4 <= stream.length && (stream[next] | (stream[next + 1] << 8)) === R.CONTINUE) {
      const more = stream[next + 2] | (stream[next + 3] << 8);
      if (next + 4 + more > stream.length) throw new BiffError("record cut short");
      segments.push(stream.subarray(next + 4, next + 4 + more));
      next += 4 + more;
    }
    if (type === R.BOF && at !== start) depth++; // an embedded chart's substream
    if (type === R.EOF) {
      if (depth === 0) return;
      depth--;
    } else if (depth === 0) yield { type, segments, at };
    budget.scanned += next - at;
    at = next;
  }
  throw new BiffError("substream has no end");
}

/** Eight little-endian bytes → a double, through one scratch view (no allocation per number). */
const SCRATCH = new DataView(new ArrayBuffer(8));

function f64(data: Uint8Array, at: number): number {
  if (at + 8 > data.length) throw new BiffError("record cut short");
  for (let i = 0; i < 8; i++) SCRATCH.setUint8(i, data[at + i]);
  return SCRATCH.getFloat64(0, true);
}

function u16(data: Uint8Array, at: number): number {
  if (at + 2 > data.length) throw new BiffError("record cut short");
  return data[at] | (data[at + 1] << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) | (u16(data, at + 2) << 16)) >>> 0;
}

/** An RK number ([MS-XLS] 2.5.217): 30 bits, integer or the top of a double, maybe ×100. */
export function decodeRk(rk: number): number {
  let value: number;
  if (rk & 2) value = rk >> 2;
  else {
    SCRATCH.setUint32(0, 0, true);
    SCRATCH.setUint32(4, rk & 0xfffffffc, true);
    value = SCRATCH.getFloat64(0, true);
  }
  return rk & 1 ? value / 100 : value;
}

function numberValue(n: number): CellValue {
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

function errorValue(code: number): CellValue {
  return { error: ERRORS[code] ?? "#VALUE!" };
}

interface Globals {
  /** BIFF5: text is 8-bit in the code page, with 8- or 16-bit lengths and no option byte. */
  biff5: boolean;
  decode: (bytes: Uint8Array) => string;
  sheets: { name: string; offset: number }[];
  worksheetCount: number;
  strings: { text: string; cutFrom?: number }[];
  /** Number format of each XF (cell style) index. */
  xfFormats: (string | null)[];
}

function readGlobals(stream: Uint8Array, maxSheets: number, budget: Budget): Globals {
  if (stream.length < 8 || u16(stream, 0) !== R.BOF) throw new BiffError("no workbook header");
  const version = u16(stream, 4);
  if (version !== BIFF8 && version !== BIFF5) throw new OldBiffError(`BIFF version ${version.toString(16)}`);
  const biff5 = version === BIFF5;
  let decode = codePageDecoder(1252);
  const sheets: Globals["sheets"] = [];
  let worksheetCount = 0;
  const strings: Globals["strings"] = [];
  const formats = new Map<number, string>();
  const xfFormatIds: number[] = [];
  for (const record of records(stream, 0, budget)) {
    const r = new RecordReader(record.segments);
    switch (record.type) {
      case R.FILEPASS:
        throw new EncryptedError("FILEPASS");
      case R.BOUNDSHEET: {
        const offset = r.u32();
        r.u8(); // visibility: hidden sheets are read too, as for an .xlsx
        const kind = r.u8();
        const name = biff5 ? r.byteString(r.u8(), 255, decode).text : r.shortString(255).text;
        if (kind !== 0) break; // chart, macro or dialog sheet: not a worksheet
        worksheetCount++;
        if (sheets.length < maxSheets) sheets.push({ name, offset });
        break;
      }
      case R.SST: {
        r.skip(4); // total references
        const unique = r.u32();
        while (strings.length < unique && r.remaining() > 0) strings.push(r.unicodeString(MAX_CELL_TEXT));
        break;
      }
      case R.FORMAT: {
        const id = r.u16();
        formats.set(id, biff5 ? r.byteString(r.u8(), 255, decode).text : r.unicodeString(MAX_CELL_TEXT, false).text);
        break;
      }
      case R.CODEPAGE: {
        if (biff5) decode = codePageDecoder(r.u16());
        break;
      }
      case R.XF:
        r.skip(2); // font
        xfFormatIds.push(r.u16());
        break;
    }
  }
  // "General" is no format at all, as exceljs gives for an .xlsx (LibreOffice names it in a FORMAT).
  const formatOf = (id: number): string | null => {
    const code = id === 0 ? null : (formats.get(id) ?? BUILT_IN_FORMATS[id] ?? null);
    return code === null || /^general$/i.test(code) ? null : code;
  };
  const xfFormats = xfFormatIds.map(formatOf);
  return { biff5, decode, sheets, worksheetCount, strings, xfFormats };
}

function readSheet(stream: Uint8Array, name: string, offset: number, globals: Globals, budget: Budget): XlsSheet {
  if (offset + 8 > stream.length || u16(stream, offset) !== R.BOF) throw new BiffError(`sheet "${name}" not found`);
  const cells = new Map<number, XlsCell>();
  const merges: CellRange[] = [];
  const hidden = new Set<number>();
  let pendingString: XlsCell | null = null; // a formula whose text result is in the next STRING

  /** Sets the cell a record names: 0-based row and column, then its XF (style) index. */
  const putAt = (row0: number, column0: number, xf: number, value: CellValue, cutFrom?: number): XlsCell => {
    const row = row0 + 1;
    const column = column0 + 1;
    const cell: XlsCell = { row, column, value, format: globals.xfFormats[xf] ?? null };
    if (cutFrom !== undefined) cell.cutFrom = cutFrom;
    cells.set(cellKey(row, column), cell); // a cell given twice: the later record wins
    return cell;
  };
  const put = (data: Uint8Array, value: CellValue, cutFrom?: number): XlsCell =>
    putAt(u16(data, 0), u16(data, 2), u16(data, 4), value, cutFrom);
  /** LABEL and STRING text: XLUnicodeString in BIFF8, 16-bit length and code-page bytes in BIFF5. */
  const text = (r: RecordReader) =>
    globals.biff5 ? r.byteString(r.u16(), MAX_CELL_TEXT, globals.decode) : r.unicodeString(MAX_CELL_TEXT, false);

  for (const record of records(stream, offset, budget)) {
    const data = record.segments[0];
    switch (record.type) {
      case R.LABELSST: {
        const entry = globals.strings[u32(data, 6)];
        if (!entry) throw new BiffError("shared string index out of range");
        put(data, entry.text, entry.cutFrom);
        break;
      }
      case R.LABEL:
      case R.RSTRING: {
        const r = new RecordReader(record.segments);
        r.skip(6);
        const s = text(r);
        put(data, s.text, s.cutFrom);
        break;
      }
      case R.NUMBER:
        put(data, numberValue(f64(data, 6)));
        break;
      case R.RK:
        put(data, numberValue(decodeRk(u32(data, 6))));
        break;
      case R.MULRK: {
        const row = u16(data, 0);
        const first = u16(data, 2);
        const count = Math.floor((data.length - 6) / 6);
        for (let i = 0; i < count; i++) {
          const at = 4 + i * 6;
          putAt(row, first + i, u16(data, at), numberValue(decodeRk(u32(data, at + 2))));
        }
        break;
      }
      case R.BOOLERR: {
        if (data.length < 8) throw new BiffError("record cut short");
        put(data, data[7] ? errorValue(data[6]) : data[6] !== 0);
        break;
      }
      case R.FORMULA: {
        if (data.length < 14) throw new BiffError("record cut short");
        pendingString = null;
        if (u16(data, 12) !== 0xffff) {
          put(data, numberValue(f64(data, 6)));
          break;
        }
        const kind = data[6];
        if (kind === 0) pendingString = put(data, null);
        else if (kind === 1) put(data, data[8] !== 0);
        else if (kind === 2) put(data, errorValue(data[8]));
        break; // 3: an empty string, no value
      }
      case R.STRING: {
        if (!pendingString) break;
        const s = text(new RecordReader(record.segments));
        pendingString.value = s.text;
        if (s.cutFrom !== undefined) pendingString.cutFrom = s.cutFrom;
        pendingString = null;
        break;
      }
      case R.MERGEDCELLS: {
        const count = Math.min(u16(data, 0), Math.floor((data.length - 2) / 8));
        for (let i = 0; i < count; i++) {
          const at = 2 + i * 8;
          const top = u16(data, at) + 1;
          const bottom = u16(data, at + 2) + 1;
          const left = u16(data, at + 4) + 1;
          const right = u16(data, at + 6) + 1;
          if (bottom >= top && right >= left && (bottom > top || right > left))
            merges.push({ top, left, bottom, right });
        }
        break;
      }
      case R.ROW:
        if (data.length >= 16 && data[12] & 0x20) hidden.add(u16(data, 0) + 1);
        break;
    }
  }
  return {
    name,
    cells,
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: [...hidden].sort((a, b) => a - b),
  };
}

/** Reads the worksheets of a BIFF8 workbook stream, at most `maxSheets` of them. */
export function readBiffWorkbook(stream: Uint8Array, maxSheets: number): XlsWorkbook {
  const budget: Budget = { scanned: 0 };
  const globals = readGlobals(stream, maxSheets, budget);
  const sheets = globals.sheets.map((s) => readSheet(stream, s.name, s.offset, globals, budget));
  return { sheets, worksheetCount: globals.worksheetCount };
}
