/** The archiver's stand-in keeps every part whole and in order, and refuses a part written twice. */
import { PassThrough } from "node:stream";
import { PartCollector } from "./part-collector";

/** Like exceljs's StreamBuf: buffers what is written, "finish" on end(). */
class Buffered extends PassThrough {
  private readonly chunks: Buffer[] = [];
  override write(chunk: string | Buffer): boolean {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }
  override end(): this {
    this.emit("finish");
    return this;
  }
  toBuffer(): Buffer | null {
    return this.chunks.length ? Buffer.concat(this.chunks) : null;
  }
}

describe("PartCollector", () => {
  it("keeps strings, buffers and streamed parts in the order they complete, without a leading slash", () => {
    const collector = new PartCollector();
    const entries: string[] = [];
    collector.on("entry", (e: { name: string }) => entries.push(e.name));
    collector.append("<a>ồ</a>", { name: "/xl/workbook.xml" });
    const sheet = new Buffered();
    collector.append(sheet, { name: "/xl/worksheets/sheet1.xml" });
    collector.append(Buffer.from([1, 2, 3]), { name: "docProps/app.xml" });
    sheet.write("<sheetData>");
    sheet.write(Buffer.from("</sheetData>"));
    expect(entries).toEqual(["xl/workbook.xml", "docProps/app.xml"]); // the sheet is not complete yet
    sheet.end();
    const empty = new Buffered();
    collector.append(empty, { name: "xl/empty.xml" });
    empty.end();
    expect(entries).toEqual(["xl/workbook.xml", "docProps/app.xml", "xl/worksheets/sheet1.xml", "xl/empty.xml"]);
    expect([...collector.parts.keys()]).toEqual(entries);
    expect(Buffer.from(collector.parts.get("xl/workbook.xml")!).toString("utf8")).toBe("<a>ồ</a>");
    expect(Buffer.from(collector.parts.get("xl/worksheets/sheet1.xml")!).toString()).toBe("<sheetData></sheetData>");
    expect(collector.parts.get("xl/empty.xml")!.length).toBe(0);
  });

  it("reports a part written twice as an error and keeps the first", () => {
    const collector = new PartCollector();
    const errors: Error[] = [];
    collector.on("error", (e: Error) => errors.push(e));
    collector.append("first", { name: "xl/styles.xml" });
    collector.append("second", { name: "/xl/styles.xml" });
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("xl/styles.xml")]);
    expect(Buffer.from(collector.parts.get("xl/styles.xml")!).toString()).toBe("first");
  });

  it("ends the writer's output when finalized", () => {
    const collector = new PartCollector();
    const output = new PassThrough();
    let finished = false;
    output.on("finish", () => (finished = true));
    collector.pipe(output);
    collector.finalize();
    return new Promise<void>((resolve) => setImmediate(() => resolve())).then(() => expect(finished).toBe(true));
  });
});
