/**
 * exceljs (through JSZip) stamps every zip entry with the time of writing, so two runs give
 * different bytes. This sets every entry's DOS date and time to one fixed moment, in both the
 * local headers and the central directory, so the example files are byte-stable.
 */

const EOCD = 0x06054b50; // end of central directory
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A date as the two 16-bit DOS fields zip uses (local time fields; we take the UTC parts). */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) {
    if (zip.readUInt32LE(p) === EOCD) return p;
  }
  throw new Error("not a zip: no end of central directory");
}

/** A copy of `zip` with every entry's timestamp set to `when`. */
export function withFixedZipTimes(input: Uint8Array, when: Date): Buffer {
  const zip = Buffer.from(input);
  const stamp = dosDateTime(when);
  const eocd = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`zip: bad central directory entry ${i}`);
    zip.writeUInt16LE(stamp.time, p + 12);
    zip.writeUInt16LE(stamp.date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip: bad local header for entry ${i}`);
    zip.writeUInt16LE(stamp.time, local + 10);
    zip.writeUInt16LE(stamp.date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
