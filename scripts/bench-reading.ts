/**
 * Reading commune files (issue 14), figures side by side in one run:
 *   reader:   the project's .xlsx reader, exceljs's load, and the floor (fflate's unzipSync of the
 *             whole file plus one scan of the sheet XML for "<"), on the same 100 returns held in
 *             memory; medians of 5 rounds, the three alternating file by file so a busy machine
 *             slows all alike (readerToFloor is the median of the rounds' ratios).
 *   memory:   peak RSS of a fresh process reading 1,000 returns and keeping their grids.
 *   hostile:  time and peak RSS of a fresh process reading the worst files: zip bombs (1 GB declared
 *             honestly, 3.5 GB declared, and one that lies about its size) and a far corner cell.
 * Run alone: `npm run build:cli && node dist-cli/scripts/bench-reading.js` (writes out/bench-reading.json).
 */
import { spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { readWorkbookBytes } from "../src/files/read-workbook-buffer";
import { writeReturnFiles } from "./bench-files";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "out");
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The least any reader must do: unzip everything, decode each sheet's XML and look at every tag. */
function floor(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  let tags = 0;
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const text = decoder.decode(data);
    for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) tags++;
  }
  return tags;
}

async function exceljsLoad(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb.worksheets.length;
}

export interface ReaderFigures {
  files: number;
  readerMs: number;
  exceljsLoadMs: number;
  floorMs: number;
  /** reader / floor (target ≤ 2) and exceljs / reader. */
  readerToFloor: number;
  exceljsToReader: number;
}

export async function readerFigures(paths: string[]): Promise<ReaderFigures> {
  const all = paths.map((p) => new Uint8Array(readFileSync(p)));
  const rounds = { reader: [] as number[], exceljs: [] as number[], floor: [] as number[] };
  // warm-up
  for (const b of all.slice(0, 10)) {
    readWorkbookBytes(b, "w");
    floor(b);
    await exceljsLoad(b);
  }
  // Per file, the three alternate (floor, reader, exceljs), so load from other processes on a shared
  // machine falls on all three alike; each round sums over the 100 files.
  for (let round = 0; round < 5; round++) {
    let f = 0;
    let r = 0;
    let e = 0;
    for (const b of all) {
      let t = now();
      floor(b);
      f += now() - t;
      t = now();
      readWorkbookBytes(b, "r");
      r += now() - t;
      t = now();
      await exceljsLoad(b);
      e += now() - t;
    }
    rounds.floor.push(f);
    rounds.reader.push(r);
    rounds.exceljs.push(e);
  }
  const readerMs = median(rounds.reader);
  const floorMs = median(rounds.floor);
  const ratios = rounds.reader.map((r, i) => r / rounds.floor[i]);
  const exceljsLoadMs = median(rounds.exceljs);
  return {
    files: all.length,
    readerMs: round1(readerMs),
    exceljsLoadMs: round1(exceljsLoadMs),
    floorMs: round1(floorMs),
    readerToFloor: Math.round(median(ratios) * 100) / 100,
    exceljsToReader: Math.round((exceljsLoadMs / readerMs) * 100) / 100,
  };
}

interface ChildFigures {
  ms: number;
  peakRssMb: number;
  findings: string[];
  grids: number;
}

/** Reads `files` in a fresh process (bench-reading-child.js) and gives its time and peak memory. */
export function inChild(files: string[]): ChildFigures {
  const child = spawnSync(process.execPath, [path.join(__dirname, "bench-reading-child.js"), ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`reader child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ChildFigures;
}

/** A raw DEFLATE stream of `bytes` zero bytes in fixed-Huffman copies of 258: ~13 bits per copy. */
function deflateZeros(bytes: number): Uint8Array {
  const copies = Math.floor((bytes - 1) / 258);
  const rest = bytes - 1 - copies * 258;
  const out = new Uint8Array(Math.ceil(((copies + rest + 4) * 13 + 20) / 8) + 16);
  let bit = 0;
  const put = (value: number, length: number) => {
    for (let i = 0; i < length; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  const putReversed = (code: number, length: number) => {
    for (let i = length - 1; i >= 0; i--, bit++) if ((code >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  put(1, 1); // final block
  put(1, 2); // fixed Huffman
  putReversed(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    putReversed(0xc5, 8); // length 258 (symbol 285)
    putReversed(0, 5); // distance 1
  }
  for (let i = 0; i < rest; i++) putReversed(0x30, 8);
  putReversed(0, 7); // end of block (256)
  return out.subarray(0, (bit + 7) >> 3);
}

/** A zip whose sheet1.xml inflates to `size` bytes while the directory declares `declared`. */
function bombXlsx(size: number, declared: number): Uint8Array {
  const data = deflateZeros(size);
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  const rels = new TextEncoder().encode(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const wb = new TextEncoder().encode(
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Bom" sheetId="1" r:id="r"/></sheets></workbook>',
  );
  const small = zipSync({ "xl/workbook.xml": wb, "xl/_rels/workbook.xml.rels": rels }, { level: 0 });
  // Append the bomb entry by hand: local header + data, then rebuild the central directory.
  const entries: { name: Uint8Array; data: Uint8Array; method: number; size: number; crc: number }[] = [];
  const small2 = unzipSync(small);
  for (const [n, d] of Object.entries(small2)) {
    entries.push({ name: new TextEncoder().encode(n), data: d, method: 0, size: d.length, crc: crcOf(d) });
  }
  entries.push({ name, data, method: 8, size: declared, crc: 0 });
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = new Uint8Array(30 + e.name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, e.method, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, e.size >>> 0, true);
    v.setUint16(26, e.name.length, true);
    local.set(e.name, 30);
    const c = new Uint8Array(46 + e.name.length);
    const w = new DataView(c.buffer);
    w.setUint32(0, 0x02014b50, true);
    w.setUint16(4, 20, true);
    w.setUint16(6, 20, true);
    w.setUint16(10, e.method, true);
    w.setUint32(16, e.crc, true);
    w.setUint32(20, e.data.length, true);
    w.setUint32(24, e.size >>> 0, true);
    w.setUint16(28, e.name.length, true);
    w.setUint32(42, offset, true);
    c.set(e.name, 46);
    central.push(c);
    parts.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const x = new DataView(end.buffer);
  x.setUint32(0, 0x06054b50, true);
  x.setUint16(8, entries.length, true);
  x.setUint16(10, entries.length, true);
  x.setUint32(12, centralSize, true);
  x.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const bytes = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

function crcOf(data: Uint8Array): number {
  let c = -1;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

async function farCornerXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Xã Xa");
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]);
  ws.addRow([1, "Thu ngân sách", "triệu đồng", 100, 120]);
  ws.getCell("XFD1048576").value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function hostileFigures(dir: string): Promise<Record<string, ChildFigures>> {
  await fs.mkdir(dir, { recursive: true });
  const cases: Record<string, Uint8Array> = {
    "bomb-1gb-declared": bombXlsx(1024 ** 3, 1024 ** 3),
    "bomb-3.5gb-declared": bombXlsx(3.5 * 1024 ** 3, 3.5 * 1024 ** 3),
    "bomb-1gb-lying-100kb": bombXlsx(1024 ** 3, 100 * 1024),
    "far-corner-cell": await farCornerXlsx(),
  };
  const out: Record<string, ChildFigures> = {};
  for (const [name, bytes] of Object.entries(cases)) {
    const file = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(file, bytes);
    out[name] = { ...inChild([file]), sizeKb: Math.round(bytes.length / 1024) } as ChildFigures;
  }
  return out;
}

export interface ReadingFigures {
  reader: ReaderFigures;
  memory: { files: number; ms: number; peakRssMb: number };
  hostile: Record<string, ChildFigures>;
}

/** Everything above, on `paths100` (the 100 benchmark returns); prints one line per figure. */
export async function readingFigures(paths100: string[]): Promise<ReadingFigures> {
  const reader = await readerFigures(paths100);
  console.log(
    `reader: ${reader.files} returns: reader ${reader.readerMs} ms, exceljs load ${reader.exceljsLoadMs} ms, floor ` +
      `${reader.floorMs} ms → reader/floor ${reader.readerToFloor}× (target ≤ 2), exceljs/reader ${reader.exceljsToReader}×`,
  );
  const many = path.join(OUT, "bench-returns-1000");
  await fs.rm(many, { recursive: true, force: true });
  await fs.mkdir(many, { recursive: true });
  const files1000: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const file = path.join(many, `xa-${String(i + 1).padStart(4, "0")}.xlsx`);
    await fs.copyFile(paths100[i % paths100.length], file);
    files1000.push(file);
  }
  const m = inChild(files1000);
  const memory = { files: 1000, ms: Math.round(m.ms), peakRssMb: Math.round(m.peakRssMb) };
  console.log(`memory: ${memory.files} returns read and kept in ${memory.ms} ms, peak RSS ${memory.peakRssMb} MB`);
  const hostile = await hostileFigures(path.join(OUT, "bench-hostile"));
  for (const [name, f] of Object.entries(hostile)) {
    console.log(
      `hostile: ${name}: ${Math.round(f.ms)} ms, peak RSS ${Math.round(f.peakRssMb)} MB → ${f.findings.join(", ")}`,
    );
  }
  await fs.rm(path.join(OUT, "bench-hostile"), { recursive: true, force: true });
  await fs.rm(many, { recursive: true, force: true });
  return { reader, memory, hostile };
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const paths100 = await writeReturnFiles(path.join(OUT, "bench-returns"), 100);
  const result = { ...(await readingFigures(paths100)), measuredAt: new Date().toISOString() };
  await fs.writeFile(path.join(OUT, "bench-reading.json"), JSON.stringify(result, null, 2));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
