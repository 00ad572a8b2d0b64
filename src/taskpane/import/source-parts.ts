/**
 * Each source's part of the analysis (core's analyzeSource), kept while the settings that shape it
 * stay the same, so the pane can score a return as soon as it arrives and the end of an import is
 * only the consolidation. The expected areas are not part of the key: only the consolidation reads
 * them, so editing the list of communes re-scores nothing.
 */
import { type SourceAnalysis, analyzeSource } from "../../core/analyze";
import type { SourceWorkbook } from "../../core/analyze";
import type { Settings } from "../../core/settings";

/** What shapes a source's part: every setting but the expected areas. */
const partKey = (settings: Settings): string => JSON.stringify({ ...settings, expectedAreas: [] });

export class SourceParts {
  // Keyed by the object the part was made from (a source, or the scan): dropped sources are freed.
  private parts = new WeakMap<object, SourceAnalysis>();
  private key: string | null = null;

  /**
   * The part for `owner` under `settings`, made by `make` (default: analyzeSource of `owner`) the
   * first time; whatever `make` throws is thrown and nothing is kept.
   */
  of(
    owner: object,
    settings: Settings,
    make: () => SourceAnalysis = () => analyzeSource(owner as SourceWorkbook, settings),
  ): SourceAnalysis {
    const key = partKey(settings);
    if (key !== this.key) {
      this.parts = new WeakMap();
      this.key = key;
    }
    let part = this.parts.get(owner);
    if (!part) {
      part = make();
      this.parts.set(owner, part);
    }
    return part;
  }

  /** Whether `owner`'s part under `settings` is already made. */
  has(owner: object, settings: Settings): boolean {
    return this.key === partKey(settings) && this.parts.has(owner);
  }
}
