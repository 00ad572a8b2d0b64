/**
 * Builds .xlsx bytes from raw part XML, so tests can hold exactly the markup other writers produce
 * (inline strings, shared formulas, rich text with phonetic runs, 1904 dates, cells without "r")
 * and damage it byte by byte (CRC, duplicate entries, truncation, bombs).
 */
import { zipSync } from "fflate";

export interface RawSheet {
  name: string;
  /** The whole worksheet XML, or just what goes inside <sheetData> (then wrapped). */
  xml: string;
  /** Extra markup after </sheetData> (mergeCells…), when xml is only the rows. */
  after?: string;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  sharedStrings?: string[] | string;
  /** cellXfs numFmtIds, in order; custom formats in numFmts. */
  cellFormats?: number[];
  numFmts?: Record<number, string>;
  date1904?: boolean;
  /** Parts added or replacing the generated ones. */
  extra?: Record<string, string | Uint8Array>;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function rawXlsxParts(wb: RawWorkbook): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    wb.sheets
      .map(
        (_s, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R_NS}><workbookPr${wb.date1904 ? ' date1904="1"' : ""}/><sheets>` +
    wb.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  const n = wb.sheets.length;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    wb.sheets
      .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const formats = wb.cellFormats ?? [0];
  const numFmts = Object.entries(wb.numFmts ?? {});
  parts["xl/styles.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>` +
    (numFmts.length
      ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("")}</numFmts>`
      : "") +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${formats.length}">${formats.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`).join("")}</cellXfs></styleSheet>`;
  const ss = wb.sharedStrings ?? [];
  parts["xl/sharedStrings.xml"] =
    typeof ss === "string"
      ? ss
      : `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${ss.length}" uniqueCount="${ss.length}">` +
        ss
          .map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${esc(s)}</t></si>`))
          .join("") +
        `</sst>`;
  wb.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml.startsWith("<?xml")
      ? s.xml
      : `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${R_NS}><sheetData>${s.xml}</sheetData>${s.after ?? ""}</worksheet>`;
  });
  Object.assign(parts, wb.extra ?? {});
  return parts;
}

const encoder = new TextEncoder();

export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) {
    files[name] = typeof content === "string" ? encoder.encode(content) : content;
  }
  return zipSync(files, { level });
}

export function rawXlsx(wb: RawWorkbook, level: 0 | 6 = 6): Uint8Array {
  return zipParts(rawXlsxParts(wb), level);
}
