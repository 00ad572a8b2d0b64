/** A legend row: each band's colour with its name written in it (readable in black and white). */
import { columnLetters } from "../address";
import type { BandId } from "../model";
import { BAND_IDS } from "../model";
import type { Settings } from "../settings";
import { bandLabel, words } from "../i18n/labels";
import type { SheetBuilder } from "./sheet-builder";
import { legendStyleKey } from "./styles";

/**
 * Writes "Chú giải" in column 1..labelEnd and the five bands in the next five columns; returns the
 * absolute reference of each band's name cell, for the band formulas to read.
 */
export function writeLegend(
  b: SheetBuilder,
  row: number,
  labelEnd: number,
  settings: Settings,
): Record<BandId, string> {
  const lang = settings.language;
  b.banner(row, 1, labelEnd, `${words(lang).legend}:`, "heading");
  const refs = {} as Record<BandId, string>;
  BAND_IDS.forEach((band, i) => {
    const col = labelEnd + 1 + i;
    b.set(row, col, bandLabel(band, lang, settings.bands), legendStyleKey(band));
    refs[band] = `$${columnLetters(col)}$${row}`;
  });
  b.rowHeights[row] = 33;
  return refs;
}
