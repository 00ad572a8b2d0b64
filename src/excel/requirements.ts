/**
 * Which Office.js requirement sets the running Excel supports. Functions in src/excel take a
 * `RequirementChecker` so tests can run the same code as ExcelApi 1.7 and 1.13 against the fake.
 */
export type RequirementChecker = { isSetSupported(name: string, version?: string): boolean };

/** Office.context.requirements when running inside Office; otherwise nothing is supported. */
export function officeRequirements(): RequirementChecker {
  if (typeof Office !== "undefined" && Office.context?.requirements) return Office.context.requirements;
  return { isSetSupported: () => false };
}

/** True when ExcelApi `version` (e.g. "1.13") is available. */
export function hasExcelApi(api: RequirementChecker, version: string): boolean {
  return api.isSetSupported("ExcelApi", version);
}
