/**
 * Recognises the add-in's own summaries in an .xlsx before it is read as a return, so a second run
 * over a folder that holds the first run's summary does not count every total twice.
 *
 * Both writers tag what they write:
 * - the command line (plan-file-writer.ts) sets the workbook's core properties: creator
 *   "commune-targets" and description "commune-targets <version>" (docProps/core.xml);
 * - the Excel add-in (src/excel/render-plan.ts) tags each summary sheet with the worksheet custom
 *   property "commune-targets" (ExcelApi 1.12: `<customPr name="commune-targets" r:id=…/>` in the sheet
 *   XML), or on older Excel lists the sheets in the workbook setting "commune-targets.sheets"
 *   (xl/webextensions/webextension*.xml).
 *
 * Cheap: only the zip's central directory and a few small parts are inflated (each capped); a sheet's
 * XML is inflated only when its relationships name a custom property. Pure (no Node APIs): the caller
 * hands in a raw-deflate function with an output cap, so readers in Node and the browser can share it.
 */
/** The creator both writers put in what they write (plan-file-writer.ts GENERATOR; build-summary.ts generator.name). */
const GENERATOR = "commune-targets";

/** Raw-deflate inflater; returns null when the output would pass `maxBytes` or the data is bad. */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

export interface OwnSummary {
  /** The whole file is a summary written by the command line (or every sheet in it is tagged). */
  wholeFile: boolean;
  /** Sheets the add-in tagged as its own summaries (names as in the workbook). */
  sheets: string[];
}

export const SHEET_TAG = "commune-targets";
export const SHEETS_SETTING = "commune-targets.sheets";

/** Small parts (core properties, workbook, relationships, settings) are inflated up to this. */
const SMALL_PART_BYTES = 1 << 20;
/** A tagged summary sheet is small; a sheet XML larger than this is not inflated to look for the tag. */
const SHEET_PART_BYTES = 16 << 20;
const MAX_ENTRIES = 100_000;

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** The zip's central directory as name → entry; null when there is none to be found (not a zip, zip64). */
export function zipDirectory(bytes: Uint8Array): Map<string, Entry> | null {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff || count > MAX_ENTRIES) return null;
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const nameLength = u16(bytes, p + 28);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, {
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function entryText(bytes: Uint8Array, entry: Entry | undefined, inflate: Inflate, maxBytes: number): string | null {
  if (!entry) return null;
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  let out: Uint8Array | null;
  if (entry.method === 0) out = data.length <= maxBytes ? data : null;
  else if (entry.method === 8) out = inflate(data, maxBytes);
  else out = null;
  return out ? new TextDecoder("utf-8").decode(out) : null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with the five predefined entities and numeric references decoded (no DTD entities). */
export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** One attribute of an XML start tag (any namespace prefix), decoded. */
function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s(?:[\\w-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlUnescape(m[2] ?? m[3] ?? "") : null;
}

/** docProps/core.xml written by the command line: creator "commune-targets", description "commune-targets …". */
export function isOwnCoreProperties(coreXml: string): boolean {
  const field = (name: string) => {
    const m = new RegExp(`<(?:\\w+:)?${name}[^>]*>([^<]*)</`).exec(coreXml);
    return m ? xmlUnescape(m[1]).trim() : "";
  };
  return field("creator") === GENERATOR && field("description").startsWith(`${GENERATOR} `);
}

/** Sheet names listed in the workbook setting "commune-targets.sheets" of a web-extension part. */
export function settingSheetNames(webExtensionXml: string): string[] {
  for (const tag of webExtensionXml.match(/<(?:\w+:)?property\b[^>]*>/g) ?? []) {
    if (attribute(tag, "name") !== SHEETS_SETTING) continue;
    try {
      // Office stores each setting as JSON; the add-in's value is itself a JSON list as text.
      let value: unknown = JSON.parse(attribute(tag, "value") ?? "");
      if (typeof value === "string") value = JSON.parse(value);
      return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** True when a worksheet's XML carries the add-in's custom property tag. */
export function hasOwnSheetTag(sheetXml: string): boolean {
  for (const tag of sheetXml.match(/<(?:\w+:)?customPr\b[^>]*>/g) ?? [])
    if (attribute(tag, "name") === SHEET_TAG) return true;
  return false;
}

/** Sheet name → its part's path in the zip, from xl/workbook.xml and its relationships. */
function sheetParts(workbookXml: string, relsXml: string): Array<{ name: string; part: string }> {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out: Array<{ name: string; part: string }> = [];
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const part = targets.get(attribute(tag, "id") ?? "");
    if (name !== null && part) out.push({ name, part });
  }
  return out;
}

const relsOf = (part: string): string => part.replace(/([^/]*)$/, "_rels/$1.rels");

/** What of this .xlsx the add-in wrote itself; nothing when it cannot tell (the reader then reports the file). */
export function findOwnSummary(bytes: Uint8Array, inflate: Inflate): OwnSummary {
  const none: OwnSummary = { wholeFile: false, sheets: [] };
  const dir = zipDirectory(bytes);
  if (!dir) return none;
  const text = (name: string, max = SMALL_PART_BYTES) => entryText(bytes, dir.get(name), inflate, max);
  const core = text("docProps/core.xml");
  if (core && isOwnCoreProperties(core)) return { wholeFile: true, sheets: [] };
  const sheets = sheetParts(text("xl/workbook.xml") ?? "", text("xl/_rels/workbook.xml.rels") ?? "");
  const tagged = new Set<string>();
  for (const name of dir.keys()) {
    if (/^xl\/webextensions\/webextension\d*\.xml$/i.test(name))
      for (const listed of settingSheetNames(text(name) ?? "")) tagged.add(listed.toLowerCase());
  }
  const own = sheets.filter(({ name, part }) => {
    if (tagged.has(name.toLowerCase())) return true;
    const rels = text(relsOf(part));
    if (!rels || !/relationships\/customProperty"/.test(rels)) return false;
    const xml = text(part, SHEET_PART_BYTES);
    return xml !== null && hasOwnSheetTag(xml);
  });
  return { wholeFile: sheets.length > 0 && own.length === sheets.length, sheets: own.map((s) => s.name) };
}
