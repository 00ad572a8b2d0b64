/**
 * A minimal OLE compound file (CFB, version 3, 512-byte sectors), written by hand: the container a
 * password-protected .xlsx is stored in ("EncryptionInfo" + "EncryptedPackage" streams), and the
 * container of an old .xls ("Workbook" stream). Streams are padded to 4,096 bytes so they live in
 * regular sectors and no mini stream is needed.
 */

const SECTOR = 512;
const STREAM_BYTES = 4096; // the mini-stream cutoff: streams this size use regular sectors
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/** One 128-byte directory entry of a compound file (also used by test/support/xls-writer.ts). */
export function directoryEntry(
  name: string,
  type: number,
  left: number,
  right: number,
  child: number,
  start: number,
  size: number,
): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE((name.length + 1) * 2, 64);
  e.writeUInt8(type, 66); // 1 storage, 2 stream, 5 root
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(left, 68);
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

/** A CFB file holding two streams (each given as up to 4,096 bytes of content, zero-padded). */
export function compoundFile(
  streams: [{ name: string; data: Uint8Array }, { name: string; data: Uint8Array }],
): Buffer {
  const perStream = STREAM_BYTES / SECTOR; // 8 sectors each
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order: little-endian
  header.writeUInt16LE(9, 30); // sector size 2^9
  header.writeUInt16LE(6, 32); // mini sector size 2^6
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(STREAM_BYTES, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + 4 * i);

  // Sector 0: FAT; 1: directory; 2..9 first stream; 10..17 second stream.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  for (let s = 0; s < 2; s++) {
    const first = 2 + s * perStream;
    for (let k = 0; k < perStream; k++)
      fat.writeUInt32LE(k === perStream - 1 ? ENDOFCHAIN : first + k + 1, 4 * (first + k));
  }
  // Tree: root's child is the longer name (sorted by length first), the shorter one its left sibling.
  const [a, b] = streams;
  const [short, long] = a.name.length <= b.name.length ? [1, 2] : [2, 1];
  const dir = Buffer.concat([
    directoryEntry("Root Entry", 5, NOSTREAM, NOSTREAM, long, ENDOFCHAIN, 0),
    directoryEntry(a.name, 2, long === 1 ? short : NOSTREAM, NOSTREAM, NOSTREAM, 2, STREAM_BYTES),
    directoryEntry(b.name, 2, long === 2 ? short : NOSTREAM, NOSTREAM, NOSTREAM, 2 + perStream, STREAM_BYTES),
    directoryEntry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0),
  ]);
  const body = streams.map((s) => {
    const data = Buffer.alloc(STREAM_BYTES);
    Buffer.from(s.data).copy(data, 0, 0, Math.min(s.data.length, STREAM_BYTES));
    return data;
  });
  return Buffer.concat([header, fat, dir, ...body]);
}

/** A password-protected .xlsx as Excel stores it: EncryptionInfo (agile, v4.4) + EncryptedPackage. */
export function encryptedXlsx(): Buffer {
  const info = Buffer.alloc(64);
  info.writeUInt16LE(4, 0); // version 4.4: agile encryption
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write('<?xml version="1.0"?><encryption/>', 8, "ascii");
  const pkg = Buffer.alloc(256, 0x5a);
  pkg.writeUInt32LE(3000, 0); // the decrypted package's size (uint64, low part)
  pkg.writeUInt32LE(0, 4);
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

/** An old binary .xls container (no encryption): a "Workbook" stream beside a summary stream. */
export function legacyXls(): Buffer {
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]); // BIFF8 BOF record
  return compoundFile([
    { name: "Workbook", data: bof },
    { name: "\u0005SummaryInformation", data: Buffer.alloc(48) },
  ]);
}
