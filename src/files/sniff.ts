/**
 * Tells what kind of file some bytes are before handing them to a reader, so that a password-protected
 * workbook (an OLE compound file holding an "EncryptedPackage" stream) is told apart from a file
 * that is simply not an .xlsx. Pure: works on a Uint8Array, no Node APIs.
 */

export type FileKind =
  | "zip" // an .xlsx is a zip: starts with "PK\x03\x04"
  | "encrypted" // OLE compound file with an EncryptedPackage stream: a password-protected .xlsx
  | "ole" // another OLE compound file, e.g. an old .xls
  | "empty"
  | "other";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const ENCRYPTED_STREAM = "EncryptedPackage";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contains `text` as ASCII or as UTF-16LE (how OLE directory entries store names). */
export function containsName(bytes: Uint8Array, text: string): boolean {
  const ascii = Array.from(text, (ch) => ch.charCodeAt(0));
  const utf16: number[] = [];
  for (const code of ascii) utf16.push(code, 0);
  return indexOfBytes(bytes, ascii) >= 0 || indexOfBytes(bytes, utf16) >= 0;
}

function indexOfBytes(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, OLE_SIGNATURE.slice(0, 4))) {
    return containsName(bytes, ENCRYPTED_STREAM) ? "encrypted" : "ole";
  }
  return "other";
}

/**
 * What a file that is neither a zip nor an OLE file most likely is, as the reason a message names:
 * a CSV or HTML export or a PDF renamed .xlsx, or simply not a spreadsheet.
 */
export function describeText(bytes: Uint8Array): string {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (head.startsWith("%PDF")) return "pdf";
  const lower = head.trimStart().toLowerCase();
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(lower)) return "html";
  if (lower.startsWith("<?xml") && lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml-2003";
  // Text (no control bytes but tab and line ends) in lines with separators: a CSV or text export.
  const controls = [...bytes.subarray(0, 4096)].filter((b) => b < 9 || (b > 13 && b < 32)).length;
  const lines = head.split(/\r?\n/).filter((l) => l.length > 0);
  if (controls === 0 && lines.length > 0 && lines.some((l) => /[,;\t]/.test(l))) return "csv";
  return "not-xlsx: not a zip";
}
