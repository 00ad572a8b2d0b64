/**
 * Checks an .xlsx package as Excel would before it opens it without asking to repair:
 * - every XML part against the ISO/IEC 29500 Transitional / ECMA-376 OPC schemas in
 *   ../shared/ooxml-xsd, with xmllint, after the markup-compatibility step (ECMA-376 Part 3: what
 *   namespaces listed in mc:Ignorable hold is dropped, mc:AlternateContent becomes its mc:Fallback);
 * - what the schemas cannot say (../shared/ooxml-xsd/README.md): formula text constants of at most
 *   255 characters, cell texts of at most 32,767, at most 64,000 cell styles, sheet names Excel takes,
 *   defined names whose quoted sheet names double their apostrophes and name a sheet of the workbook.
 * Parts are validated in batches, one xmllint run per schema, so a corpus of packages costs a few runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";

export const XSD_DIR = resolve(__dirname, "../../../shared/ooxml-xsd");

/** Excel's limits the schemas do not express. */
const MAX_FORMULA_CONSTANT = 255;
const MAX_CELL_TEXT = 32_767;
const MAX_CELL_STYLES = 64_000;
const MAX_SHEET_NAME = 31;

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Marks the core properties: validated through a driver schema, see corePropertiesSchema. */
const CORE_PROPERTIES = "core-properties";

/** Schema (relative to XSD_DIR) by the part's content type. */
const SCHEMA_BY_TYPE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "transitional/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": "transitional/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "transitional/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "transitional/sml.xsd",
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "transitional/dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.drawing+xml": "transitional/dml-spreadsheetDrawing.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "transitional/dml-main.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml":
    "transitional/shared-documentPropertiesExtended.xsd",
  "application/vnd.openxmlformats-package.core-properties+xml": CORE_PROPERTIES,
  "application/vnd.openxmlformats-package.relationships+xml": "opc/opc-relationships.xsd",
};

/** One XML part of a package, with the schema it is validated against (null: none known). */
export interface Part {
  path: string;
  xml: string;
  schema: string | null;
}

/** Unescapes XML character data (the five entities and character references). */
export function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] as string;
  });
}

/**
 * ECMA-376 Part 3's processing as Excel does it when reading: mc:AlternateContent is replaced by its
 * mc:Fallback, elements and attributes of the namespaces listed in mc:Ignorable are dropped, and so
 * is mc:Ignorable itself. Written for machine-written parts (no nested AlternateContent).
 */
export function applyMarkupCompatibility(xml: string): string {
  const mc = new RegExp(`xmlns:([\\w.-]+)="${MC_NS.replace(/[./]/g, "\\$&")}"`).exec(xml)?.[1];
  if (!mc) return xml;
  let out = xml.replace(
    new RegExp(`<${mc}:AlternateContent\\b[\\s\\S]*?</${mc}:AlternateContent>`, "g"),
    (block) => new RegExp(`<${mc}:Fallback\\b[^>]*>([\\s\\S]*?)</${mc}:Fallback>`).exec(block)?.[1] ?? "",
  );
  const ignorable = new Set<string>();
  for (const m of out.matchAll(new RegExp(` ${mc}:Ignorable="([^"]*)"`, "g")))
    for (const prefix of m[1].split(/\s+/).filter(Boolean)) ignorable.add(prefix);
  out = out.replace(new RegExp(` ${mc}:Ignorable="[^"]*"`, "g"), "");
  for (const p of ignorable) {
    out = out
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>`, "g"), "")
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "")
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  return out;
}

/** What Excel writes itself though the schema lacks it: xml:space="preserve" on a text (<t>). */
function excelAccepted(xml: string): string {
  return xml.replace(/<t xml:space="preserve">/g, "<t>");
}

/** The package's XML parts, each with the schema its content type calls for. */
export async function packageParts(bytes: Uint8Array): Promise<Part[]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (types === undefined) throw new Error("no [Content_Types].xml");
  const overrides = new Map(
    [...types.matchAll(/<Override PartName="([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const defaults = new Map(
    [...types.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1].toLowerCase(), m[2]]),
  );
  const parts: Part[] = [{ path: "[Content_Types].xml", xml: types, schema: "opc/opc-contentTypes.xsd" }];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name === "[Content_Types].xml") continue;
    const type = overrides.get(`/${entry.name}`) ?? defaults.get(entry.name.split(".").pop()!.toLowerCase());
    parts.push({
      path: entry.name,
      xml: await entry.async("string"),
      schema: type ? (SCHEMA_BY_TYPE[type] ?? null) : null,
    });
  }
  return parts;
}

/**
 * The core properties schema imports the Dublin Core schemas from dublincore.org (not available
 * offline) and the xml namespace without a location. A driver schema imports the ISO schema with
 * ../shared's xml.xsd and minimal Dublin Core stand-ins (every dc element a string with xml:lang,
 * dcterms:created/modified W3CDTF dates by pattern); libxml2 then skips the remote imports.
 */
function corePropertiesSchema(dir: string): string {
  const xs = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
  const xmlImport = `<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="${join(XSD_DIR, "transitional/xml.xsd")}"/>`;
  const literal = `<xs:complexType name="SimpleLiteral"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute ref="xml:lang"/></xs:extension></xs:simpleContent></xs:complexType>`;
  const dcNames = [
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
  ];
  writeFileSync(
    join(dir, "dc.xsd"),
    `<xs:schema ${xs} xmlns:dc="http://purl.org/dc/elements/1.1/" targetNamespace="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">${xmlImport}${literal}${dcNames
      .map((n) => `<xs:element name="${n}" type="dc:SimpleLiteral"/>`)
      .join("")}</xs:schema>`,
  );
  writeFileSync(
    join(dir, "dcterms.xsd"),
    `<xs:schema ${xs} xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" targetNamespace="http://purl.org/dc/terms/" elementFormDefault="qualified"><xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="dc.xsd"/>` +
      `<xs:complexType name="W3CDTF"><xs:simpleContent><xs:restriction base="dc:SimpleLiteral"><xs:pattern value="\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+\\-]\\d{2}:\\d{2}))?)?)?"/></xs:restriction></xs:simpleContent></xs:complexType>` +
      `<xs:element name="created" type="dc:SimpleLiteral"/><xs:element name="modified" type="dc:SimpleLiteral"/></xs:schema>`,
  );
  const driver = join(dir, "core-driver.xsd");
  writeFileSync(
    driver,
    `<xs:schema ${xs}>${xmlImport}<xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="dc.xsd"/><xs:import namespace="http://purl.org/dc/terms/" schemaLocation="dcterms.xsd"/><xs:import namespace="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" schemaLocation="${join(XSD_DIR, "opc/opc-coreProperties.xsd")}"/></xs:schema>`,
  );
  return driver;
}

/**
 * xmllint's verdict on each part, after markup compatibility: "valid" or its errors. One run per
 * schema; a part with no known schema is an error itself.
 */
export function validateParts(
  parts: ReadonlyArray<{ name: string; xml: string; schema: string | null }>,
): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "ooxml-"));
  const verdicts = new Map<string, string>();
  try {
    const bySchema = new Map<string, Array<{ name: string; file: string }>>();
    parts.forEach((part, i) => {
      if (part.schema === null) {
        verdicts.set(part.name, "no schema known for this part's content type");
        return;
      }
      const file = join(dir, `p${i}.xml`);
      writeFileSync(file, excelAccepted(applyMarkupCompatibility(part.xml)));
      const list = bySchema.get(part.schema) ?? [];
      list.push({ name: part.name, file });
      bySchema.set(part.schema, list);
    });
    for (const [schema, files] of bySchema) {
      const xsd = schema === CORE_PROPERTIES ? corePropertiesSchema(dir) : join(XSD_DIR, schema);
      const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, ...files.map((f) => f.file)], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.error) throw new Error("xmllint is needed (apt-get install libxml2-utils)");
      const lines = run.stderr.split("\n");
      for (const { name, file } of files) {
        if (lines.includes(`${file} validates`)) verdicts.set(name, "valid");
        else {
          const errors = lines.filter((l) => l.startsWith(`${file}:`) || l.startsWith(xsd));
          verdicts.set(name, (errors.join("\n") || run.stderr).replaceAll(`${file}:`, "line "));
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return verdicts;
}

/** xmllint's verdict on one XML text against `schema` (relative to XSD_DIR): "valid" or its errors. */
export function validateXml(xml: string, schema: string, name = "part.xml"): string {
  return validateParts([{ name, xml, schema }]).get(name) as string;
}

/** The text constants of a formula ("…" with "" inside), unescaped. */
export function formulaConstants(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

/** Why Excel would refuse `name` as a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > MAX_SHEET_NAME) return `sheet name of ${name.length} characters`;
  if (/[[\]:*?/\\]/.test(name)) return `sheet name "${name}" holds one of []:*?/\\`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return 'sheet name "History" is reserved';
  return null;
}

/**
 * Why a defined name's formula is one Excel removes with a repair, or null: a quoted sheet name must
 * double its apostrophes and name a sheet; an unquoted one must be a sheet that needs no quotes.
 */
export function definedNameProblem(formula: string, sheets: readonly string[]): string | null {
  const quoted = /'((?:[^']|'')*)'!/g;
  for (const m of formula.matchAll(quoted)) {
    const sheet = m[1].replace(/''/g, "'");
    if (!sheets.includes(sheet)) return `defined name ${formula} refers to no sheet ("${sheet}")`;
  }
  const rest = formula.replace(quoted, "");
  if (rest.includes("'")) return `defined name ${formula} has an apostrophe that is not doubled`;
  for (const m of rest.matchAll(/([^\s,!()'$:]+)!/g))
    if (!sheets.includes(m[1])) return `defined name ${formula} refers to no sheet ("${m[1]}")`;
  return null;
}

/** What the schemas cannot express, over a package's parts (paths as in the zip). */
export function excelLimitProblems(parts: readonly Part[]): string[] {
  const problems: string[] = [];
  const text = (path: string): string => parts.find((p) => p.path === path)?.xml ?? "";
  const workbook = text("xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlText(m[1]));
  for (const name of sheets) {
    const problem = sheetNameProblem(name);
    if (problem) problems.push(`xl/workbook.xml: ${problem}`);
  }
  for (const m of workbook.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)) {
    const problem = definedNameProblem(xmlText(m[1]), sheets);
    if (problem) problems.push(`xl/workbook.xml: ${problem}`);
  }
  for (const part of parts) {
    if (!part.path.endsWith(".xml")) continue;
    // formulas: cells, conditional formats, data validations, defined names
    for (const m of part.xml.matchAll(/<(f|formula|formula1|formula2|definedName)\b[^>]*>([^<]*)</g))
      for (const c of formulaConstants(xmlText(m[2])))
        if (c.length > MAX_FORMULA_CONSTANT)
          problems.push(`${part.path}: a formula text constant of ${c.length} characters (<${m[1]}>)`);
    // cell texts: shared strings, inline strings, formula results
    for (const m of part.xml.matchAll(/<(si|is)>([\s\S]*?)<\/\1>/g)) {
      const t = [...m[2].matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((x) => xmlText(x[1])).join("");
      if (t.length > MAX_CELL_TEXT) problems.push(`${part.path}: a cell text of ${t.length} characters`);
    }
    for (const m of part.xml.matchAll(/<c\b[^>]*\bt="str"[^>]*>[\s\S]*?<v>([^<]*)<\/v>/g))
      if (xmlText(m[1]).length > MAX_CELL_TEXT)
        problems.push(`${part.path}: a formula result text of ${xmlText(m[1]).length} characters`);
  }
  const styles = /<cellXfs\b[^>]*\bcount="(\d+)"/.exec(text("xl/styles.xml"));
  if (styles && Number(styles[1]) > MAX_CELL_STYLES) problems.push(`xl/styles.xml: ${styles[1]} cell styles`);
  return problems;
}

/** Every reason Excel would ask to repair these packages: schema errors and limits, by file and part. */
export async function packageProblems(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<string[]> {
  const problems: string[] = [];
  const all: Array<{ name: string; xml: string; schema: string | null }> = [];
  for (const file of files) {
    const parts = await packageParts(file.bytes);
    for (const p of excelLimitProblems(parts)) problems.push(`${file.name}: ${p}`);
    for (const part of parts) all.push({ name: `${file.name}: ${part.path}`, xml: part.xml, schema: part.schema });
  }
  for (const [name, verdict] of validateParts(all)) if (verdict !== "valid") problems.push(`${name}: ${verdict}`);
  return problems;
}
