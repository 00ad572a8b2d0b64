/**
 * Reading a BIFF8 record's data when it may go on in CONTINUE records ([MS-XLS] 2.1.4/2.5.293):
 * numbers and header bytes run straight across the boundary, but character data restarts at each
 * CONTINUE with one option byte saying whether the rest is 8- or 16-bit. Every read is checked
 * against the bytes there are; running out throws BiffError, never reads past the data.
 */

export class BiffError extends Error {}

/** Excel's own limit: a cell's text is at most 32,767 characters (BIFF8 lengths allow 65,535). */
export interface ReadString {
  text: string;
  /** Characters the file claimed, when more than `maxChars` (the text was cut). */
  cutFrom?: number;
}

export class RecordReader {
  private segment = 0;
  private offset = 0;

  constructor(private readonly segments: readonly Uint8Array[]) {}

  /** Bytes left in the whole record (all its segments). */
  remaining(): number {
    let left = (this.segments[this.segment]?.length ?? 0) - this.offset;
    for (let s = this.segment + 1; s < this.segments.length; s++) left += this.segments[s].length;
    return left;
  }

  private nextByte(): number {
    while (this.segment < this.segments.length && this.offset >= this.segments[this.segment].length) {
      this.segment++;
      this.offset = 0;
    }
    const data = this.segments[this.segment];
    if (!data) throw new BiffError("record cut short");
    return data[this.offset++];
  }

  u8(): number {
    return this.nextByte();
  }

  u16(): number {
    return this.nextByte() | (this.nextByte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    if (count < 0 || count > this.remaining()) throw new BiffError("record cut short");
    let left = count;
    while (left > 0) {
      const avail = this.segments[this.segment].length - this.offset;
      if (avail <= 0) {
        this.segment++;
        this.offset = 0;
        continue;
      }
      const step = Math.min(avail, left);
      this.offset += step;
      left -= step;
    }
  }

  /**
   * An 8-bit string of BIFF5 (Excel 5.0/95): `count` bytes in the workbook's code page, with no
   * option byte, decoded by `decode`. Only the first `maxChars` bytes are kept.
   */
  byteString(count: number, maxChars: number, decode: (bytes: Uint8Array) => string): ReadString {
    const keep = Math.min(count, maxChars);
    const bytes = new Uint8Array(keep);
    for (let i = 0; i < keep; i++) bytes[i] = this.nextByte();
    this.skip(count - keep);
    const text = decode(bytes);
    return count > maxChars ? { text, cutFrom: count } : { text };
  }

  /** `count` characters, 8-bit (code points 0–255, [MS-XLS] "compressed") or UTF-16LE. */
  private chars(count: number, sixteenBit: boolean, keep: number): string {
    const parts: string[] = [];
    let wide = sixteenBit;
    let read = 0;
    let kept = "";
    while (read < count) {
      let data = this.segments[this.segment];
      if (!data) throw new BiffError("string cut short");
      if (this.offset >= data.length) {
        // Characters go on in the next CONTINUE, which starts with its own option byte.
        this.segment++;
        this.offset = 0;
        data = this.segments[this.segment];
        if (!data || data.length === 0) throw new BiffError("string cut short");
        wide = (data[this.offset++] & 1) === 1;
        continue;
      }
      const width = wide ? 2 : 1;
      const n = Math.min(count - read, Math.floor((data.length - this.offset) / width));
      if (n === 0) throw new BiffError("string split inside a character");
      if (kept.length < keep) {
        const take = Math.min(n, keep - kept.length);
        const codes = new Array<number>(take);
        for (let i = 0; i < take; i++) {
          const at = this.offset + i * width;
          codes[i] = wide ? data[at] | (data[at + 1] << 8) : data[at];
        }
        // In chunks: String.fromCharCode with very many arguments overflows the stack.
        for (let i = 0; i < codes.length; i += 4096) parts.push(String.fromCharCode(...codes.slice(i, i + 4096)));
        kept = parts.join("");
      }
      this.offset += n * width;
      read += n;
    }
    return kept;
  }

  /**
   * An XLUnicodeRichExtendedString (SST entries, [MS-XLS] 2.5.293) or, with `rich` false, an
   * XLUnicodeString (LABEL, STRING, FORMAT): 16-bit length, option byte, characters, then any
   * formatting runs and phonetic data, which are skipped.
   */
  unicodeString(maxChars: number, rich = true): ReadString {
    return this.stringWithLength(this.u16(), maxChars, rich);
  }

  /** ShortXLUnicodeString (BOUNDSHEET names): 8-bit length, option byte, characters. */
  shortString(maxChars: number): ReadString {
    return this.stringWithLength(this.u8(), maxChars, false);
  }

  private stringWithLength(count: number, maxChars: number, rich: boolean): ReadString {
    const flags = this.u8();
    const runs = rich && flags & 0x08 ? this.u16() : 0;
    const ext = rich && flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1, maxChars);
    if (runs) this.skip(runs * 4);
    if (ext) this.skip(ext);
    return count > maxChars ? { text, cutFrom: count } : { text };
  }
}
