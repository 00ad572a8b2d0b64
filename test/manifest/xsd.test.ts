// Runs the real XSD check (xmllint) against the real manifest, and against a broken copy to prove it bites.
// xmllint comes from Debian's libxml2-utils; it is installed here and in CI. Without it
// these tests check that the validator says how to install it.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateWithXsd } from "../../scripts/validate-manifest";

const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = path.join(repoRoot, "manifest.xml");
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;

function writeTemp(xml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  return file;
}

/** The XSD check rejects this file with this message (or, without xmllint, says how to install it). */
function expectXsdRejects(file: string, message: RegExp): void {
  const problems = validateWithXsd(file);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(hasXmllint ? message : /apt-get install -y libxml2-utils/);
}

describe("manifest.xml against the Office XSD (xmllint)", () => {
  it("is valid", () => {
    if (!hasXmllint) {
      expect(validateWithXsd(manifest)).toEqual([
        expect.stringMatching(/apt-get install -y libxml2-utils/),
      ]);
      return;
    }
    expect(validateWithXsd(manifest)).toEqual([]);
  });

  it("rejects a copy with elements out of schema order", () => {
    const xml = fs.readFileSync(manifest, "utf8");
    const permissions = "<Permissions>ReadWriteDocument</Permissions>";
    const broken = xml
      .replace(permissions, "")
      .replace("<DefaultSettings>", `${permissions}\n  <DefaultSettings>`);
    expect(broken).not.toBe(xml);
    expectXsdRejects(writeTemp(broken), /XSD validation failed[\s\S]*Permissions/);
  });

  it("rejects a copy with an unknown Permissions value", () => {
    const xml = fs
      .readFileSync(manifest, "utf8")
      .replace("ReadWriteDocument</Permissions>", "Everything</Permissions>");
    expectXsdRejects(writeTemp(xml), /XSD validation failed[\s\S]*Everything/);
  });
});

it("the npm validate script runs both checks on the real manifest", () => {
  const run = spawnSync(
    process.execPath,
    ["-r", "./scripts/ts-register.js", "scripts/validate-manifest.ts", "manifest.xml"],
    {
      cwd: repoRoot,
      encoding: "utf8",
    }
  );
  if (hasXmllint) {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/manifest\.xml: valid/);
  } else {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/libxml2-utils/);
  }
});

it("the npm validate script fails on a manifest with a dangling resid", () => {
  const xml = fs
    .readFileSync(manifest, "utf8")
    .replace('<Label resid="CT.Group.Label"/>', '<Label resid="CT.Nope"/>');
  const run = spawnSync(
    process.execPath,
    [
      "-r",
      "./scripts/ts-register.js",
      "scripts/validate-manifest.ts",
      writeTemp(xml),
      "--root",
      repoRoot,
    ],
    {
      cwd: repoRoot,
      encoding: "utf8",
    }
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/resid "CT\.Nope" on <Label> names no resource/);
});
