"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The build configuration's own logic: manifest URL rewriting, Office.js source, the exceljs guard.
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const webpack_1 = __importDefault(require("webpack"));
const manifest_checks_1 = require("../../scripts/manifest-checks");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js");
const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const anyIcon = {
    pngSize: (file) => {
        const match = /icon-(\d+)\.png$/.exec(file);
        return match ? { width: Number(match[1]), height: Number(match[1]) } : null;
    },
};
describe("rewriteManifest", () => {
    it("moves every URL to the production origin, and the result passes the manifest checks", () => {
        const rewritten = config.rewriteManifest(manifest, "https://chitieu.example.vn/");
        expect(rewritten).not.toContain("localhost");
        expect(rewritten).toContain('<SourceLocation DefaultValue="https://chitieu.example.vn/taskpane.html"/>');
        expect(rewritten).toContain("<AppDomain>https://chitieu.example.vn</AppDomain>");
        expect((0, manifest_checks_1.checkManifest)(rewritten, anyIcon, { origin: "https://chitieu.example.vn" })).toEqual([]);
    });
    it("keeps a base path and gives AppDomain the bare origin", () => {
        const rewritten = config.rewriteManifest(manifest, "https://example.github.io/commune-targets/");
        expect(rewritten).toContain('DefaultValue="https://example.github.io/commune-targets/assets/icon-16.png"');
        expect(rewritten).toContain("<AppDomain>https://example.github.io</AppDomain>");
    });
});
describe("webpack configuration", () => {
    const saved = { ...process.env };
    afterEach(() => {
        process.env = { ...saved };
    });
    function htmlOption(configuration, name) {
        const page = (configuration.plugins ?? []).find((plugin) => plugin?.constructor.name === "HtmlWebpackPlugin" &&
            plugin.userOptions.filename === name);
        return page?.userOptions.officeJs;
    }
    it("loads Office.js from Microsoft's CDN by default", () => {
        delete process.env.OFFICE_JS;
        const configuration = config({}, { mode: "production" });
        expect(htmlOption(configuration, "taskpane.html")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
        expect(htmlOption(configuration, "commands.html")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    });
    it("loads Office.js from ./office-js/ with OFFICE_JS=local", () => {
        process.env.OFFICE_JS = "local";
        const configuration = config({}, { mode: "production" });
        expect(htmlOption(configuration, "taskpane.html")).toBe("./office-js/office.js");
        expect(htmlOption(configuration, "commands.html")).toBe("./office-js/office.js");
    });
    it("has the two entries, ts-loader in transpile-only mode with ES modules (so import() splits)", () => {
        const configuration = config({}, { mode: "development" });
        expect(configuration.entry).toEqual({
            taskpane: "./src/taskpane/index.tsx",
            commands: "./src/commands/commands.ts",
        });
        const rule = configuration.module?.rules?.[0];
        expect(rule.use.loader).toBe("ts-loader");
        expect(rule.use.options.transpileOnly).toBe(true);
        expect(rule.use.options.compilerOptions.module).toBe("esnext");
    });
});
describe("KeepOutOfInitialChunkPlugin", () => {
    function build(entry) {
        const output = fs.mkdtempSync(path.join(os.tmpdir(), "guard-"));
        const compiler = (0, webpack_1.default)({
            mode: "development",
            devtool: false,
            context: path.join(__dirname, "fixtures"),
            entry: { taskpane: `./${entry}` },
            output: { path: output },
            plugins: [new config.KeepOutOfInitialChunkPlugin("taskpane", /heavy-lib\.js$/)],
        });
        return new Promise((resolve, reject) => compiler.run((error, stats) => error || !stats ? reject(error) : compiler.close(() => resolve(stats))));
    }
    it("fails the build when the guarded module is in the initial chunk", async () => {
        const stats = await build("static-entry.js");
        expect(stats.hasErrors()).toBe(true);
        expect(stats.toJson({ all: false, errors: true }).errors?.[0].message).toMatch(/heavy-lib\.js is in the initial "taskpane" chunk/);
    });
    it("lets the build pass when the module is loaded with import()", async () => {
        const stats = await build("dynamic-entry.js");
        expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
        const chunks = stats.toJson({ all: false, chunks: true }).chunks ?? [];
        expect(chunks.length).toBe(2); // the entry, and the split-out module
    });
});
