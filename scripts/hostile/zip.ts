/**
 * A small zip writer for the hostile corpus: it writes what a careful writer would not (a wrong CRC,
 * the same name twice, a part that inflates to gigabytes from a few MB, any bytes as a part).
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipPart {
  name: string;
  /** The part's bytes, deflated here. */
  data?: Uint8Array | string;
  /** Or already deflated (raw deflate), with the sizes and CRC to declare. */
  deflated?: { bytes: Uint8Array; size: number; crc: number };
  /** Declare this CRC instead of the right one. */
  crc?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** The zip's bytes (DOS time fixed at 1 Jan 2022 so the corpus is byte-stable). */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const time = 0;
  const date = ((2022 - 1980) << 9) | (1 << 5) | 1;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    let compressed: Uint8Array;
    let size: number;
    let crc: number;
    if (part.deflated) ({ bytes: compressed, size, crc } = part.deflated);
    else {
      const data = typeof part.data === "string" ? Buffer.from(part.data, "utf8") : Buffer.from(part.data ?? []);
      compressed = deflateRawSync(data);
      size = data.length;
      crc = crc32(data);
    }
    if (part.crc !== undefined) crc = part.crc;
    const common = Buffer.concat([
      u16(20),
      u16(0x0800),
      u16(8),
      u16(time),
      u16(date),
      u32(crc),
      u32(compressed.length),
      u32(size),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local, Buffer.from(compressed));
    offset += local.length + compressed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(dir.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * A part of `prefix`, `unit` repeated `times`, then `suffix`, deflated without ever holding it whole:
 * the unit is deflated once after a priming run (so its back-references reach only copies of itself),
 * and that block is repeated. 1 GB of spaces costs about 1 MB and a second or two (the CRC).
 */
export async function repeatedPart(
  prefix: string,
  unit: string,
  times: number,
  suffix: string,
): Promise<NonNullable<ZipPart["deflated"]>> {
  const unitBytes = Buffer.from(unit, "utf8");
  const prime = Math.ceil(32768 / unitBytes.length) + 1;
  if (times <= prime) throw new Error("repeatedPart: too few repetitions");
  const stream = createDeflateRaw({ level: 9 });
  let pending: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => pending.push(chunk));
  const flush = (data: Buffer, kind: number): Promise<Buffer> =>
    new Promise((resolve) => {
      stream.write(data);
      stream.flush(kind, () => {
        const out = Buffer.concat(pending);
        pending = [];
        resolve(out);
      });
    });
  const head = await flush(
    Buffer.concat([Buffer.from(prefix, "utf8"), ...Array<Buffer>(prime).fill(unitBytes)]),
    constants.Z_SYNC_FLUSH,
  );
  const block = await flush(unitBytes, constants.Z_SYNC_FLUSH);
  const tail = await flush(Buffer.from(suffix, "utf8"), constants.Z_FINISH);
  stream.destroy();
  const chunks: Buffer[] = [head];
  for (let i = prime; i < times; i++) chunks.push(block);
  chunks.push(tail);
  let crc = crc32(prefix);
  for (let i = 0; i < times; i++) crc = crc32(unitBytes, crc);
  crc = crc32(suffix, crc);
  return {
    bytes: Buffer.concat(chunks),
    size: Buffer.byteLength(prefix) + unitBytes.length * times + Buffer.byteLength(suffix),
    crc,
  };
}
