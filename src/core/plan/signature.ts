/** The signature block printed reports end with (domain.md): preparer left, head of the unit right. */
import type { Language } from "../settings";
import { words } from "../i18n/labels";
import { placeOf } from "./print-heading";
import type { SheetBuilder } from "./sheet-builder";

/** Place for the date line: the area without its unit word ("Xã Trạm Tấu" → "Trạm Tấu"). */
export function placeName(area: string | null): string {
  return placeOf(area) ?? "..........";
}

/** Writes the block from `row` over columns 1..lastCol; returns the next free row. */
export function writeSignature(
  b: SheetBuilder,
  row: number,
  lastCol: number,
  area: string | null,
  lang: Language,
  /** false when the heading already carries the place-and-date line (print-heading.ts). */
  withDate = true,
): number {
  const w = words(lang);
  const leftEnd = Math.max(2, Math.floor(lastCol / 3));
  const rightStart = Math.max(leftEnd + 1, lastCol - 2);
  if (withDate) b.banner(row, rightStart, lastCol, w.dateLine(placeName(area)), "signDate");
  // the titles and hints are the same on every sheet: shared
  b.sharedBanner(row + 1, 1, leftEnd, w.preparer, "sign");
  b.sharedBanner(row + 1, rightStart, lastCol, w.head, "sign");
  b.sharedBanner(row + 2, 1, leftEnd, w.signHint, "signHint");
  b.sharedBanner(row + 2, rightStart, lastCol, w.chair, "sign");
  b.sharedBanner(row + 3, rightStart, lastCol, w.signHint, "signHint");
  return row + 7;
}
