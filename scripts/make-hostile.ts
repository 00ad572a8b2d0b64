/**
 * The hostile corpus: files a clerk's inbox can deliver that try to take the reader down (a stray cell
 * at XFD1048576, zip bombs, entity expansion, a FIFO, control characters in names, …). Built at test
 * time into a folder (small on disk: the 3.5 GB bomb is a few MB), each with what must happen when it
 * is summarised beside two good returns:
 *   node -r ./scripts/ts-register.js scripts/make-hostile.ts <outDir> [case…]
 * `reader: true` marks the cases only the bounded .xlsx reader (issue 14) can pass: zip/XML-level
 * checks (sizes, CRCs, duplicates, encodings, entities, the sparse table region, the file caps).
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { analyze } from "../src/core/analyze";
import { buildSummaryPlan } from "../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbookBuffer } from "../src/files/read-workbook-buffer";
import { writePlanToWorkbook } from "../src/files/write-plan";
import { encryptedXlsx } from "./bad-inputs/cfb";
import { GOOD_ROWS, singleReturn } from "./bad-inputs/kit";
import { FIXED_DATE } from "./examples/sheet-kit";
import { withFixedZipTimes } from "./examples/stable-zip";
import {
  SHEET_HEAD,
  SHEET_TAIL,
  numberCell,
  sharedCell,
  sheetXml,
  tableRows,
  textCell,
  xlsxParts,
} from "./hostile/xlsx-parts";
import { type ZipPart, repeatedPart, zip } from "./hostile/zip";

export interface HostileCase {
  name: string;
  /** The file's name in the folder (odd names are part of some cases). */
  file: string;
  description: string;
  /** Only the bounded reader of issue 14 passes it (see the file's comment). */
  reader: boolean;
  /** Problem codes the hostile file must get (any one of them), or "skipped" for our own summary. */
  expect: { codes: string[] } | { skipped: true } | { readAsReturn: true };
  /** The bytes, or "fifo" for a named pipe. */
  build: () => Promise<Uint8Array | "fifo">;
}

export const GOOD_AREAS = ["Xã Tốt Một", "Xã Tốt Hai"];

export async function goodReturnBytes(area: string): Promise<Uint8Array> {
  const bytes = await singleReturn("Báo cáo", GOOD_ROWS, { commune: area }).xlsx.writeBuffer();
  return withFixedZipTimes(new Uint8Array(bytes as ArrayBuffer), FIXED_DATE);
}

/** A summary the command line wrote over two returns (tagged in its core properties). */
async function ownSummaryBytes(): Promise<Uint8Array> {
  const sources = await Promise.all(
    GOOD_AREAS.map(async (area) => ({
      ...(await readWorkbookBuffer(await goodReturnBytes(area), `${area}.xlsx`)),
      file: `${area}.xlsx`,
    })),
  );
  const analysis = analyze(sources, DEFAULT_SETTINGS);
  const bytes = await writePlanToWorkbook(buildSummaryPlan(analysis, DEFAULT_SETTINGS)).xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

const one = (xml: string) => zip(xlsxParts([{ name: "Xã Độc", xml }]));
const damaged = { codes: ["file-unreadable"] };
const bombSheet = (gb: number) => async () =>
  zip(
    xlsxParts([
      {
        name: "Xã Bom",
        part: {
          deflated: await repeatedPart(
            sheetXml(tableRows("Xã Bom")).replace(SHEET_TAIL, ""),
            " ".repeat(1 << 20),
            Math.round(gb * 1024),
            SHEET_TAIL,
          ),
        },
      },
    ]),
  );
const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;
const XXE = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
const withDoctype = (xml: string, doctype: string) => xml.replace("?>", `?>${doctype}`);
/** One sheet whose A1 is shared string 0, that string's text being `text` under `doctype`. */
const sharedStringsWith = (text: string, doctype: string) =>
  zip(
    xlsxParts([{ name: "Xã", xml: sheetXml(`<row r="1">${sharedCell("A1", 0)}</row>`) }], {
      data: withDoctype(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${text}</t></si></sst>`,
        doctype,
      ),
    }),
  );

export const HOSTILE_CASES: HostileCase[] = [
  // --- the command line's own guards (this branch) ---
  {
    name: "fifo",
    file: "fifo.xlsx",
    description: "A named pipe called .xlsx: reading it would block for ever.",
    reader: false,
    expect: { codes: ["file-not-regular"] },
    build: async () => "fifo",
  },
  {
    name: "escape-name",
    file: "xa-\u001b[2J\u001b]0;pwned\u0007-do.xlsx",
    description: "A good return whose file name clears the screen and retitles the terminal.",
    reader: false,
    expect: { readAsReturn: true },
    build: () => goodReturnBytes("Xã Tên Lạ"),
  },
  {
    name: "rtl-name",
    file: "\u202excod.exe\u202c-xa.xlsx",
    description: "A file name with a right-to-left override that shows it backwards.",
    reader: false,
    expect: { codes: ["file-unreadable"] },
    build: async () => new TextEncoder().encode("not a workbook"),
  },
  {
    name: "encrypted",
    file: "mat-khau.xlsx",
    description: "A password-protected workbook.",
    reader: false,
    expect: { codes: ["file-encrypted"] },
    build: async () => encryptedXlsx(),
  },
  {
    name: "csv-renamed",
    file: "csv.xlsx",
    description: "A CSV export renamed .xlsx.",
    reader: false,
    expect: damaged,
    build: async () => new TextEncoder().encode("STT,Chỉ tiêu,Kế hoạch,Thực hiện\r\n1,Thu ngân sách,30,33\r\n"),
  },
  {
    name: "own-summary",
    file: "bao-cao-xa-moi.xlsx",
    description: "Last run's summary, renamed like a return: recognised by its tag and skipped.",
    reader: false,
    expect: { skipped: true },
    build: ownSummaryBytes,
  },
  // --- the bounded reader (issue 14) ---
  {
    name: "far-corner",
    file: "o-xa.xlsx",
    description: "A return plus one cell at XFD1048576 (a 10 KB file that used to exhaust memory).",
    reader: true,
    expect: { codes: ["cells-outside-table"] },
    build: async () => one(sheetXml(tableRows("Xã Góc Xa") + `<row r="1048576">${textCell("XFD1048576", "x")}</row>`)),
  },
  {
    name: "ten-million-cells",
    file: "muoi-trieu-o.xlsx",
    description: "10,000 rows × 1,000 numbers (10 million cells, a few MB on disk).",
    reader: true,
    // its sheet XML alone is over the per-part limit, or its table over the cell cap: refused either way
    expect: { codes: ["sheet-too-large", "file-unreadable"] },
    build: async () =>
      zip(
        xlsxParts([
          {
            name: "Lớn",
            part: {
              deflated: await repeatedPart(
                SHEET_HEAD,
                `<row>${"<c><v>1</v></c>".repeat(1000)}</row>`,
                10_000,
                SHEET_TAIL,
              ),
            },
          },
        ]),
      ),
  },
  {
    name: "zip-bomb-1gb",
    file: "bom-1gb.xlsx",
    description: "A sheet part that inflates to 1 GB (about 1 MB on disk).",
    reader: true,
    expect: damaged,
    build: bombSheet(1),
  },
  {
    name: "zip-bomb-3.5gb",
    file: "bom-3-5gb.xlsx",
    description: "A sheet part that inflates to 3.5 GB (about 3.5 MB on disk).",
    reader: true,
    expect: damaged,
    build: bombSheet(3.5),
  },
  {
    name: "billion-laughs-sheet",
    file: "cuoi-trang.xlsx",
    description: "Entity expansion (billion laughs) in the sheet XML.",
    reader: true,
    expect: damaged,
    build: async () =>
      one(
        withDoctype(sheetXml(`<row r="1">${textCell("A1", "x")}</row>`).replace("<t>x</t>", "<t>&lol9;</t>"), LAUGHS),
      ),
  },
  {
    name: "billion-laughs-shared",
    file: "cuoi-chuoi.xlsx",
    description: "Entity expansion in the shared strings.",
    reader: true,
    expect: damaged,
    build: async () => sharedStringsWith("&lol9;", LAUGHS),
  },
  {
    name: "xxe-shared",
    file: "xxe.xlsx",
    description: "An external entity naming /etc/passwd in the shared strings.",
    reader: true,
    expect: damaged,
    build: async () => sharedStringsWith("&xxe;", XXE),
  },
  {
    name: "xxe-sheet",
    file: "xxe-trang.xlsx",
    description: "An external entity in the sheet XML.",
    reader: true,
    expect: damaged,
    build: async () =>
      one(withDoctype(sheetXml(`<row r="1">${textCell("A1", "x")}</row>`).replace("<t>x</t>", "<t>&xxe;</t>"), XXE)),
  },
  {
    name: "string-50mb",
    file: "chuoi-50mb.xlsx",
    description: "A 50 MB text in one cell of a return.",
    reader: true,
    expect: { codes: ["cell-text-too-long"] },
    build: async () =>
      zip(
        xlsxParts([
          {
            name: "Xã Chuỗi Dài",
            part: {
              deflated: await repeatedPart(
                SHEET_HEAD + tableRows("Xã Chuỗi Dài") + '<row r="6"><c r="B6" t="inlineStr"><is><t>',
                "Thu ngân sách ".repeat(4096),
                1000,
                "</t></is></c></row>" + SHEET_TAIL,
              ),
            },
          },
        ]),
      ),
  },
  {
    name: "deep-nesting",
    file: "long-sau.xlsx",
    description: "A million nested elements in the sheet XML (no table: any clear problem, no crash).",
    reader: true,
    expect: { codes: ["file-unreadable", "file-no-sheets", "sheet-empty", "sheet-no-header"] },
    build: async () =>
      zip(
        xlsxParts([
          {
            name: "Xã",
            part: {
              deflated: await repeatedPart(
                SHEET_HEAD,
                "<x>".repeat(10_000),
                100,
                "</x>".repeat(1_000_000) + SHEET_TAIL,
              ),
            },
          },
        ]),
      ),
  },
  {
    name: "ten-thousand-sheets",
    file: "muoi-nghin-trang.xlsx",
    description: "10,000 small sheets.",
    reader: true,
    expect: { codes: ["file-too-many-sheets"] },
    build: async () =>
      zip(
        xlsxParts(
          Array.from({ length: 10_000 }, (_, i) => ({
            name: `T${i + 1}`,
            xml: sheetXml(`<row r="1">${numberCell("A1", i)}</row>`),
          })),
        ),
      ),
  },
  {
    name: "bad-crc",
    file: "crc-sai.xlsx",
    description: "A good return whose sheet part's CRC is wrong.",
    reader: true,
    expect: damaged,
    build: async () =>
      zip(
        xlsxParts([{ name: "Xã CRC", xml: sheetXml(tableRows("Xã CRC")) }]).map((p): ZipPart =>
          p.name.startsWith("xl/worksheets/") ? { ...p, crc: 0x12345678 } : p,
        ),
      ),
  },
  {
    name: "duplicate-entries",
    file: "trung-muc.xlsx",
    description: "The sheet part twice, with different figures.",
    reader: true,
    expect: damaged,
    build: async () => {
      const parts = xlsxParts([{ name: "Xã Trùng", xml: sheetXml(tableRows("Xã Trùng")) }]);
      return zip([
        ...parts,
        { name: "xl/worksheets/sheet1.xml", data: sheetXml(tableRows("Xã Trùng").replace(">33<", ">3300<")) },
      ]);
    },
  },
  {
    name: "invalid-utf8",
    file: "utf8-hong.xlsx",
    description: "Bytes that are not UTF-8 inside a name in the sheet XML.",
    reader: true,
    expect: damaged,
    build: async () => {
      const xml = Buffer.from(sheetXml(tableRows("Xã UTF")), "utf8");
      const at = xml.indexOf(Buffer.from("Thu ngân"));
      xml[at + 5] = 0xff;
      xml[at + 6] = 0xfe;
      return zip(xlsxParts([{ name: "Xã UTF", part: { data: xml } }]));
    },
  },
  {
    name: "utf16-part",
    file: "utf16.xlsx",
    description: "The sheet part in UTF-16 (allowed by XML; must be read right or named, never garbled).",
    reader: true,
    expect: { readAsReturn: true },
    build: async () => {
      const xml = sheetXml(tableRows("Xã Mười Sáu")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
      return zip(
        xlsxParts([
          {
            name: "Xã Mười Sáu",
            part: { data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]) },
          },
        ]),
      );
    },
  },
  {
    name: "truncated",
    file: "cut.xlsx",
    description: "A good return cut to 60 % (an interrupted download).",
    reader: true,
    expect: damaged,
    build: async () => {
      const b = await goodReturnBytes("Xã Cắt");
      return b.slice(0, Math.floor(b.length * 0.6));
    },
  },
  {
    name: "xlsb-renamed",
    file: "xlsb.xlsx",
    description: "A binary workbook (.xlsb) renamed .xlsx.",
    reader: true,
    expect: damaged,
    build: async () =>
      zip([
        {
          name: "[Content_Types].xml",
          data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
        },
        { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00]) },
      ]),
  },
  {
    name: "ods-renamed",
    file: "ods.xlsx",
    description: "An OpenDocument spreadsheet renamed .xlsx.",
    reader: true,
    expect: damaged,
    build: async () =>
      zip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        {
          name: "content.xml",
          data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
        },
      ]),
  },
];

/** Writes the good returns and the cases named (all by default) into `outDir`; returns the paths. */
export async function makeHostile(outDir: string, names?: readonly string[]): Promise<Map<string, string>> {
  await mkdir(outDir, { recursive: true });
  const paths = new Map<string, string>();
  for (const c of HOSTILE_CASES) {
    if (names && !names.includes(c.name)) continue;
    const path = join(outDir, c.file);
    const built = await c.build();
    if (built === "fifo") execFileSync("mkfifo", [path]);
    else await writeFile(path, built);
    paths.set(c.name, path);
  }
  return paths;
}

if (require.main === module) {
  const [outDir = "out/hostile", ...names] = process.argv.slice(2);
  void makeHostile(outDir, names.length ? names : undefined).then((paths) =>
    console.log(`${paths.size} hostile files in ${outDir}`),
  );
}
