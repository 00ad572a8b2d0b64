import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "./main";

const run = async (argv: string[]) => {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
};

describe("command-line conventions", () => {
  it("--help is in Vietnamese by default and in English with --lang en", async () => {
    const vi = await run(["--help"]);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Cách dùng: commune-targets summarize/);
    expect(vi.out).toContain("Tệp đầu vào chỉ được đọc");
    const en = await run(["summarize", "--lang", "en", "--help"]);
    expect(en.out).toMatch(/^Usage: commune-targets summarize/);
    expect(en.out).not.toContain("Cách dùng");
  });

  it("a usage error shows the help in the chosen language, exit code 2", async () => {
    const bad = await run(["summarize", "x.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Cách dùng:");
    expect((await run(["summarize", "x.xlsx", "--lang", "en"])).err).toContain("Usage:");
  });

  it("--version prints the package's version", async () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
    const { code, out } = await run(["--version"]);
    expect(code).toBe(0);
    expect(out).toBe(`commune-targets ${pkg.version}\n`);
  });

  it("the bin in a clone not yet built says what to run, in one line, instead of MODULE_NOT_FOUND", () => {
    const clone = mkdtempSync(join(tmpdir(), "clone-"));
    cpSync(resolve(__dirname, "../../bin"), join(clone, "bin"), { recursive: true });
    const result = spawnSync(process.execPath, [join(clone, "bin", "commune-targets.js"), "--help"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "commune-targets chưa được biên dịch: hãy chạy `npm run build:cli` (hoặc `npm run demo`) trong thư mục dự án trước.\n",
    );
    expect(result.stderr).not.toContain("MODULE_NOT_FOUND");
    const en = spawnSync(process.execPath, [join(clone, "bin", "commune-targets.js"), "--lang", "en"], {
      encoding: "utf8",
    });
    expect(en.stderr).toMatch(/^commune-targets is not built yet: run `npm run build:cli`/);
  });
});
