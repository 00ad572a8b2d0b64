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
Object.defineProperty(exports, "__esModule", { value: true });
// Runs the real XSD check (xmllint) against the real manifest, and against a broken copy to prove it bites.
// xmllint comes from Debian's libxml2-utils; it is installed here and in CI. Without it
// these tests check that the validator says how to install it.
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const validate_manifest_1 = require("../../scripts/validate-manifest");
const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = path.join(repoRoot, "manifest.xml");
const hasXmllint = !(0, child_process_1.spawnSync)("xmllint", ["--version"]).error;
function writeTemp(xml) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml);
    return file;
}
/** The XSD check rejects this file with this message (or, without xmllint, says how to install it). */
function expectXsdRejects(file, message) {
    const problems = (0, validate_manifest_1.validateWithXsd)(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(hasXmllint ? message : /apt-get install -y libxml2-utils/);
}
describe("manifest.xml against the Office XSD (xmllint)", () => {
    it("is valid", () => {
        if (!hasXmllint) {
            expect((0, validate_manifest_1.validateWithXsd)(manifest)).toEqual([
                expect.stringMatching(/apt-get install -y libxml2-utils/),
            ]);
            return;
        }
        expect((0, validate_manifest_1.validateWithXsd)(manifest)).toEqual([]);
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
    const run = (0, child_process_1.spawnSync)(process.execPath, ["-r", "./scripts/ts-register.js", "scripts/validate-manifest.ts", "manifest.xml"], {
        cwd: repoRoot,
        encoding: "utf8",
    });
    if (hasXmllint) {
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/manifest\.xml: valid/);
    }
    else {
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/libxml2-utils/);
    }
});
it("the npm validate script fails on a manifest with a dangling resid", () => {
    const xml = fs
        .readFileSync(manifest, "utf8")
        .replace('<Label resid="CT.Group.Label"/>', '<Label resid="CT.Nope"/>');
    const run = (0, child_process_1.spawnSync)(process.execPath, [
        "-r",
        "./scripts/ts-register.js",
        "scripts/validate-manifest.ts",
        writeTemp(xml),
        "--root",
        repoRoot,
    ], {
        cwd: repoRoot,
        encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/resid "CT\.Nope" on <Label> names no resource/);
});
