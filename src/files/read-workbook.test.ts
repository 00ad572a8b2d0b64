import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { readWorkbookBuffer, readWorkbookFile } from "./read-workbook";

const dir = mkdtempSync(join(tmpdir(), "read-workbook-"));

async function writeSample(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Xã Trạm Tấu");
  ws.getCell("B2").value = "Chỉ tiêu";
  ws.getCell("C2").value = 400;
  ws.getCell("D2").value = { formula: "C2*2", result: 800, shareType: "shared", ref: "D2:D3" } as ExcelJS.CellValue;
  ws.getCell("C3").value = 347;
  ws.getCell("D3").value = { sharedFormula: "D2", result: 694 } as ExcelJS.CellValue;
  ws.getCell("B4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
  ws.getCell("C4").value = { formula: "C2" } as ExcelJS.CellValue; // no cached result
  ws.getCell("D4").value = { error: "#N/A" };
  ws.getCell("B5").value = new Date(Date.UTC(2022, 5, 15));
  ws.getCell("B5").numFmt = "dd/mm/yyyy";
  ws.getCell("C5").value = { richText: [{ text: "Thực " }, { text: "hiện", font: { bold: true } }] };
  ws.getCell("D5").value = { text: "Xem", hyperlink: "https://example.org" };
  ws.getCell("B6").value = true;
  ws.getCell("C6").value = 0.79;
  ws.getCell("C6").numFmt = "0%";
  ws.getCell("E7").value = "- hộ nghèo";
  ws.mergeCells("B8:E8");
  ws.getCell("B8").value = "Trạm Tấu, ngày 15 tháng 6 năm 2022";
  ws.getRow(3).hidden = true;
  const empty = wb.addWorksheet("Trống");
  empty.getCell("A1").numFmt = "0.0"; // a format but no value
  await wb.xlsx.writeFile(path);
}

describe("readWorkbookFile", () => {
  const path = join(dir, "sample.xlsx");
  beforeAll(() => writeSample(path));

  it("reads the used range as a rectangle of plain values", async () => {
    const source = await readWorkbookFile(path);
    expect(source.findings).toEqual([]);
    expect(source.file).toBe(path);
    expect(source.grids.map((g) => g.sheet)).toEqual(["Xã Trạm Tấu", "Trống"]);
    const grid = source.grids[0];
    expect([grid.top, grid.left]).toEqual([2, 2]);
    expect(grid.values).toHaveLength(7); // rows 2..8
    for (const row of grid.values) expect(row).toHaveLength(4); // columns B..E
    expect(grid.values[0]).toEqual(["Chỉ tiêu", 400, 800, null]);
    expect(grid.values[1]).toEqual([null, 347, 694, null]); // shared formula → cached result
    expect(grid.values[2]).toEqual([{ error: "#DIV/0!" }, null, { error: "#N/A" }, null]);
    expect(grid.values[3]).toEqual([44727, "Thực hiện", "Xem", null]); // 15/6/2022 as a serial
    expect(grid.values[4]).toEqual([true, 0.79, null, null]);
    expect(grid.values[5]).toEqual([null, null, null, "- hộ nghèo"]);
    // merged: only the top-left holds the value, the covered cells are empty
    expect(grid.values[6]).toEqual(["Trạm Tấu, ngày 15 tháng 6 năm 2022", null, null, null]);
  });

  it("keeps number formats, merges and hidden rows", async () => {
    const grid = (await readWorkbookFile(path)).grids[0];
    expect(grid.numberFormats?.[3][0]).toBe("dd/mm/yyyy");
    expect(grid.numberFormats?.[4][1]).toBe("0%");
    expect(grid.numberFormats?.[0][1]).toBeNull();
    expect(grid.merges).toEqual([{ top: 8, left: 2, bottom: 8, right: 5 }]);
    expect(grid.hiddenRows).toEqual([3]);
  });

  it("gives an empty grid for a sheet without values", async () => {
    const grid = (await readWorkbookFile(path)).grids[1];
    expect(grid.values).toEqual([]);
  });

  it("never changes the input file", async () => {
    const hash = (): string => createHash("sha256").update(readFileSync(path)).digest("hex");
    const before = hash();
    await readWorkbookFile(path);
    expect(hash()).toBe(before);
  });

  it("reads the same from an ArrayBuffer or a Uint8Array", async () => {
    const bytes = readFileSync(path);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const fromArrayBuffer = await readWorkbookBuffer(arrayBuffer, "a.xlsx");
    const fromUint8 = await readWorkbookBuffer(new Uint8Array(bytes), "a.xlsx");
    const fromFile = await readWorkbookFile(path);
    expect(fromArrayBuffer.grids).toEqual(fromFile.grids);
    expect(fromUint8.grids).toEqual(fromFile.grids);
    expect(fromArrayBuffer.file).toBe("a.xlsx");
  });
});

describe("unreadable files become findings", () => {
  const codeOf = async (path: string): Promise<string[]> =>
    (await readWorkbookFile(path)).findings.map((f) => `${f.code}@${f.sheet}${f.cell}`);

  it("reports a missing file", async () => {
    expect(await codeOf(join(dir, "no-such-file.xlsx"))).toEqual(["file-not-found@"]);
  });

  it("reports a file that is not a zip", async () => {
    const path = join(dir, "notes.xlsx");
    writeFileSync(path, "STT,Chỉ tiêu\n1,Thu ngân sách\n");
    expect(await codeOf(path)).toEqual(["file-unreadable@"]);
  });

  it("reports a corrupt zip", async () => {
    const good = join(dir, "good.xlsx");
    await writeSample(good);
    const bytes = readFileSync(good);
    const path = join(dir, "truncated.xlsx");
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const source = await readWorkbookFile(path);
    expect(source.grids).toEqual([]);
    expect(source.findings.map((f) => f.code)).toEqual(["file-unreadable"]);
  });

  it("reports a password-protected workbook (OLE with EncryptedPackage)", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Buffer.from("EncryptedPackage", "utf16le");
    const path = join(dir, "locked.xlsx");
    writeFileSync(path, Buffer.concat([header, Buffer.alloc(504), name, Buffer.alloc(64)]));
    expect(await codeOf(path)).toEqual(["file-encrypted@"]);
  });

  it("reports an old OLE file (.xls) without EncryptedPackage as unreadable", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const path = join(dir, "old.xls");
    writeFileSync(path, Buffer.concat([header, Buffer.alloc(600), Buffer.from("Workbook", "utf16le")]));
    expect(await codeOf(path)).toEqual(["file-unreadable@"]);
  });

  it("reports an empty file as unreadable", async () => {
    const path = join(dir, "empty.xlsx");
    writeFileSync(path, "");
    expect(await codeOf(path)).toEqual(["file-unreadable@"]);
  });
});
