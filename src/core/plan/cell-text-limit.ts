/**
 * Excel refuses a cell text over 32,767 characters (it asks to repair the file; Office.js rejects the
 * write). A plan cell can get there though every input cell was cut on reading: a note joins the
 * flags in words to the sheet's own note, a sentence names indicators. Both writers (the .xlsx file
 * and Office.js) write the plan as built, so the text is cut here, once, with a finding naming the
 * generated sheet and cell.
 */
import { a1 } from "../address";
import { MAX_CELL_TEXT } from "../limits";
import type { Finding } from "../problems";
import type { PlanCell } from "./types";

/** `text` cut to MAX_CELL_TEXT UTF-16 units, never between the two halves of a surrogate pair. */
export function cutCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const end = MAX_CELL_TEXT;
  const high = text.charCodeAt(end - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? end - 1 : end);
}

/**
 * Replaces each cell of `cells` whose text is too long by a cut copy (cells may be shared, frozen
 * objects: they are never changed), and returns one finding per cell cut.
 */
export function fitCellTexts(sheet: string, cells: PlanCell[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell.value !== "string" || cell.value.length <= MAX_CELL_TEXT) continue;
    cells[i] = { ...cell, value: cutCellText(cell.value) };
    findings.push({
      sheet,
      cell: a1(cell.row, cell.col),
      severity: "warning",
      code: "cell-text-too-long",
      params: { length: cell.value.length },
    });
  }
  return findings;
}
