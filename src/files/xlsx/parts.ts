/**
 * The small parts of an .xlsx the reader needs besides the sheets: the package and workbook
 * relationships (where the parts are), the workbook (sheet names and order, the 1904 date flag),
 * the styles' number formats per cell style, and the shared strings (rich text as plain text).
 */
import { BUILT_IN_FORMATS } from "../built-in-number-formats";
import { XlsxDamage } from "./damage";
import { Token, XmlScanner, attributes, decodePart } from "./xml";
import type { ZipReader } from "./zip";

export interface Relationship {
  type: string;
  /** The target as a zip entry name ("xl/worksheets/sheet1.xml"). */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  /** The zip entry of the sheet's XML, or null when the sheet is not a worksheet (a chart sheet). */
  part: string | null;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** Reads a part as text; a missing part is undefined. */
export function readPart(zip: ZipReader, name: string): string | undefined {
  const bytes = zip.read(name);
  return bytes === undefined ? undefined : decodePart(bytes, name);
}

/** The folder of a part, for resolving its relationships' relative targets. */
function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

export function resolveTarget(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(base) + target;
  const out: string[] = [];
  for (const piece of path.split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== "." && piece !== "") out.push(piece);
  }
  return out.join("/");
}

function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

export function readRelationships(zip: ZipReader, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const relsPart = relsPartOf(part);
  const text = readPart(zip, relsPart);
  if (text === undefined) return rels;
  const scanner = new XmlScanner(text, relsPart);
  for (let t = scanner.next(); t !== Token.End; t = scanner.next()) {
    if (t !== Token.Open || scanner.name !== "Relationship") continue;
    const a = attributes(scanner.attrs, relsPart);
    if (!a.Id || a.Target === undefined) continue;
    const external = a.TargetMode === "External";
    const type = (a.Type ?? "").slice((a.Type ?? "").lastIndexOf("/") + 1);
    rels.set(a.Id, { type, target: external ? a.Target : resolveTarget(part, a.Target), external });
  }
  return rels;
}

/** The workbook part named by the package relationships (normally xl/workbook.xml). */
export function workbookPart(zip: ZipReader): string | null {
  for (const rel of readRelationships(zip, "").values()) {
    if (rel.type === "officeDocument" && !rel.external && zip.has(rel.target)) return rel.target;
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

export function readWorkbookInfo(zip: ZipReader, part: string): WorkbookInfo {
  const text = readPart(zip, part);
  if (text === undefined) throw new XlsxDamage("missing-part", part, "no workbook part");
  const rels = readRelationships(zip, part);
  const info: WorkbookInfo = { sheets: [], date1904: false, sharedStrings: null, styles: null };
  const scanner = new XmlScanner(text, part);
  for (let t = scanner.next(); t !== Token.End; t = scanner.next()) {
    if (t !== Token.Open) continue;
    if (scanner.name === "workbookPr") {
      const flag = attributes(scanner.attrs, part).date1904;
      info.date1904 = flag === "1" || flag === "true";
    } else if (scanner.name === "sheet") {
      const a = attributes(scanner.attrs, part);
      const rel = a["r:id"] !== undefined ? rels.get(a["r:id"]) : a.id !== undefined ? rels.get(a.id) : undefined;
      const isWorksheet = rel !== undefined && !rel.external && rel.type === "worksheet";
      if (isWorksheet && !zip.has(rel.target)) {
        throw new XlsxDamage("missing-part", rel.target, `sheet "${a.name ?? ""}" names a part the zip lacks`);
      }
      info.sheets.push({ name: a.name ?? "", part: isWorksheet ? rel.target : null });
    }
  }
  for (const rel of rels.values()) {
    if (rel.external) continue;
    if (rel.type === "sharedStrings" && zip.has(rel.target)) info.sharedStrings = rel.target;
    if (rel.type === "styles" && zip.has(rel.target)) info.styles = rel.target;
  }
  return info;
}

/** The number format of each cell style (the `s` index of a cell); null for General. */
export function readCellFormats(zip: ZipReader, part: string | null): (string | null)[] {
  if (!part) return [];
  const text = readPart(zip, part);
  if (text === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  const scanner = new XmlScanner(text, part);
  let inCellXfs = false;
  for (let t = scanner.next(); t !== Token.End; t = scanner.next()) {
    if (t === Token.Close && scanner.name === "cellXfs") inCellXfs = false;
    if (t !== Token.Open) continue;
    if (scanner.name === "numFmt") {
      const a = attributes(scanner.attrs, part);
      if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
    } else if (scanner.name === "cellXfs") {
      inCellXfs = !scanner.selfClosing;
    } else if (inCellXfs && scanner.name === "xf") {
      const id = Number(attributes(scanner.attrs, part).numFmtId ?? 0);
      formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null) : null);
      scanner.skipElement();
    }
  }
  return formats;
}

/** Excel's escape for characters XML cannot hold: "_x000D_" is a carriage return. */
export function unescapeOoxml(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * The text of an <si> or <is> element just opened: its <t> directly or in rich-text runs <r>,
 * without phonetic runs <rPh>.
 */
export function readStringItem(scanner: XmlScanner): string {
  if (scanner.selfClosing) return "";
  let out = "";
  let depth = 1;
  for (;;) {
    const t = scanner.next();
    if (t === Token.Open) {
      if (scanner.name === "t") out += unescapeOoxml(scanner.readText());
      else if (scanner.name === "rPh") scanner.skipElement();
      else if (!scanner.selfClosing) depth++;
    } else if (t === Token.Close) {
      if (--depth === 0) return out;
    } else if (t === Token.End) scanner.fail("unclosed string item");
  }
}

export function readSharedStrings(zip: ZipReader, part: string | null): string[] {
  if (!part) return [];
  const text = readPart(zip, part);
  if (text === undefined) return [];
  const strings: string[] = [];
  const scanner = new XmlScanner(text, part);
  for (let t = scanner.next(); t !== Token.End; t = scanner.next()) {
    if (t === Token.Open && scanner.name === "si") strings.push(readStringItem(scanner));
  }
  return strings;
}
