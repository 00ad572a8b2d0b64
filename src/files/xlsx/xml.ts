/**
 * Just enough XML for the parts of an .xlsx: bytes → text (UTF-8, or UTF-16 with a byte-order mark;
 * anything invalid is refused, never turned into "�"), then a pull tokenizer over the text.
 * No DTD is ever read: the tokenizer refuses a part at its "<!DOCTYPE" (or "<!ENTITY"), so no
 * entity is ever expanded and no external entity fetched. Only the five predefined entities and character references are known.
 */
import { XlsxDamage } from "./damage";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A part's bytes as text, refusing invalid encodings and any DTD. */
export function decodePart(bytes: Uint8Array, part: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    throw new XlsxDamage("invalid-utf8", part, "bytes are not valid UTF-8");
  }
  // A DTD is refused by the tokenizer (every part read is tokenized), before anything after it.
  return text;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function entity(name: string, part: string): string {
  const known = PREDEFINED[name];
  if (known !== undefined) return known;
  let code = NaN;
  if (name.startsWith("#x")) code = /^#x[0-9a-fA-F]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : NaN;
  else if (name.startsWith("#")) code = /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
  if (Number.isNaN(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    throw new XlsxDamage("bad-xml", part, `unknown entity &${name.slice(0, 20)};`);
  }
  return String.fromCodePoint(code);
}

/** Text content or an attribute value as the document means it: line ends normalised, references resolved. */
export function unescapeXml(raw: string, part: string): string {
  let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  text = text.replace(/&([^;&<]{0,32});|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new XlsxDamage("bad-xml", part, "a bare '&'");
    return entity(name, part);
  });
  return text;
}

export const enum Token {
  End = 0,
  Open = 1,
  Close = 2,
  Text = 3,
}

/**
 * A pull tokenizer: next() moves to the next tag or text run and says which; `name` is the tag's
 * local name (any "x:" prefix dropped), `attrs` its raw attribute text, `selfClosing` for <a/>,
 * `text` the raw text (CDATA already unwrapped, marked by `cdata`).
 */
export class XmlScanner {
  pos = 0;
  name = "";
  attrs = "";
  selfClosing = false;
  text = "";
  cdata = false;

  /** Whether the document holds any "'" at all: without, quotes are paired faster. */
  private readonly apostrophes: boolean;

  constructor(
    readonly source: string,
    readonly part: string,
  ) {
    this.apostrophes = source.includes("'");
  }

  fail(why: string): never {
    throw new XlsxDamage("bad-xml", this.part, `${why} at character ${this.pos}`);
  }

  next(): Token {
    const s = this.source;
    for (;;) {
      const start = this.pos;
      if (start >= s.length) return Token.End;
      if (s.charCodeAt(start) !== 60 /* < */) {
        const lt = s.indexOf("<", start);
        const end = lt < 0 ? s.length : lt;
        this.pos = end;
        this.text = s.slice(start, end);
        this.cdata = false;
        return Token.Text;
      }
      const c1 = s.charCodeAt(start + 1);
      if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", start + 2);
        if (end < 0) this.fail("unclosed processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", start)) {
          const end = s.indexOf("-->", start + 4);
          if (end < 0) this.fail("unclosed comment");
          this.pos = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", start)) {
          const end = s.indexOf("]]>", start + 9);
          if (end < 0) this.fail("unclosed CDATA");
          this.text = s.slice(start + 9, end);
          this.cdata = true;
          this.pos = end + 3;
          return Token.Text;
        }
        if (s.startsWith("<!DOCTYPE", start) || s.startsWith("<!ENTITY", start)) {
          throw new XlsxDamage("doctype", this.part, "a document type declaration (DTD) is refused");
        }
        this.fail("markup declaration");
      }
      const gt = s.indexOf(">", start + 1);
      if (gt < 0) this.fail("unclosed tag");
      this.pos = gt + 1;
      if (c1 === 47 /* / */) {
        this.name = localName(s.slice(start + 2, gt).trim());
        return Token.Close;
      }
      // Attribute values may hold ">" only as &gt; in what Excel writes; a raw ">" inside quotes is
      // legal XML, so find the real end of the tag when a quote is left open.
      let end = gt;
      if (hasOpenQuote(s, start, end, this.apostrophes)) {
        end = tagEnd(s, start);
        if (end < 0) this.fail("unclosed tag");
        this.pos = end + 1;
      }
      this.selfClosing = s.charCodeAt(end - 1) === 47;
      const inner = this.selfClosing ? end - 1 : end;
      let nameEnd = start + 1;
      while (nameEnd < inner && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
      this.name = localName(s.slice(start + 1, nameEnd));
      this.attrs = s.slice(nameEnd, inner);
      return Token.Open;
    }
  }

  /** Skips to the close of the element just opened (for subtrees not needed). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === Token.End) this.fail("unclosed element");
      if (t === Token.Open && !this.selfClosing) depth++;
      else if (t === Token.Close && --depth === 0) return;
    }
  }

  /** The unescaped text inside the element just opened, up to its close (nested tags' text included). */
  readText(): string {
    if (this.selfClosing) return "";
    let out = "";
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === Token.Text) out += this.cdata ? this.text : unescapeXml(this.text, this.part);
      else if (t === Token.Open && !this.selfClosing) depth++;
      else if (t === Token.Close && --depth === 0) return out;
      else if (t === Token.End) this.fail("unclosed element");
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** True when a quote opened between `from` and `to` is not closed there (so ">" was inside a value). */
function hasOpenQuote(s: string, from: number, to: number, apostrophes: boolean): boolean {
  if (!apostrophes) {
    // Only double quotes in this document: pair them with indexOf, which stays inside the tag.
    for (let i = s.indexOf('"', from); i >= 0 && i < to; i = s.indexOf('"', i + 1)) {
      i = s.indexOf('"', i + 1);
      if (i < 0 || i >= to) return true;
    }
    return false;
  }
  let quote = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (quote === 0) {
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  return quote !== 0;
}

function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote === 0) {
      if (c === 34 || c === 39) quote = c;
      else if (c === 62) return i;
    } else if (c === quote) quote = 0;
  }
  return -1;
}

/**
 * One attribute's raw value (not unescaped: for references, numbers and type codes, which never
 * hold "&"), found without building the whole attribute map. Undefined when absent.
 */
export function rawAttribute(raw: string, name: string): string | undefined {
  for (let i = raw.indexOf(name); i >= 0; i = raw.indexOf(name, i + 1)) {
    if (i > 0 && !isSpace(raw.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(raw.charCodeAt(j))) j++;
    if (raw.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (isSpace(raw.charCodeAt(j))) j++;
    const quote = raw.charCodeAt(j);
    if (quote !== 34 && quote !== 39) return undefined;
    const end = raw.indexOf(quote === 34 ? '"' : "'", j + 1);
    return end < 0 ? undefined : raw.slice(j + 1, end);
  }
  return undefined;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag by local name ("r:id" → "id" too), values unescaped. */
export function attributes(raw: string, part: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw)) {
    const value = unescapeXml(m[2] ?? m[3], part);
    out[m[1]] = value;
    const local = localName(m[1]);
    if (local !== m[1] && !(local in out)) out[local] = value;
  }
  return out;
}
