import * as fs from "fs";
import * as path from "path";
import {
  checkManifest,
  readPngSize,
  type ManifestFiles,
  type PixelSize,
} from "../../scripts/manifest-checks";

const repoRoot = path.resolve(__dirname, "..", "..");
const goodXml = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const ORIGIN = "https://localhost:3000";

/** Reads the real assets/ folder. */
const realFiles: ManifestFiles = {
  pngSize(relativePath) {
    const file = path.join(repoRoot, relativePath);
    return fs.existsSync(file) ? readPngSize(fs.readFileSync(file)) : null;
  },
};

/** A fake assets/ folder: every icon the real manifest names, with the size its name says, minus overrides. */
function fakeFiles(overrides: Record<string, PixelSize | null> = {}): ManifestFiles {
  return {
    pngSize(relativePath) {
      if (relativePath in overrides) return overrides[relativePath];
      const match = /^assets\/icon-(\d+)\.png$/.exec(relativePath);
      return match ? { width: Number(match[1]), height: Number(match[1]) } : null;
    },
  };
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from); // the mutation must really apply
  return text.replace(from, to);
}

describe("checkManifest", () => {
  it("passes the real manifest against the real assets/ folder", () => {
    expect(checkManifest(goodXml, realFiles, { origin: ORIGIN })).toEqual([]);
  });

  it("passes the real manifest with the origin taken from SourceLocation", () => {
    expect(checkManifest(goodXml, fakeFiles())).toEqual([]);
  });

  it("reports a resid that names no resource", () => {
    const xml = replaceOnce(
      goodXml,
      '<Label resid="CT.Group.Label"/>',
      '<Label resid="CT.Group.Missing"/>'
    );
    const problems = checkManifest(xml, fakeFiles(), { origin: ORIGIN });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/resid "CT\.Group\.Missing" on <Label> names no resource/);
  });

  it("reports a resid that names the wrong kind of resource", () => {
    const xml = replaceOnce(
      goodXml,
      '<FunctionFile resid="CT.Commands.Url"/>',
      '<FunctionFile resid="CT.Group.Label"/>'
    );
    const problems = checkManifest(xml, fakeFiles(), { origin: ORIGIN });
    expect(problems).toEqual([
      expect.stringMatching(
        /"CT\.Group\.Label" on <FunctionFile> names a string resource, but a url is needed/
      ),
    ]);
  });

  it("reports a resource id defined twice", () => {
    const xml = replaceOnce(
      goodXml,
      '<bt:Url id="CT.Commands.Url"',
      '<bt:Url id="CT.Taskpane.Url"'
    );
    const problems = checkManifest(xml, fakeFiles(), { origin: ORIGIN });
    expect(problems).toContain('Resource id "CT.Taskpane.Url" is defined twice.');
    expect(
      problems.some((problem) => /resid "CT\.Commands\.Url" .* names no resource/.test(problem))
    ).toBe(true);
  });

  it("reports a missing ribbon icon", () => {
    const problems = checkManifest(goodXml, fakeFiles({ "assets/icon-80.png": null }), {
      origin: ORIGIN,
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /Image "CT\.Icon\.80" \(size 80\) icon assets\/icon-80\.png is missing/
      ),
    ]);
  });

  it("reports a missing manifest icon", () => {
    const problems = checkManifest(goodXml, fakeFiles({ "assets/icon-128.png": null }), {
      origin: ORIGIN,
    });
    expect(problems).toEqual([
      expect.stringMatching(/<HighResolutionIconUrl> icon assets\/icon-128\.png is missing/),
    ]);
  });

  it("reports an icon of the wrong pixel size", () => {
    const problems = checkManifest(
      goodXml,
      fakeFiles({ "assets/icon-32.png": { width: 32, height: 30 } }),
      { origin: ORIGIN }
    );
    expect(problems).toEqual([
      expect.stringMatching(/assets\/icon-32\.png is 32x30 pixels; it must be 32x32/),
    ]);
  });

  it("reports an icon URL outside assets/", () => {
    const xml = replaceOnce(
      goodXml,
      "https://localhost:3000/assets/icon-64.png",
      "https://localhost:3000/icon-64.png"
    );
    const problems = checkManifest(xml, fakeFiles(), { origin: ORIGIN });
    expect(problems).toEqual([
      "<IconUrl> icon https://localhost:3000/icon-64.png is not under assets/.",
    ]);
  });

  it("reports a URL on a foreign origin", () => {
    const xml = replaceOnce(
      goodXml,
      "https://localhost:3000/commands.html",
      "https://cdn.example.com/commands.html"
    );
    const problems = checkManifest(xml, fakeFiles(), { origin: ORIGIN });
    expect(problems).toEqual([
      '<bt:Url id="CT.Commands.Url"> uses https://cdn.example.com/commands.html, which is not on the add-in\'s origin https://localhost:3000.',
    ]);
  });

  it("reports a different port as a foreign origin", () => {
    const xml = replaceOnce(
      goodXml,
      '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
      '<SupportUrl DefaultValue="https://localhost:8080/help.html"/>'
    );
    expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([
      expect.stringMatching(/<SupportUrl> uses https:\/\/localhost:8080\/help\.html/),
    ]);
  });

  it("reports every URL when the whole manifest is on another origin than expected", () => {
    const problems = checkManifest(goodXml, fakeFiles(), { origin: "https://addin.example.vn" });
    // URLs in attribute values and the AppDomain, not the mentions in comments
    const urlCount = goodXml.match(/("|<AppDomain>)https:\/\/localhost:3000/g)?.length ?? 0;
    expect(urlCount).toBeGreaterThan(5);
    expect(problems).toHaveLength(urlCount);
  });

  it("reports an http origin", () => {
    const xml = goodXml.split("https://localhost:3000").join("http://localhost:3000");
    expect(checkManifest(xml, fakeFiles())).toEqual([
      "The add-in's origin must use https, found http://localhost:3000.",
    ]);
  });

  it.each(["1.0.0", "1.0.0.0.0", "1.0.a.0", "v1.0.0.0", ""])(
    "reports the bad version %p",
    (version) => {
      const xml = replaceOnce(
        goodXml,
        "<Version>0.1.0.0</Version>",
        `<Version>${version}</Version>`
      );
      expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([
        `<Version> must have the form n.n.n.n (four numbers), found "${version}".`,
      ]);
    }
  );

  it("reports an Id that is not a GUID", () => {
    const xml = replaceOnce(
      goodXml,
      "<Id>8b9381ee-0112-4d01-af42-814b4fed4ce8</Id>",
      "<Id>commune-targets</Id>"
    );
    expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([
      '<Id> must be a GUID (8-4-4-4-12 hex digits), found "commune-targets".',
    ]);
  });

  it("reports a string resource without an en-US translation", () => {
    const xml = replaceOnce(
      goodXml,
      '\n          <bt:Override Locale="en-US" Value="Targets"/>',
      ""
    );
    expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([
      'String "CT.Group.Label" has no <Override Locale="en-US"> translation.',
    ]);
  });

  it("reports a DisplayName without an en-US translation", () => {
    const xml = replaceOnce(
      goodXml,
      '\n    <Override Locale="en-US" Value="Commune Target Tracker"/>',
      ""
    );
    expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([
      '<DisplayName> has no <Override Locale="en-US"> translation.',
    ]);
  });

  it("ignores resids inside comments", () => {
    const xml = replaceOnce(goodXml, "<Hosts>", '<!-- <Label resid="Nowhere"/> -->\n  <Hosts>');
    expect(checkManifest(xml, fakeFiles(), { origin: ORIGIN })).toEqual([]);
  });

  it("reports malformed XML instead of throwing", () => {
    const xml = replaceOnce(goodXml, "</Hosts>", "</Host>");
    expect(checkManifest(xml, fakeFiles())).toEqual([
      expect.stringMatching(/^The manifest is not well-formed XML: .*<\/Host>/),
    ]);
  });
});

describe("readPngSize", () => {
  it("reads the IHDR size of the committed icons", () => {
    for (const side of [16, 32, 64, 80, 128]) {
      expect(
        readPngSize(fs.readFileSync(path.join(repoRoot, "assets", `icon-${side}.png`)))
      ).toEqual({ width: side, height: side });
    }
  });

  it("returns null for bytes that are not a PNG", () => {
    expect(
      readPngSize(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))
    ).toBeNull();
    expect(readPngSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});
