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
  // The legend is alike on every sheet of a plan: its cells are shared.
  b.sharedBanner(row, 1, labelEnd, lang === "en" ? LEGEND_EN : LEGEND_VI, "heading");
  BAND_IDS.forEach((band, i) => {
    b.setShared(row, labelEnd + 1 + i, bandLabel(band, lang, settings.bands), legendStyleKey(band));
  });
  b.rowHeights[row] = 33;
  return legendRefs(row, labelEnd);
}

const LEGEND_VI = `${words("vi").legend}:`;
const LEGEND_EN = `${words("en").legend}:`;

/**
 * The legend's name cells, one shared (frozen) object per position: every sheet with its legend in
 * the same place gets the same object, so the band formulas made from it are shared too.
 */
function legendRefs(row: number, labelEnd: number): Record<BandId, string> {
  const key = `${row}:${labelEnd}`;
  let refs = refsByPosition.get(key);
  if (refs === undefined) {
    const made = {} as Record<BandId, string>;
    BAND_IDS.forEach((band, i) => {
      made[band] = `$${columnLetters(labelEnd + 1 + i)}$${row}`;
    });
    refs = Object.freeze(made);
    if (refsByPosition.size >= 1000) refsByPosition.clear();
    refsByPosition.set(key, refs);
  }
  return refs;
}
const refsByPosition = new Map<string, Readonly<Record<BandId, string>>>();
