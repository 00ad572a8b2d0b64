/**
 * The package parts around the sheets: the workbook (sheet names in order, print titles),
 * its relationships, the content types, the document properties and the theme. Print areas and
 * the content types of charts come from package-finish.ts.
 */
import { xmlText } from "./xml-text";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The theme exceljs wrote (Office's): the default font's colour and scheme refer to it. */
export const THEME_XML = require("exceljs/lib/xlsx/xml/theme1.js") as string;

/** What the workbook part needs of each sheet. */
export interface WorkbookSheet {
  name: string;
  /** Rows repeated on every printed page. */
  printTitleRows: { from: number; to: number } | null;
}

/** Worksheet n (1-based) is xl/worksheets/sheet<n>.xml, relationship rId<n + 3>. */
export function sheetPartName(n: number): string {
  return `xl/worksheets/sheet${n}.xml`;
}

/** `'name'!$from:$to`, the sheet name quoted and its apostrophes doubled. */
export function printTitlesRef(name: string, rows: { from: number; to: number }): string {
  return `'${name.replace(/'/g, "''")}'!$${rows.from}:$${rows.to}`;
}

/** `printAreas`: more defined names, after the print titles (package-finish.ts). */
export function workbookXml(sheets: readonly WorkbookSheet[], printAreas = ""): string {
  const list = sheets
    .map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="visible" r:id="rId${i + 4}"/>`)
    .join("");
  const names =
    sheets
      .map((s, i) =>
        s.printTitleRows
          ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(printTitlesRef(s.name, s.printTitleRows))}</definedName>`
          : "",
      )
      .join("") + printAreas;
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
  let rels =
    rel(1, "styles", "styles.xml") + rel(2, "theme", "theme/theme1.xml") + rel(3, "sharedStrings", "sharedStrings.xml");
  for (let n = 1; n <= sheetCount; n++) rels += rel(n + 3, "worksheet", `worksheets/sheet${n}.xml`);
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** `overrides`: the charts' and drawings' <Override>s (package-finish.ts). */
export function contentTypesXml(sheetCount: number, overrides = ""): string {
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  let types =
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override("xl/workbook.xml", "officedocument.spreadsheetml.sheet.main+xml");
  for (let n = 1; n <= sheetCount; n++)
    types += `<Override PartName="/${sheetPartName(n)}" ContentType="${SHEET_TYPE}"/>`;
  types +=
    override("xl/theme/theme1.xml", "officedocument.theme+xml") +
    override("xl/styles.xml", "officedocument.spreadsheetml.styles+xml") +
    override("xl/sharedStrings.xml", "officedocument.spreadsheetml.sharedStrings+xml") +
    override("docProps/core.xml", "package.core-properties+xml") +
    override("docProps/app.xml", "officedocument.extended-properties+xml") +
    overrides;
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>`;
}

export const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** Who made the file (creator, last modified by), its description, and when. */
export function corePropsXml(creator: string, description: string, at: Date): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator><dc:description>${xmlText(description)}</dc:description>` +
    `<cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The sheet names as Excel lists them in the document's properties. */
export function appPropsXml(sheetNames: readonly string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join("");
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>" +
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}
