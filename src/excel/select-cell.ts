/**
 * Go to cell (đi tới ô): the task pane's problem list and summary links jump to the cell a finding names.
 * Activates the sheet and selects the cell in one sync; a missing sheet or a bad address is a finding,
 * never an exception, so the pane can say so instead of failing.
 */
import type { Finding } from "../core/problems";
import { apiErrorFinding, describeApiError } from "./api-error";

/** "A1", "$B$12", "C3:D4"; no sheet prefix (the sheet is given separately). */
const CELL_ADDRESS = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<Finding[]> {
  const address = cell.trim() === "" ? "A1" : cell.trim();
  if (!CELL_ADDRESS.test(address))
    return [{ sheet, cell: "", severity: "warning", code: "excel-api-error", params: { message: `Cannot go to "${cell}": not a cell address.` } }];
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
    return [];
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message =
      code === "ItemNotFound"
        ? `Sheet "${sheet}" is not in this workbook (renamed or deleted?).`
        : `Cannot go to ${sheet}!${address}: ${describeApiError(error)}`;
    return [{ ...apiErrorFinding(error, sheet, "warning"), params: { message } }];
  }
}
