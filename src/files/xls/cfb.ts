/**
 * A bounded reader of the OLE compound file (CFB, [MS-CFB]) that wraps an .xls: just enough to
 * pull one stream ("Workbook") out of the root storage. The file is untrusted, so every sector
 * number is checked against the file, every chain is followed at most once per sector (a loop in
 * the allocation table stops with an error instead of spinning), and no stream can grow larger
 * than the file itself. Errors are thrown as CfbError and turned into findings by the caller.
 * Pure: works on a Uint8Array, no Node APIs.
 */

export class CfbError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIR_ENTRY_SIZE = 128;
const NO_STREAM = 0xffffffff;

const enum EntryType {
  Storage = 1,
  Stream = 2,
  Root = 5,
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** A stream of the root storage by name (case-insensitive, as CFB compares), or null. */
  stream(name: string): Uint8Array | null;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || !SIGNATURE.every((v, i) => bytes[i] === v)) throw new CfbError("not an OLE file");
  const sectorShift = u16(bytes, 0x1e);
  const miniShift = u16(bytes, 0x20);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw new CfbError("bad sector size");
  const sectorSize = 1 << sectorShift;
  const miniSize = 1 << miniShift;
  const miniCutoff = u32(bytes, 0x38);
  // Sector n starts at (n + 1) × sectorSize (the header fills sector -1); a last sector may be cut short.
  const sectorCount = Math.ceil(Math.max(0, bytes.length - sectorSize) / sectorSize);
  const perSector = sectorSize / 4;

  const sectorOffset = (n: number): number => {
    if (n >= sectorCount) throw new CfbError(`sector ${n} beyond the end of the file`);
    return (n + 1) * sectorSize;
  };

  // The allocation table (FAT): its sectors are listed in the header, then in a DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = u32(bytes, 0x2c);
  if (fatCount > sectorCount) throw new CfbError("allocation table larger than the file");
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatCount; i++) {
    fatSectors.push(u32(bytes, 0x4c + i * 4));
  }
  let difat = u32(bytes, 0x44);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatCount) {
    if (difat === END_OF_CHAIN || difat === FREE_SECTOR || seenDifat.has(difat)) {
      throw new CfbError("allocation table list broken");
    }
    seenDifat.add(difat);
    const at = sectorOffset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, at + i * 4));
    difat = u32(bytes, at + (perSector - 1) * 4);
  }
  /** The entries of a table (FAT or mini FAT) kept in `sectors`; entries past the file's end are free. */
  const table = (sectors: number[]): Uint32Array => {
    const out = new Uint32Array(sectors.length * perSector);
    sectors.forEach((sector, i) => {
      const at = sectorOffset(sector);
      for (let j = 0; j < perSector; j++)
        out[i * perSector + j] = at + j * 4 + 4 <= bytes.length ? u32(bytes, at + j * 4) : FREE_SECTOR;
    });
    return out;
  };
  const fat = table(fatSectors);

  /** The sectors of a chain, each visited once; a loop or a sector outside the table is an error. */
  const chain = (table: Uint32Array, start: number, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    let n = start;
    while (n !== END_OF_CHAIN) {
      if (n >= table.length || n >= limit || seen.has(n)) throw new CfbError("broken sector chain");
      seen.add(n);
      out.push(n);
      n = table[n];
    }
    return out;
  };

  const readChain = (start: number, size: number): Uint8Array => {
    if (size > bytes.length) throw new CfbError("stream larger than the file");
    const out = new Uint8Array(size);
    let filled = 0;
    for (const sector of chain(fat, start, sectorCount)) {
      if (filled >= size) break;
      const at = sectorOffset(sector);
      const piece = bytes.subarray(at, Math.min(at + sectorSize, bytes.length, at + size - filled));
      out.set(piece, filled);
      filled += piece.length;
    }
    if (filled < size) throw new CfbError("stream cut short");
    return out;
  };

  // The directory: a chain of 128-byte entries.
  const dirSectors = chain(fat, u32(bytes, 0x30), sectorCount);
  const entries: DirEntry[] = [];
  for (const sector of dirSectors) {
    const at = sectorOffset(sector);
    for (let k = 0; k + DIR_ENTRY_SIZE <= sectorSize && at + k + DIR_ENTRY_SIZE <= bytes.length; k += DIR_ENTRY_SIZE) {
      const e = at + k;
      const nameBytes = Math.min(u16(bytes, e + 64), 64);
      let name = "";
      for (let c = 0; c + 2 <= nameBytes - 2; c += 2) name += String.fromCharCode(u16(bytes, e + c));
      entries.push({
        name,
        type: bytes[e + 66],
        left: u32(bytes, e + 68),
        right: u32(bytes, e + 72),
        child: u32(bytes, e + 76),
        start: u32(bytes, e + 116),
        // Version 3 files keep only the low 32 bits; a high part is never meaningful for an .xls.
        size: u32(bytes, e + 120),
      });
    }
  }
  const root = entries[0];
  if (!root || root.type !== EntryType.Root) throw new CfbError("no root storage");

  // The children of the root: a tree through left/right siblings, each entry visited once.
  const children: DirEntry[] = [];
  const seenEntries = new Set<number>();
  const pendingIds = [root.child];
  while (pendingIds.length > 0) {
    const id = pendingIds.pop() as number;
    if (id === NO_STREAM) continue;
    if (id >= entries.length || seenEntries.has(id)) throw new CfbError("broken directory");
    seenEntries.add(id);
    const entry = entries[id];
    children.push(entry);
    pendingIds.push(entry.left, entry.right);
  }

  let miniStream: Uint8Array | null = null;
  let miniFat: Uint32Array | null = null;
  const readMini = (start: number, size: number): Uint8Array => {
    if (!miniStream || !miniFat) {
      miniStream = readChain(root.start, root.size);
      const miniFatStart = u32(bytes, 0x3c);
      const miniFatSectors = miniFatStart === END_OF_CHAIN ? [] : chain(fat, miniFatStart, sectorCount);
      miniFat = table(miniFatSectors);
    }
    const stream = miniStream;
    const out = new Uint8Array(size);
    let filled = 0;
    for (const sector of chain(miniFat, start, Math.ceil(stream.length / miniSize))) {
      if (filled >= size) break;
      const at = sector * miniSize;
      const piece = stream.subarray(at, Math.min(at + miniSize, at + size - filled));
      out.set(piece, filled);
      filled += piece.length;
    }
    if (filled < size) throw new CfbError("stream cut short");
    return out;
  };

  return {
    stream: (name) => {
      const wanted = name.toUpperCase();
      const entry = children.find((e) => e.type === EntryType.Stream && e.name.toUpperCase() === wanted);
      if (!entry) return null;
      return entry.size < miniCutoff ? readMini(entry.start, entry.size) : readChain(entry.start, entry.size);
    },
  };
}
