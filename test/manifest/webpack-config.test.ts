// The build configuration's own logic: manifest URL rewriting, Office.js source, the exceljs guard.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { checkManifest, type ManifestFiles } from "../../scripts/manifest-checks";

 
const config = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: { mode?: string }): webpack.Configuration;
  rewriteManifest(xml: string, baseUrl: string): string;
  KeepOutOfInitialChunkPlugin: new (
    entry: string,
    pattern: RegExp
  ) => webpack.WebpackPluginInstance;
  KeepOutOfBundlePlugin: new (pattern: RegExp) => webpack.WebpackPluginInstance;
};

const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const anyIcon: ManifestFiles = {
  pngSize: (file) => {
    const match = /icon-(\d+)\.png$/.exec(file);
    return match ? { width: Number(match[1]), height: Number(match[1]) } : null;
  },
};

describe("rewriteManifest", () => {
  it("moves every URL to the production origin, and the result passes the manifest checks", () => {
    const rewritten = config.rewriteManifest(manifest, "https://chitieu.example.vn/");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain(
      '<SourceLocation DefaultValue="https://chitieu.example.vn/taskpane.html"/>'
    );
    expect(rewritten).toContain("<AppDomain>https://chitieu.example.vn</AppDomain>");
    expect(checkManifest(rewritten, anyIcon, { origin: "https://chitieu.example.vn" })).toEqual([]);
  });

  it("keeps a base path and gives AppDomain the bare origin", () => {
    const rewritten = config.rewriteManifest(
      manifest,
      "https://example.github.io/commune-targets/"
    );
    expect(rewritten).toContain(
      'DefaultValue="https://example.github.io/commune-targets/assets/icon-16.png"'
    );
    expect(rewritten).toContain("<AppDomain>https://example.github.io</AppDomain>");
  });
});

describe("webpack configuration", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function htmlOption(configuration: webpack.Configuration, name: string): unknown {
    const page = (configuration.plugins ?? []).find(
      (plugin) =>
        plugin?.constructor.name === "HtmlWebpackPlugin" &&
        (plugin as unknown as { userOptions: { filename: string } }).userOptions.filename === name
    ) as unknown as { userOptions: Record<string, unknown> } | undefined;
    return page?.userOptions.officeJs;
  }

  it("loads Office.js from Microsoft's CDN by default", () => {
    delete process.env.OFFICE_JS;
    const configuration = config({}, { mode: "production" });
    expect(htmlOption(configuration, "taskpane.html")).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    expect(htmlOption(configuration, "commands.html")).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
  });

  it("loads Office.js from ./office-js/ with OFFICE_JS=local", () => {
    process.env.OFFICE_JS = "local";
    const configuration = config({}, { mode: "production" });
    expect(htmlOption(configuration, "taskpane.html")).toBe("./office-js/office.js");
    expect(htmlOption(configuration, "commands.html")).toBe("./office-js/office.js");
  });

  it("ships the two add-in entries; the preview harness only in development or when asked", () => {
    const previous = process.env.PREVIEW;
    delete process.env.PREVIEW;
    try {
      expect(config({}, { mode: "production" }).entry).toEqual({
        taskpane: "./src/taskpane/index.tsx",
        commands: "./src/commands/commands.ts",
      });
      expect(config({ preview: true }, { mode: "production" }).entry).toHaveProperty("preview");
      expect(config({}, { mode: "development" }).entry).toEqual({
        taskpane: "./src/taskpane/index.tsx",
        commands: "./src/commands/commands.ts",
        preview: "./preview/preview.tsx",
      });
    } finally {
      if (previous !== undefined) process.env.PREVIEW = previous;
    }
  });

  it("compiles with ts-loader in transpile-only mode with ES modules (so import() splits)", () => {
    const configuration = config({}, { mode: "development" });
    const rule = configuration.module?.rules?.[0] as {
      use: {
        loader: string;
        options: { transpileOnly: boolean; compilerOptions: { module: string } };
      };
    };
    expect(rule.use.loader).toBe("ts-loader");
    expect(rule.use.options.transpileOnly).toBe(true);
    expect(rule.use.options.compilerOptions.module).toBe("esnext");
  });
});

describe("KeepOutOfInitialChunkPlugin", () => {
  function build(
    entry: string,
    plugin: webpack.WebpackPluginInstance = new config.KeepOutOfInitialChunkPlugin("taskpane", /heavy-lib\.js$/)
  ): Promise<webpack.Stats> {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "guard-"));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: path.join(__dirname, "fixtures"),
      entry: { taskpane: `./${entry}` },
      output: { path: output },
      plugins: [plugin],
    });
    return new Promise((resolve, reject) =>
      compiler.run((error, stats) =>
        error || !stats ? reject(error) : compiler.close(() => resolve(stats))
      )
    );
  }

  it("fails the build when the guarded module is in the initial chunk", async () => {
    const stats = await build("static-entry.js");
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({ all: false, errors: true }).errors?.[0].message).toMatch(
      /heavy-lib\.js is in the initial "taskpane" chunk/
    );
  });

  it("lets the build pass when the module is loaded with import()", async () => {
    const stats = await build("dynamic-entry.js");
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    const chunks = stats.toJson({ all: false, chunks: true }).chunks ?? [];
    expect(chunks.length).toBe(2); // the entry, and the split-out module
  });

  it("KeepOutOfBundlePlugin fails the build even when the module is only in a split-out chunk", async () => {
    const stats = await build("dynamic-entry.js", new config.KeepOutOfBundlePlugin(/heavy-lib\.js$/));
    expect(stats.toJson({ all: false, errors: true }).errors?.[0].message).toMatch(/heavy-lib\.js is bundled/);
  });
});
