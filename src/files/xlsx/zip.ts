/**
 * The zip under an .xlsx, read synchronously from its central directory, strictly: a truncated file,
 * a duplicate entry, an entry over the size limits, a wrong CRC or a size other than declared is an
 * XlsxDamage, never a silently different workbook. Only the entries asked for are inflated, each
 * into a buffer of its declared size, in bounded steps, so a zip bomb (declared honestly or not)
 * stops at the limit after a few megabytes of work. Pure: Uint8Array in, no Node APIs.
 *
 * fflate's streaming Inflate does the DEFLATE decoding (a small, dependency-free, well-kept library);
 * the zip structure is walked here because fflate's unzipSync neither checks CRCs nor bounds output.
 */
import { Inflate, inflateSync } from "fflate";
import { MAX_PART_BYTES, MAX_UNZIPPED_BYTES } from "../../core/limits";
import { crc32 } from "./crc32";
import { XlsxDamage } from "./damage";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  partBytes: number;
  totalBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes handed to the inflater per step: at most ~1,032× this comes out of one step. */
const INFLATE_STEP = 32 * 1024;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new XlsxDamage("invalid-utf8", "", "a zip entry name is not valid UTF-8");
    }
  }
  return latin1(bytes);
}

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = { partBytes: MAX_PART_BYTES, totalBytes: MAX_UNZIPPED_BYTES },
  ) {
    this.readDirectory();
  }

  /** Entry names, in directory order. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  private readDirectory(): void {
    const b = this.bytes;
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new XlsxDamage("truncated", "", "end of central directory not found");
    const count = u16(b, eocd + 10);
    const size = u32(b, eocd + 12);
    const offset = u32(b, eocd + 16);
    if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
      throw new XlsxDamage("compression", "", "zip64 archives are not supported");
    }
    if (offset + size > eocd) throw new XlsxDamage("truncated", "", "central directory runs past its end record");
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || u32(b, p) !== CENTRAL_SIGNATURE) {
        throw new XlsxDamage("truncated", "", `central directory entry ${n + 1} of ${count} missing`);
      }
      const flags = u16(b, p + 8);
      const nameLength = u16(b, p + 28);
      const extraLength = u16(b, p + 30);
      const commentLength = u16(b, p + 32);
      if (p + 46 + nameLength > eocd) throw new XlsxDamage("truncated", "", "central directory entry cut");
      const name = entryName(b.subarray(p + 46, p + 46 + nameLength), flags);
      const entry: ZipEntry = {
        name,
        flags,
        method: u16(b, p + 10),
        crc: u32(b, p + 16),
        compressedSize: u32(b, p + 20),
        size: u32(b, p + 24),
        localOffset: u32(b, p + 42),
      };
      // OPC part names compare without case: "xl/Workbook.xml" and "xl/workbook.xml" are the same part.
      const key = name.toLowerCase();
      if (this.entries.has(key)) throw new XlsxDamage("duplicate-entry", name, "the zip holds this entry twice");
      this.entries.set(key, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The entry's bytes, checked against its declared size and CRC, or undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const { bytes: b, limits } = this;
    if (entry.flags & 1) throw new XlsxDamage("encrypted-entry", entry.name, "zip-level encryption");
    if (entry.size > limits.partBytes) {
      throw new XlsxDamage("too-large", entry.name, `declares ${entry.size} bytes, over ${limits.partBytes}`);
    }
    if (this.inflated + entry.size > limits.totalBytes) {
      throw new XlsxDamage("too-large", entry.name, `parts read total over ${limits.totalBytes} bytes`);
    }
    const local = entry.localOffset;
    if (local + 30 > b.length) throw new XlsxDamage("truncated", entry.name, "local header past the end");
    if (u32(b, local) !== LOCAL_SIGNATURE) throw new XlsxDamage("truncated", entry.name, "local header missing");
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new XlsxDamage("truncated", entry.name, "entry data runs past the end of the file");
    const data = b.subarray(start, end);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) {
        throw new XlsxDamage("size-mismatch", entry.name, "stored entry with two different sizes");
      }
      out = data;
    } else if (entry.method === 8) {
      out = inflateBounded(data, entry);
    } else {
      throw new XlsxDamage("compression", entry.name, `compression method ${entry.method}`);
    }
    if (crc32(out) !== entry.crc) throw new XlsxDamage("crc", entry.name, "CRC-32 mismatch");
    this.inflated += entry.size;
    return out;
  }
}

/**
 * Inflates into a buffer of exactly the declared size; stops as soon as more would come out.
 * A small entry (at most one step of compressed data) is inflated in one call into a fixed buffer
 * one byte larger than declared, which cannot grow: output past it is dropped and detected, and the
 * work is bounded by the step as in the streaming path.
 */
function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (data.length <= INFLATE_STEP) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (error) {
      throw new XlsxDamage(
        "bad-deflate",
        entry.name,
        `deflate data: ${error instanceof Error ? error.message : error}`,
      );
    }
    if (out.length !== entry.size) {
      throw new XlsxDamage(
        "size-mismatch",
        entry.name,
        `inflates to another size than its declared ${entry.size} bytes`,
      );
    }
    return out;
  }
  return inflateStreaming(data, entry);
}

function inflateStreaming(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > out.length) {
      throw new XlsxDamage("size-mismatch", entry.name, `inflates past its declared ${entry.size} bytes`);
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof XlsxDamage) throw error;
    throw new XlsxDamage("bad-deflate", entry.name, `deflate data: ${error instanceof Error ? error.message : error}`);
  }
  if (!ended || written !== entry.size) {
    throw new XlsxDamage("size-mismatch", entry.name, `inflated ${written} of ${entry.size} declared bytes`);
  }
  return out;
}
