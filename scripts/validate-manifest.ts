// `npm run validate`: checks an add-in manifest in two steps.
//  1. The XSD: xmllint --noout --schema <xsd> manifest.xml (xmllint is in Debian's libxml2-utils).
//  2. The project's own checks (scripts/manifest-checks.ts): resids, icons, origin, Version, Id, en-US.
// Usage: node -r ./scripts/ts-register.js scripts/validate-manifest.ts [manifest.xml] [--origin URL] [--root DIR]
//   --origin  the origin every URL must use (default https://localhost:3000, the dev manifest's)
//   --root    the folder the URLs' paths are served from (default: the repo root, so assets/ is found)
// The XSD folder is ../shared/office-manifest-xsd beside the repo, or OFFICE_MANIFEST_XSD_DIR.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { checkManifest, readPngSize } from "./manifest-checks";

const repoRoot = path.resolve(__dirname, "..");

interface Arguments {
  manifest: string;
  origin: string;
  root: string;
}

function parseArguments(argv: string[]): Arguments {
  const result: Arguments = {
    manifest: path.join(repoRoot, "manifest.xml"),
    origin: "https://localhost:3000",
    root: repoRoot,
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--origin") result.origin = argv[++index];
    else if (argument === "--root") result.root = path.resolve(argv[++index]);
    else result.manifest = path.resolve(argument);
  }
  result.origin = result.origin.replace(/\/+$/, "");
  return result;
}

/** Runs xmllint against the XSD; returns problems (empty when valid). */
export function validateWithXsd(manifest: string): string[] {
  const xsdDir =
    process.env.OFFICE_MANIFEST_XSD_DIR ??
    path.resolve(repoRoot, "..", "shared", "office-manifest-xsd");
  const xsd = path.join(xsdDir, "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(xsd)) return [`XSD not found at ${xsd} (set OFFICE_MANIFEST_XSD_DIR).`];
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, manifest], { encoding: "utf8" });
  if (run.error)
    return [
      `Cannot run xmllint (${run.error.message}); install it: apt-get install -y libxml2-utils`,
    ];
  if (run.status !== 0) return [`XSD validation failed:\n${run.stderr.trim()}`];
  return [];
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  const name = path.relative(process.cwd(), args.manifest) || args.manifest;
  const problems = validateWithXsd(args.manifest);
  const files = {
    pngSize(relativePath: string) {
      const file = path.join(args.root, relativePath);
      return fs.existsSync(file) ? readPngSize(fs.readFileSync(file)) : null;
    },
  };
  problems.push(
    ...checkManifest(fs.readFileSync(args.manifest, "utf8"), files, { origin: args.origin })
  );
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${name}: valid (XSD and project checks, origin ${args.origin})`);
}

if (require.main === module) main();
