// The preview's workbook: examples/xa-tram-tau.xlsx as plain cell values (seed-data.json, written by
// make-seed.ts), so the browser bundle needs no exceljs.
import type { InitialSheet } from "../test/support/excel-fake";
import seed from "./seed-data.json";

export const SEED_FILE: string = seed.file;

/** Fresh copies each call: the fake workbook keeps what it is given. */
export function seedSheets(): InitialSheet[] {
  return JSON.parse(JSON.stringify(seed.sheets)) as InitialSheet[];
}
