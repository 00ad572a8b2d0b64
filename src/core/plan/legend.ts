/** A legend row: each band's colour with its name written in it (readable in black and white). */
import { BAND_IDS } from "../model";
import type { Settings } from "../settings";
import { bandLabel, words } from "../i18n/labels";
import type { SheetBuilder } from "./sheet-builder";
import { legendStyleKey } from "./styles";

/** Writes "Chú giải" in column 1..labelEnd and the five bands in the next five columns. */
export function writeLegend(b: SheetBuilder, row: number, labelEnd: number, settings: Settings): void {
  const lang = settings.language;
  b.banner(row, 1, labelEnd, `${words(lang).legend}:`, "heading");
  BAND_IDS.forEach((band, i) => {
    b.set(row, labelEnd + 1 + i, bandLabel(band, lang, settings.bands), legendStyleKey(band));
  });
  b.rowHeights[row] = 33;
}
