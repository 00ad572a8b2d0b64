/** The parts of a minimal .xlsx written by hand, so a hostile case can change exactly one thing. */
import type { ZipPart } from "./zip";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  name: string;
  /** The sheet part: XML text, or a prepared part (e.g. a zip bomb). */
  xml?: string;
  part?: Omit<ZipPart, "name">;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Package parts around the sheets (and a shared-strings part when given). */
export function xlsxParts(sheets: readonly SheetSpec[], sharedStrings?: Omit<ZipPart, "name">): ZipPart[] {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const parts: ZipPart[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join(
          "",
        )}${sharedStrings ? `<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    },
  ];
  sheets.forEach((s, i) =>
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, ...(s.part ?? { data: s.xml ?? sheetXml("") }) }),
  );
  if (sharedStrings) parts.push({ name: "xl/sharedStrings.xml", ...sharedStrings });
  return parts;
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";

export function sheetXml(rows: string, head = SHEET_HEAD): string {
  return `${head}${rows}${SHEET_TAIL}`;
}

/** An inline-string cell and a number cell. */
export const textCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
export const numberCell = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
export const sharedCell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

/** A small return table (title, header, two indicators) as sheet rows, from row `top`. */
export function tableRows(area: string, top = 1): string {
  const r = (n: number) => top + n;
  return [
    `<row r="${r(0)}">${textCell(`A${r(0)}`, `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${area.toUpperCase()}`)}</row>`,
    `<row r="${r(2)}">${["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"].map((h, i) => textCell(`${"ABCDE"[i]}${r(2)}`, h)).join("")}</row>`,
    `<row r="${r(3)}">${numberCell(`A${r(3)}`, 1)}${textCell(`B${r(3)}`, "Thu ngân sách trên địa bàn")}${textCell(`C${r(3)}`, "triệu đồng")}${numberCell(`D${r(3)}`, 30)}${numberCell(`E${r(3)}`, 33)}</row>`,
    `<row r="${r(4)}">${numberCell(`A${r(4)}`, 2)}${textCell(`B${r(4)}`, "Số hộ được dùng nước sạch")}${textCell(`C${r(4)}`, "hộ")}${numberCell(`D${r(4)}`, 400)}${numberCell(`E${r(4)}`, 352)}</row>`,
  ].join("");
}
