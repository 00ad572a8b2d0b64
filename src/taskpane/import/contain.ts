/**
 * One bad file never costs the others in the pane: a file the browser cannot hand over (moved, no
 * permission) becomes an unreadable source of its own instead of failing the whole pick, and a source
 * on which the engine throws is set aside as unreadable instead of breaking the pane's analysis
 * (which would lose every file already imported).
 */
import { type Analysis, type SourceWorkbook, analyze } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/problems";
import type { Settings } from "../../core/settings";
import { analyzeWithImported } from "../components/pane-logic";
import { type ImportFile, unreadableSource } from "./import-files";

/** The picked files' bytes: those read, and an unreadable source for each one that could not be. */
export async function readPicked<F extends { name: string }>(
  files: readonly F[],
  bytesOf: (file: F) => Promise<ArrayBuffer>,
): Promise<{ read: ImportFile[]; failed: SourceWorkbook[] }> {
  const settled = await Promise.allSettled(files.map(bytesOf));
  const read: ImportFile[] = [];
  const failed: SourceWorkbook[] = [];
  settled.forEach((result, i) => {
    if (result.status === "fulfilled") read.push({ name: files[i].name, bytes: result.value });
    else failed.push(unreadableSource(files[i].name, result.reason));
  });
  return { read, failed };
}

/** `sources` ordered as the files were picked (by name; a name picked twice keeps its first place). */
export function inPickedOrder(names: readonly string[], sources: readonly SourceWorkbook[]): SourceWorkbook[] {
  const place = new Map<string, number>();
  names.forEach((name, i) => {
    if (!place.has(name)) place.set(name, i);
  });
  return [...sources].sort((a, b) => (place.get(a.file) ?? names.length) - (place.get(b.file) ?? names.length));
}

/**
 * analyzeWithImported, but a source the engine throws on is replaced by an unreadable one (found by
 * analysing each imported source alone), so the others still show.
 */
export function analyzeContained(
  scan: { grids: Grid[]; findings: Finding[] },
  imported: readonly SourceWorkbook[],
  settings: Settings,
): Analysis {
  try {
    return analyzeWithImported(scan, imported, settings);
  } catch {
    const kept = imported.map((source) => {
      try {
        analyze([source], settings);
        return source;
      } catch (error) {
        return unreadableSource(source.file, error);
      }
    });
    return analyzeWithImported(scan, kept, settings);
  }
}
