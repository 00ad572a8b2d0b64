/**
 * Why an .xlsx could not be read, as a kind the messages can put in the user's language, apart from
 * the technical cause (kept for --verbose / a separate field, never inside the sentence).
 */

/** What is wrong with the file; each has a sentence in src/core/i18n/messages.ts. */
export type DamageKind =
  | "truncated" // the zip ends early: no central directory, or an entry runs past the end
  | "crc" // an entry's bytes do not match its CRC-32
  | "duplicate-entry" // two zip entries with the same name
  | "size-mismatch" // an entry inflates to another size than it declares
  | "compression" // an entry compressed by a method other than stored / deflate, or zip64
  | "bad-deflate" // an entry's compressed data cannot be inflated
  | "encrypted-entry" // a zip-level encrypted entry
  | "invalid-utf8" // a part's bytes are not valid UTF-8 (or UTF-16 with a BOM)
  | "doctype" // a part declares a DTD (entities are never expanded, so it is refused)
  | "bad-xml" // malformed XML, an unknown entity, a bad cell reference
  | "missing-part" // the workbook, a sheet or a part it names is not in the zip
  | "too-large"; // uncompressed size over the limits (a zip bomb)

export class XlsxDamage extends Error {
  constructor(
    readonly kind: DamageKind,
    /** The zip entry concerned, when there is one ("xl/worksheets/sheet1.xml"). */
    readonly part: string,
    /** The technical cause, in English, for the one who asks. */
    readonly detail: string,
  ) {
    super(`${kind}${part ? ` in ${part}` : ""}: ${detail}`);
    this.name = "XlsxDamage";
  }
}
