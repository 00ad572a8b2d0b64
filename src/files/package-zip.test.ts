/**
 * The package's zip: every part comes back byte for byte, in its order, deflated, with a CRC that
 * JSZip (checking CRCs) accepts (the CRC comes from zlib's gzip trailer); and a written summary
 * holds no part left uncompressed.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { unzipSync } from "fflate";
import { DEFAULT_SETTINGS } from "../core/settings";
import { templateWorkbook } from "../core/templates/blank-return";
import { zipDeflated } from "./package-zip";
import { writePlanFile } from "./write-plan";

/** Each entry's name and compression method (0 stored, 8 deflated), in the file's order. */
function methods(bytes: Uint8Array): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  unzipSync(bytes, {
    filter: (f) => {
      out.push([f.name, f.compression]);
      return false;
    },
  });
  return out;
}

const partName = fc
  .array(fc.stringMatching(/^[A-Za-zÀ-ỹ][A-Za-z0-9_.[\]À-ỹ-]{0,11}$/), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join("/"));

describe("zipDeflated", () => {
  it("gives back every part, in order, deflated, with valid CRCs", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(partName, fc.uint8Array({ maxLength: 3000 })), {
          selector: ([name]) => name,
          maxLength: 8,
        }),
        async (parts) => {
          const bytes = zipDeflated(new Map(parts));
          const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
          const names = Object.keys(zip.files);
          expect(names).toEqual(parts.map(([name]) => name));
          for (const [name, data] of parts) expect(await zip.file(name)!.async("uint8array")).toEqual(data);
          expect(methods(bytes).every(([, method]) => method === 8)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });

  it("compresses text as zlib does (a repetitive part shrinks)", () => {
    const xml = new TextEncoder().encode('<row><c r="A1" s="1"><v>1</v></c></row>'.repeat(2000));
    expect(zipDeflated(new Map([["xl/worksheets/sheet1.xml", xml]])).length).toBeLessThan(xml.length / 20);
  });
});

describe("a written summary", () => {
  it("has every part deflated", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "package-zip-")), "templates.xlsx");
    await writePlanFile(templateWorkbook(DEFAULT_SETTINGS), file);
    const entries = methods(readFileSync(file));
    expect(entries.map(([name]) => name)).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml"]));
    expect(entries.filter(([, method]) => method !== 8)).toEqual([]);
  });
});
