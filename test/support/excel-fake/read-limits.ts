/**
 * What a cell-by-cell read (values, formulas, number formats, text, value types) costs on the fake:
 * Excel refuses to read more than 5 million cells in one range (the fake would otherwise try to build
 * the array, e.g. 17 billion cells for A1:XFD1048576), and every cell read is counted in
 * `stats.cellsRead`, so tests can prove a reader's requests stay bounded.
 */
import type { CellRange } from "../../../src/core/grid";
import { officeError } from "./errors";
import type { FakeStats } from "./proxy";

export const MAX_CELLS_PER_READ = 5_000_000;

export function noteCellsRead(stats: FakeStats, rect: CellRange): void {
  const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (cells > MAX_CELLS_PER_READ)
    throw officeError(
      "ResponsePayloadSizeLimitExceeded",
      `reading ${cells} cells; Excel reads at most 5,000,000 per range`,
    );
  stats.cellsRead = (stats.cellsRead ?? 0) + cells;
}
