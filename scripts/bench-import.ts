/**
 * The pane's import of 100 returns in Chromium, this checkout against another one (default: the
 * commit before issue 14's reader, extracted by the caller), in one run: both preview bundles are
 * built first, then the imports alternate (3 each, median).
 *   node dist-cli/scripts/bench-import.js [baseline checkout folder]
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { type ImportFigures, buildPreview, importFigures } from "./bench-excel";

const ROOT = path.resolve(__dirname, "..", "..");

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base) throw new Error("usage: bench-import.js <baseline checkout with node_modules>");
  const work = await fs.mkdtemp(path.join(tmpdir(), "bench-import-ab-"));
  const mineDist = path.join(work, "mine");
  const baseDist = path.join(work, "base");
  buildPreview(ROOT, mineDist);
  buildPreview(base, baseDist);
  const mine: ImportFigures[] = [];
  const theirs: ImportFigures[] = [];
  for (let i = 0; i < 3; i++) {
    mine.push(await importFigures(ROOT, 100, mineDist));
    theirs.push(await importFigures(base, 100, baseDist));
  }
  const med = (xs: ImportFigures[]) => [...xs].sort((a, b) => a.ms - b.ms)[1];
  const a = med(mine);
  const b = med(theirs);
  const result = {
    files: 100,
    ms: a.ms,
    longestTaskMs: a.longestTaskMs,
    baselineMs: b.ms,
    baselineLongestTaskMs: b.longestTaskMs,
    speedup: Math.round((b.ms / a.ms) * 100) / 100,
    runs: { mine, baseline: theirs },
  };
  console.log(
    `import100: this ${a.ms} ms (longest task ${a.longestTaskMs} ms) vs baseline ${b.ms} ms (longest task ` +
      `${b.longestTaskMs} ms) → ${result.speedup}× faster (target ≥ 4, longest task < 50 ms)`,
  );
  await fs.mkdir(path.join(ROOT, "out"), { recursive: true });
  await fs.writeFile(path.join(ROOT, "out", "bench-import.json"), JSON.stringify(result, null, 2));
  await fs.rm(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
