/**
 * A small BIFF8 (.xls) writer for tests: records by hand, inside a version-3 OLE compound file, so
 * tests can build what LibreOffice never writes (strings split across CONTINUE at any point, a
 * password record, a loop in the sector table, sheets far too large) and random workbooks for
 * property tests. Only what the reader reads; no styles beyond number formats.
 */
import { directoryEntry } from "../../scripts/bad-inputs/cfb";
import type { CellValue } from "../../src/core/grid";
import { BIFF_RECORDS } from "../../src/files/xls/biff-workbook";

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
/** Streams shorter than this live in the mini stream; ours are padded to it so they never do. */
const MINI_CUTOFF = 4096;

export function record(type: number, data: Uint8Array | number[]): Buffer {
  const body = Buffer.from(data as Uint8Array);
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, body]);
}

/** Record types, as the reader names them (the LibreOffice tests check them against real files). */
export const BIFF = BIFF_RECORDS;

export function bof(kind: "globals" | "sheet", version = 0x0600): Buffer {
  const data = Buffer.alloc(16);
  data.writeUInt16LE(version, 0);
  data.writeUInt16LE(kind === "globals" ? 0x0005 : 0x0010, 2);
  return record(BIFF.BOF, data);
}

export const eof = (): Buffer => record(BIFF.EOF, []);

/** An XLUnicodeString's characters: 8-bit when every code fits, else UTF-16LE; with its option byte. */
export function unicodeBody(text: string, wide = [...text].some((c) => c.charCodeAt(0) > 0xff)): Buffer {
  const chars = wide ? Buffer.from(text, "utf16le") : Buffer.from(Array.from(text, (c) => c.charCodeAt(0)));
  return Buffer.concat([Buffer.from([wide ? 1 : 0]), chars]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n, 0);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
}

function cellHead(row: number, column: number, xf: number): Buffer {
  return Buffer.concat([u16(row - 1), u16(column - 1), u16(xf)]);
}

export interface TestCell {
  row: number;
  column: number;
  value: CellValue;
  /** Index into the workbook's formats (0: General). */
  format?: number;
  /** Write a number as a FORMULA's cached result instead of a plain NUMBER. */
  asFormula?: boolean;
}

export interface TestSheet {
  name: string;
  cells: TestCell[];
  merges?: { top: number; left: number; bottom: number; right: number }[];
  hiddenRows?: number[];
}

export interface TestWorkbook {
  sheets: TestSheet[];
  /** Custom number formats; the cell's `format` n (≥ 1) uses formats[n - 1] (ids 164 + n - 1). */
  formats?: string[];
  /** Put a FILEPASS (password) record in the globals. */
  password?: boolean;
  /**
   * BIFF version in the BOF records: 0x0600 is BIFF8; 0x0500 writes BIFF5 (Excel 5.0/95): a "Book"
   * stream, no shared strings, text as code-page bytes (each character's code is one byte).
   */
  version?: number;
  /** BIFF5: the CODEPAGE record's value, when one is written. */
  codePage?: number;
  /** Maximum bytes of SST data per record before a CONTINUE (8,224 in real files). */
  sstChunk?: number;
}

const ERROR_CODES: Record<string, number> = {
  "#NULL!": 0,
  "#DIV/0!": 7,
  "#VALUE!": 15,
  "#REF!": 23,
  "#NAME?": 29,
  "#NUM!": 36,
  "#N/A": 42,
};

/** The SST record and its CONTINUEs, split every `chunk` bytes as Excel does (never inside a character). */
export function sstRecords(strings: string[], chunk: number): Buffer {
  const records: Buffer[] = [];
  let current: Buffer[] = [u32(strings.length), u32(strings.length)];
  let size = 8;
  const flush = (): void => {
    records.push(record(records.length === 0 ? BIFF.SST : BIFF.CONTINUE, Buffer.concat(current)));
    current = [];
    size = 0;
  };
  for (const text of strings) {
    const wide = [...text].some((c) => c.charCodeAt(0) > 0xff);
    const header = Buffer.concat([u16(text.length), Buffer.from([wide ? 1 : 0])]);
    if (size + header.length + (wide ? 2 : 1) > chunk) flush(); // the header and a first character together
    current.push(header);
    size += header.length;
    let at = 0;
    while (at < text.length) {
      const width = wide ? 2 : 1;
      const room = Math.floor((chunk - size) / width);
      if (room <= 0) {
        flush();
        current.push(Buffer.from([wide ? 1 : 0])); // a CONTINUE inside characters starts with the option byte
        size = 1;
        continue;
      }
      const piece = text.slice(at, at + room);
      const bytes = wide ? Buffer.from(piece, "utf16le") : Buffer.from(Array.from(piece, (c) => c.charCodeAt(0)));
      current.push(bytes);
      size += bytes.length;
      at += piece.length;
    }
  }
  flush();
  return Buffer.concat(records);
}

/**
 * A formula that computes its own cached result (so a spreadsheet that recalculates on load gets
 * the same value): a number constant (ptgNum), or text as string constants (ptgStr, at most 255
 * characters each) joined by ptgConcat. Its length (cce) first.
 */
function formulaOf(value: number | string): Buffer {
  const tokens: Buffer[] = [];
  if (typeof value === "number") {
    const n = Buffer.alloc(9);
    n[0] = 0x1f;
    n.writeDoubleLE(value, 1);
    tokens.push(n);
  } else {
    for (let at = 0; at < value.length || at === 0; at += 255) {
      const piece = value.slice(at, at + 255);
      tokens.push(Buffer.from([0x17, piece.length]), unicodeBody(piece));
      if (at > 0) tokens.push(Buffer.from([0x08]));
    }
  }
  const rgce = Buffer.concat(tokens);
  return Buffer.concat([u16(rgce.length), rgce]);
}

/** BIFF5 text: one byte per character (the character's code), after an 8- or 16-bit length. */
function bytes8(text: string, lengthBytes: 1 | 2): Buffer {
  const codes = Array.from(text, (c) => c.charCodeAt(0));
  if (codes.some((c) => c > 0xff)) throw new Error(`not 8-bit text: ${text}`);
  return Buffer.concat([lengthBytes === 1 ? Buffer.from([codes.length]) : u16(codes.length), Buffer.from(codes)]);
}

const LABEL = 0x0204;

function sheetStream(sheet: TestSheet, sst: Map<string, number>, biff5: boolean): Buffer {
  const out: Buffer[] = [bof("sheet")];
  for (const row of sheet.hiddenRows ?? []) {
    const data = Buffer.alloc(16);
    data.writeUInt16LE(row - 1, 0);
    data.writeUInt16LE(0x20, 12); // fDyZero: hidden
    out.push(record(BIFF.ROW, data));
  }
  for (const cell of sheet.cells) {
    const xf = cell.format ?? 0;
    const head = cellHead(cell.row, cell.column, xf);
    const v = cell.value;
    if (typeof v === "string") {
      if (cell.asFormula) {
        const result = Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]);
        out.push(record(BIFF.FORMULA, Buffer.concat([head, result, u16(0), u32(0), formulaOf(v)])));
        out.push(record(BIFF.STRING, biff5 ? bytes8(v, 2) : Buffer.concat([u16(v.length), unicodeBody(v)])));
      } else if (biff5) out.push(record(LABEL, Buffer.concat([head, bytes8(v, 2)])));
      else out.push(record(BIFF.LABELSST, Buffer.concat([head, u32(sst.get(v) as number)])));
    } else if (typeof v === "number") {
      const n = Buffer.alloc(8);
      n.writeDoubleLE(v, 0);
      if (cell.asFormula) out.push(record(BIFF.FORMULA, Buffer.concat([head, n, u16(0), u32(0), formulaOf(v)])));
      else out.push(record(BIFF.NUMBER, Buffer.concat([head, n])));
    } else if (typeof v === "boolean") {
      out.push(record(BIFF.BOOLERR, Buffer.concat([head, Buffer.from([v ? 1 : 0, 0])])));
    } else if (v && typeof v === "object") {
      out.push(record(BIFF.BOOLERR, Buffer.concat([head, Buffer.from([ERROR_CODES[v.error] ?? 15, 1])])));
    }
  }
  if (sheet.merges?.length) {
    const parts = [u16(sheet.merges.length)];
    for (const m of sheet.merges) parts.push(u16(m.top - 1), u16(m.bottom - 1), u16(m.left - 1), u16(m.right - 1));
    out.push(record(BIFF.MERGEDCELLS, Buffer.concat(parts)));
  }
  out.push(eof());
  return Buffer.concat(out);
}

/** The Workbook stream of `book`. */
export function workbookStream(book: TestWorkbook): Buffer {
  const biff5 = book.version === 0x0500;
  const strings: string[] = [];
  const sst = new Map<string, number>();
  for (const sheet of book.sheets)
    for (const c of sheet.cells)
      if (typeof c.value === "string" && !c.asFormula && !sst.has(c.value)) {
        sst.set(c.value, strings.length);
        strings.push(c.value);
      }
  const formats = book.formats ?? [];
  const globalsHead: Buffer[] = [bof("globals", book.version)];
  if (book.password) globalsHead.push(record(BIFF.FILEPASS, [0, 0]));
  if (biff5 && book.codePage !== undefined) globalsHead.push(record(BIFF.CODEPAGE, u16(book.codePage)));
  formats.forEach((code, i) =>
    globalsHead.push(
      record(
        BIFF.FORMAT,
        Buffer.concat([u16(164 + i), biff5 ? bytes8(code, 1) : Buffer.concat([u16(code.length), unicodeBody(code)])]),
      ),
    ),
  );
  const xf = (formatId: number): Buffer => {
    const data = Buffer.alloc(20);
    data.writeUInt16LE(formatId, 2);
    return record(BIFF.XF, data);
  };
  globalsHead.push(xf(0), ...formats.map((_, i) => xf(164 + i)));
  const tail = biff5 ? eof() : Buffer.concat([sstRecords(strings, book.sstChunk ?? 8224), eof()]);
  const sheetStreams = book.sheets.map((s) => sheetStream(s, sst, biff5));
  const names = book.sheets.map((s) =>
    biff5 ? bytes8(s.name, 1) : Buffer.concat([Buffer.from([s.name.length]), unicodeBody(s.name)]),
  );
  const boundLength = names.reduce((n, name) => n + 4 + 6 + name.length, 0);
  let offset = Buffer.concat(globalsHead).length + boundLength + tail.length;
  const bounds = book.sheets.map((_, i) => {
    const r = record(BIFF.BOUNDSHEET, Buffer.concat([u32(offset), Buffer.from([0, 0]), names[i]]));
    offset += sheetStreams[i].length;
    return r;
  });
  return Buffer.concat([...globalsHead, ...bounds, tail, ...sheetStreams]);
}

/**
 * A version-3 compound file holding `streams` in the root storage. A stream is zero-padded to the
 * mini-stream cutoff or to `padTo`, or, with `mini` (and under 4,096 bytes), kept in the mini
 * stream as small streams are. Past 109 sectors of allocation table, the rest are listed in DIFAT
 * sectors.
 */
export function compoundFile(streams: { name: string; data: Uint8Array; padTo?: number; mini?: boolean }[]): Buffer {
  const MINI = 64;
  const pad = (data: Uint8Array, size: number, unit: number): Buffer => {
    const out = Buffer.alloc(Math.ceil(size / unit) * unit);
    Buffer.from(data).copy(out);
    return out;
  };
  // Small streams: 64-byte mini sectors inside the root entry's data, chained by the mini FAT.
  const miniParts: Buffer[] = [];
  const miniFatEntries: number[] = [];
  const miniStarts = streams.map((s) => {
    if (!s.mini || s.data.length >= MINI_CUTOFF) return -1;
    const first = miniFatEntries.length;
    const count = Math.max(1, Math.ceil(s.data.length / MINI));
    for (let k = 0; k < count; k++) miniFatEntries.push(k === count - 1 ? END_OF_CHAIN : first + k + 1);
    miniParts.push(pad(s.data, count * MINI, MINI));
    return first;
  });
  const miniData = Buffer.concat(miniParts);
  const miniFat = new Uint32Array(Math.ceil(miniFatEntries.length / (SECTOR / 4)) * (SECTOR / 4)).fill(FREE);
  miniFat.set(miniFatEntries);
  // Chains in regular sectors: the mini FAT, the mini stream's container, then the other streams.
  const chains: Buffer[] = [Buffer.from(miniFat.buffer), pad(miniData, miniData.length, SECTOR)];
  const sizes = streams.map((s, i) =>
    miniStarts[i] < 0 ? Math.max(s.data.length, MINI_CUTOFF, s.padTo ?? 0) : s.data.length,
  );
  streams.forEach((s, i) => {
    if (miniStarts[i] < 0) chains.push(pad(s.data, sizes[i], SECTOR));
  });
  const dataSectors = chains.reduce((n, b) => n + b.length / SECTOR, 0);
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  // The FAT's own sectors are listed in the header (109) and then in DIFAT sectors (127 each).
  const perSector = SECTOR / 4;
  let fatSectors = 1;
  let difatSectors = 0;
  for (;;) {
    difatSectors = Math.max(0, Math.ceil((fatSectors - 109) / (perSector - 1)));
    if (fatSectors * perSector >= fatSectors + difatSectors + dirSectors + dataSectors) break;
    fatSectors++;
  }
  const fat = new Uint32Array(fatSectors * perSector).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  for (let i = 0; i < difatSectors; i++) fat[fatSectors + i] = DIFAT_SECTOR;
  const chainOf = (first: number, count: number): void => {
    for (let k = 0; k < count; k++) fat[first + k] = k === count - 1 ? END_OF_CHAIN : first + k + 1;
  };
  const dirStart = fatSectors + difatSectors;
  chainOf(dirStart, dirSectors);
  let next = dirStart + dirSectors;
  const starts = chains.map((b) => {
    const start = b.length ? next : END_OF_CHAIN;
    chainOf(next, b.length / SECTOR);
    next += b.length / SECTOR;
    return start;
  });
  const difat = new Uint32Array(difatSectors * perSector).fill(FREE);
  for (let d = 0; d < difatSectors; d++) {
    for (let k = 0; k < perSector - 1; k++) {
      const fatIndex = 109 + d * (perSector - 1) + k;
      if (fatIndex < fatSectors) difat[d * perSector + k] = fatIndex;
    }
    difat[d * perSector + perSector - 1] = d + 1 < difatSectors ? fatSectors + d + 1 : END_OF_CHAIN;
  }
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48); // the directory follows the FAT and the DIFAT
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(starts[0], 60); // the mini FAT
  header.writeUInt32LE(chains[0].length / SECTOR, 64);
  header.writeUInt32LE(difatSectors ? fatSectors : END_OF_CHAIN, 68);
  header.writeUInt32LE(difatSectors, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 76 + 4 * i);
  // A degenerate but valid tree: each stream's right sibling is the next one.
  const root = directoryEntry(
    "Root Entry",
    5,
    NO_STREAM,
    NO_STREAM,
    streams.length ? 1 : NO_STREAM,
    starts[1],
    miniData.length,
  );
  const dir = [root];
  let regular = 2;
  streams.forEach((s, i) => {
    const sibling = i + 1 < streams.length ? i + 2 : NO_STREAM;
    const mini = miniStarts[i] >= 0;
    const start = mini ? miniStarts[i] : starts[regular++];
    dir.push(directoryEntry(s.name, 2, NO_STREAM, sibling, NO_STREAM, start, mini ? s.data.length : sizes[i]));
  });
  const dirBytes = Buffer.alloc(dirSectors * SECTOR);
  Buffer.concat(dir).copy(dirBytes);
  return Buffer.concat([header, Buffer.from(fat.buffer), Buffer.from(difat.buffer), dirBytes, ...chains]);
}

/**
 * A hostile .xls: one sheet of `bigRows` numbers, then `others` one-cell sheets whose BOUNDSHEET
 * records all point at the big sheet's substream (so reading every sheet would re-read it).
 */
export function sheetsSharingOneSubstream(bigRows: number, others: number): Buffer {
  const big: TestCell[] = Array.from({ length: bigRows }, (_, i) => ({ row: i + 1, column: 1, value: i }));
  const small = Array.from({ length: others }, (_, i) => ({ name: `S${i}`, cells: [{ row: 1, column: 1, value: i }] }));
  const stream = workbookStream({ sheets: [{ name: "Big", cells: big }, ...small] });
  let first = -1;
  for (let at = 0; at + 4 <= stream.length; at += 4 + stream.readUInt16LE(at + 2)) {
    if (stream.readUInt16LE(at) !== BIFF.BOUNDSHEET) continue;
    if (first < 0) first = stream.readUInt32LE(at + 4);
    else stream.writeUInt32LE(first, at + 4);
  }
  return compoundFile([{ name: "Workbook", data: stream }]);
}

/** A whole .xls from `book`. */
export function writeXls(book: TestWorkbook): Buffer {
  return compoundFile([{ name: book.version === 0x0500 ? "Book" : "Workbook", data: workbookStream(book) }]);
}
