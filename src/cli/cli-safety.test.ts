/**
 * The command line never destroys an input, never reads its own summaries as returns, never blocks on
 * a file that is not a regular file, and never sends a name's control characters to the terminal.
 */
import { execFileSync } from "node:child_process";
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "./main";
import type { JsonReport } from "../core/report";
import { GOOD_ROWS, singleReturn } from "../../scripts/bad-inputs/kit";
import { folderDigest } from "../../test/support/file-digest";

async function goodReturn(commune: string): Promise<Buffer> {
  return Buffer.from(await singleReturn("Báo cáo", GOOD_ROWS, { commune }).xlsx.writeBuffer());
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

let dir: string;
let outDir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cli-safety-"));
  outDir = mkdtempSync(join(tmpdir(), "cli-safety-out-"));
  writeFileSync(join(dir, "xa-a.xlsx"), await goodReturn("Xã A"));
  writeFileSync(join(dir, "xa-b.xlsx"), await goodReturn("Xã B"));
});

afterEach(() => {
  for (const made of [dir, outDir, `${dir}-alias`]) rmSync(made, { recursive: true, force: true });
});

describe("an output naming an input is refused", () => {
  const a = () => join(dir, "xa-a.xlsx");
  test.each([
    ["the same path", () => a()],
    ["another spelling", () => join(dir, ".", "sub", "..", "xa-a.xlsx")],
    ["a symlink", () => (symlinkSync(a(), join(dir, "link.xlsx")), join(dir, "link.xlsx"))],
    ["a hard link", () => (linkSync(a(), join(dir, "hard.xlsx")), join(dir, "hard.xlsx"))],
    [
      "a symlinked folder",
      () => {
        const alias = `${dir}-alias`;
        symlinkSync(dir, alias);
        return join(alias, "xa-a.xlsx");
      },
    ],
  ])("--out through %s: exit 2, the file named, nothing written", async (_label, target) => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    const out = target();
    const before = folderDigest(dir);
    const r = await run(["summarize", a(), join(dir, "xa-b.xlsx"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out chỉ tới tệp đầu vào");
    expect(r.err).toContain("xa-a.xlsx");
    expect(folderDigest(dir)).toEqual(before);
  });

  test("--json naming an input found in a folder: exit 2, in English with --lang en", async () => {
    const before = folderDigest(dir);
    const r = await run([
      "summarize",
      dir,
      "--out",
      join(dir, "out.xlsx"),
      "--json",
      join(dir, "xa-b.xlsx"),
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--json names the input file .*xa-b\.xlsx/);
    expect(folderDigest(dir)).toEqual(before);
  });

  test("--out and --json naming one file: exit 2", async () => {
    const r = await run(["summarize", dir, "--out", join(dir, "o.xlsx"), "--json", join(dir, "o.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out và --json cùng chỉ tới");
  });
});

test("--out naming a pipe or a folder: exit 2 at once, nothing opened for writing", async () => {
  execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
  for (const out of [join(dir, "pipe.xlsx"), dir]) {
    const r = await run(["summarize", join(dir, "xa-a.xlsx"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("không phải tệp thông thường");
  }
});

describe("the add-in's own summaries are skipped, whatever their name", () => {
  const totals = (path: string) => {
    const report = JSON.parse(readFileSync(path, "utf8")) as JsonReport;
    return report.returns.map((x) => x.area).sort();
  };

  test("running twice over a folder holding the first summary counts nothing twice", async () => {
    const first = await run(["summarize", dir, "--out", join(dir, "tong-hop.xlsx"), "--json", join(outDir, "j1.json")]);
    expect(first.code).toBe(0);
    // Renamed, so no name or path tells it apart: only its tag does.
    execFileSync("mv", [join(dir, "tong-hop.xlsx"), join(dir, "xa-c.xlsx")]);
    const second = await run(["summarize", dir, "--out", join(outDir, "o2.xlsx"), "--json", join(outDir, "j2.json")]);
    expect(second.code).toBe(0);
    expect(second.err.split("\n").filter((l) => l.includes("xa-c.xlsx"))).toEqual([
      expect.stringMatching(/^Bỏ qua .*xa-c\.xlsx: đây là báo cáo tổng hợp do commune-targets tạo/),
    ]);
    expect(totals(join(outDir, "j2.json"))).toEqual(totals(join(outDir, "j1.json")));
  });

  test("--out over the previous summary, listed among the inputs (dir/*.xlsx), regenerates it", async () => {
    const out = join(dir, "tong-hop.xlsx");
    expect((await run(["summarize", dir, "--out", out])).code).toBe(0);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const again = await run(["summarize", ...files, "--out", out, "--json", "-"]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as JsonReport).returns).toHaveLength(2);
    expect(again.err).toContain("tong-hop.xlsx: đây là báo cáo tổng hợp");
  });

  async function withTaggedSheet(how: "property" | "setting"): Promise<Buffer> {
    const wb = singleReturn("Báo cáo", GOOD_ROWS, { commune: "Xã D" });
    const summary = wb.addWorksheet("Tổng hợp");
    summary.getCell("A1").value = "Chỉ tiêu";
    summary.getCell("B1").value = "Kế hoạch";
    summary.getCell("C1").value = "Thực hiện";
    summary.addRow(["Thu ngân sách trên địa bàn", 30, 33]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    if (how === "property") {
      const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      zip.file(
        "xl/worksheets/sheet2.xml",
        xml.replace(
          "</worksheet>",
          '<customProperties><customPr name="commune-targets" r:id="rIdCp"/></customProperties></worksheet>',
        ),
      );
      const relsPath = "xl/worksheets/_rels/sheet2.xml.rels";
      const rels =
        (await zip.file(relsPath)?.async("string")) ??
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      zip.file(
        relsPath,
        rels.replace(
          "</Relationships>",
          '<Relationship Id="rIdCp" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty" Target="../customProperty1.bin"/></Relationships>',
        ),
      );
      zip.file("xl/customProperty1.bin", Buffer.from("0.1.0", "utf16le"));
    } else {
      const value = JSON.stringify(JSON.stringify(["Tổng hợp"]))
        .replace(/&/g, "&amp;")
        .replace(/"/g, "&quot;");
      zip.file(
        "xl/webextensions/webextension1.xml",
        `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="commune-targets.sheets" value="${value}"/></we:properties></we:webextension>`,
      );
    }
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  test.each(["property", "setting"] as const)(
    "a sheet the add-in tagged (%s) is skipped, the user's sheets read",
    async (how) => {
      writeFileSync(join(dir, "xa-d.xlsx"), await withTaggedSheet(how));
      const r = await run(["summarize", join(dir, "xa-d.xlsx"), "--out", join(dir, "o.xlsx"), "--json", "-"]);
      expect(r.code).toBe(0);
      expect(r.err).toContain("Bỏ qua trong");
      expect(r.err).toContain("1 trang tính tổng hợp do phần bổ trợ tạo: Tổng hợp.");
      const report = JSON.parse(r.out) as JsonReport;
      expect(report.returns.map((x) => x.sheet)).toEqual(["Báo cáo"]);
    },
  );
});

describe("only regular files are read", () => {
  test("a FIFO and a device named .xlsx are refused with a message; the good returns are summarised", async () => {
    execFileSync("mkfifo", [join(dir, "fifo.xlsx")]);
    const r = await run(["summarize", dir, "/dev/zero", "--out", join(outDir, "f.xlsx"), "--json", "-"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.returns).toHaveLength(2);
    const refused = report.problems.filter((p) => p.code === "file-not-regular").map((p) => p.file);
    expect(refused.sort()).toEqual(["fifo.xlsx", "zero"]);
    expect(r.err).toContain("không phải tệp thông thường");
  });
});

describe("names reach the terminal with their control characters visible", () => {
  test("an escape sequence, a bell and a right-to-left mark in a file name", async () => {
    const name = "xa-\u001b[2J\u0007\u202eabc.xlsx";
    writeFileSync(join(dir, name), Buffer.from("not a zip"));
    let raw = "";
    const code = await main(["summarize", dir, "--out", join(outDir, "n.xlsx")], {
      stdout: (t) => (raw += t),
      stderr: (t) => (raw += t),
    });
    expect(code).toBe(0);
    expect(raw).toContain("xa-\\e[2J\\x07\\u202eabc.xlsx");
    // eslint-disable-next-line no-control-regex
    expect(raw).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

test("a damaged file's message is wholly Vietnamese; --verbose adds the reader's own cause after it", async () => {
  const good = readFileSync(join(dir, "xa-a.xlsx"));
  // cut short: the zip's central directory is gone
  writeFileSync(join(dir, "hong.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  const out = join(outDir, "tong-hop.xlsx");
  const plain = await run(["summarize", dir, "--out", out]);
  const line = (err: string) => err.split("\n").find((l) => l.includes("hong.xlsx")) ?? "";
  expect(line(plain.err)).toBe(
    "✖ Tệp hong.xlsx: Không đọc được tệp: tệp bị hỏng: tệp bị cắt cụt (chưa tải về hoặc chưa gửi hết).",
  );
  const verbose = await run(["summarize", dir, "--out", out, "--verbose"]);
  expect(line(verbose.err).startsWith(line(plain.err))).toBe(true);
  expect(line(verbose.err).length).toBeGreaterThan(line(plain.err).length + 3);
});
