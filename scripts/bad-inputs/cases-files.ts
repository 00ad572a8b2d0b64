/** Cases about the file itself: truncated, encrypted, not an .xlsx at all. Built as raw bytes. */
import { encryptedXlsx, legacyXls } from "./cfb";
import { type BadCase, GOOD_ROWS, singleReturn } from "./kit";

const unreadable = (description: string): BadCase["expect"] => ({
  description,
  problems: [{ code: "file-unreadable", sheet: "", cell: "" }],
  minScored: 0,
  exitCode: 1,
});

/** A good .xlsx's bytes (zip times fixed by the caller when writing; here they only need to be a zip). */
export async function goodXlsxBytes(): Promise<Uint8Array> {
  const bytes = await singleReturn("Bao cao", GOOD_ROWS).xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

/** Cases whose bytes derive from a good workbook's bytes (given once, already byte-stable). */
export function fileCases(good: Uint8Array): BadCase[] {
  return [
    {
      name: "truncated-zip",
      expect: unreadable("A good .xlsx cut to 60 % of its length (an interrupted download or e-mail attachment)."),
      build: () => good.slice(0, Math.floor(good.length * 0.6)),
    },
    {
      name: "zip-header-only",
      expect: unreadable("Only the first 30 bytes of a zip: a local header and nothing else."),
      build: () => good.slice(0, 30),
    },
    {
      name: "password-protected",
      expect: {
        description: "A password-protected workbook: an OLE compound file holding an EncryptedPackage stream.",
        problems: [{ code: "file-encrypted", sheet: "", cell: "" }],
        minScored: 0,
        exitCode: 1,
      },
      build: () => encryptedXlsx(),
    },
    {
      name: "old-xls-renamed",
      expect: unreadable("An Excel 97–2003 .xls (OLE compound file, Workbook stream) renamed to .xlsx."),
      build: () => legacyXls(),
    },
    {
      name: "csv-renamed",
      expect: unreadable("A CSV export renamed to .xlsx."),
      build: () =>
        new TextEncoder().encode(
          "STT,Chỉ tiêu,ĐVT,Kế hoạch,Thực hiện\r\n1,Tổng sản lượng lương thực,tấn,1200,1100\r\n2,Thu ngân sách,triệu đồng,30,33\r\n",
        ),
    },
    {
      name: "pdf-renamed",
      expect: unreadable("A PDF report renamed to .xlsx."),
      build: () =>
        new TextEncoder().encode(
          "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        ),
    },
    {
      name: "zero-bytes",
      expect: unreadable("An empty file (0 bytes)."),
      build: () => new Uint8Array(0),
    },
    {
      name: "html-renamed",
      expect: unreadable("An HTML table saved with an .xlsx name (what some web systems export)."),
      build: () =>
        new TextEncoder().encode(
          "<html><body><table><tr><td>Chỉ tiêu</td><td>Kế hoạch</td></tr></table></body></html>",
        ),
    },
  ];
}
