/**
 * Corrections to exceljs 4.4's output that Excel would otherwise "repair". Node only (the in-memory
 * writer, write-plan.ts; the command line's file writer writes its own XML); the task pane bundles
 * exceljs's prebuilt dist, which this does not touch.
 *
 * Print titles: exceljs writes `_xlnm.Print_Titles` as `'<sheet name>'!$9:$9` without doubling an
 * apostrophe in the name, so a sheet "Xã Ia H'Drai" gets the invalid defined name
 * `'Xã Ia H'Drai'!$9:$9` and Excel removes it with a repair prompt. The workbook part's `prepare`
 * is wrapped to quote the name properly in the print areas and titles it adds.
 */
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform") as {
  prototype: { prepare(model: WorkbookModel): void; __communeTargetsFixed?: boolean };
};

interface WorkbookModel {
  sheets?: Array<{ name: string } | undefined>;
  definedNames?: Array<{ name: string; ranges: string[]; localSheetId?: number }>;
}

/** `'name'!…` with the apostrophes of the name doubled, as SpreadsheetML's formula grammar wants. */
export function requoteSheetRange(range: string, sheetName: string): string {
  const naive = `'${sheetName}'!`;
  if (!sheetName.includes("'") || !range.startsWith(naive)) return range;
  return `'${sheetName.replace(/'/g, "''")}'!${range.slice(naive.length)}`;
}

export function installExceljsFixes(): void {
  const proto = WorkbookXform.prototype;
  if (proto.__communeTargetsFixed) return;
  proto.__communeTargetsFixed = true;
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, model: WorkbookModel): void {
    prepare.call(this, model);
    const sheets: Array<{ name: string }> = [];
    (model.sheets ?? []).forEach((s) => s && sheets.push(s)); // exceljs counts localSheetId over the non-empty entries
    for (const dn of model.definedNames ?? []) {
      if (dn.name !== "_xlnm.Print_Titles" && dn.name !== "_xlnm.Print_Area") continue;
      const sheet = dn.localSheetId === undefined ? undefined : sheets[dn.localSheetId];
      if (sheet) dn.ranges = dn.ranges.map((r) => requoteSheetRange(r, sheet.name));
    }
  };
}

installExceljsFixes();
