/**
 * One bad file never costs the others in the pane: a file the browser cannot hand over (moved, no
 * permission) becomes an unreadable source of its own instead of failing the whole pick, and a source
 * on which the engine throws is set aside as unreadable instead of breaking the pane's analysis
 * (which would lose every file already imported).
 */
import {
  type Analysis,
  type SourceAnalysis,
  type SourceWorkbook,
  analyze,
  analyzeSource,
  combineAnalyses,
} from "../../core/analyze";
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/problems";
import type { Settings } from "../../core/settings";
import { WORKBOOK_FILE, analyzeWithImported } from "../components/pane-logic";
import { type ImportFile, unreadableSource } from "./import-files";
import { SourceParts } from "./source-parts";

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
 * analyzeWithImported, but a source the engine throws on is replaced by an unreadable one, so the
 * others still show. Each source's part (read, scored, summarised) comes from `parts`, made there
 * the first time (the pane makes them as the files arrive); what is left is the consolidation.
 */
export function analyzeContained(
  scan: { grids: Grid[]; findings: Finding[] },
  imported: readonly SourceWorkbook[],
  settings: Settings,
  parts: SourceParts = new SourceParts(),
): Analysis {
  const own = parts.of(scan, settings, () =>
    analyzeSource({ file: WORKBOOK_FILE, grids: scan.grids, findings: scan.findings }, settings),
  );
  const theirs = imported.map((source) => partContained(parts, source, settings));
  try {
    return combineAnalyses([own, ...theirs], settings);
  } catch {
    // The consolidation threw: find the source that makes it throw alone, as before the parts.
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

/** `source`'s part, or an unreadable source's part when the engine throws on it. */
export function partContained(parts: SourceParts, source: SourceWorkbook, settings: Settings): SourceAnalysis {
  return parts.of(source, settings, () => {
    try {
      return analyzeSource(source, settings);
    } catch (error) {
      return analyzeSource(unreadableSource(source.file, error), settings);
    }
  });
}

/** Makes `source`'s part in a task of its own, soon: an import scores each file while reading the next. */
export function partSoon(parts: SourceParts, source: SourceWorkbook, settings: Settings): void {
  setTimeout(() => partContained(parts, source, settings), 0);
}
