/**
 * A strict in-memory Excel for Office.js code: `createFakeExcel({ sheets })` gives a request context
 * to pass where `Excel.run` would give one, an inspector of the workbook, and sync accounting.
 * See proxy.ts for the load/sync rules it enforces.
 */
import { type FakeStats, FakeContext, versionAtLeast } from "./proxy";
import { type InitialSheet, createWorkbookState } from "./state";
import { type WorkbookInspector, inspector } from "./inspect";
import { FakeWorkbook } from "./workbook";
import { NEWEST_EXCEL_API } from "./api-sets";
import { enforceAll } from "./enforce";

enforceAll();

export { FakeOfficeError } from "./errors";
export { NEWEST_EXCEL_API } from "./api-sets";
export type { InitialSheet } from "./state";
export type { WorkbookInspector, SheetView } from "./inspect";

export const FIVE_MB = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /**
   * Highest ExcelApi requirement set supported: default the FAKE_EXCEL_API environment variable (the
   * jest project "excel-1.7" sets it), else the newest set in @types/office-js.
   */
  apiVersion?: string;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
}

export interface FakeExcel {
  /** Pass as `Excel.RequestContext` (cast): `readWorkbookGrids(fake.context as unknown as Excel.RequestContext)`. */
  context: FakeContext & { workbook: FakeWorkbook; application: FakeWorkbook["application"] };
  workbook: WorkbookInspector;
  stats: FakeStats;
  /**
   * Makes sync number `sync` (counted from the fake's creation, 1-based) fail after running `afterOps`
   * of its queued operations (what ran stays applied: Excel has no rollback); null clears the fault.
   */
  injectFault(fault: { sync: number; afterOps: number } | null): void;
  /** Office.context.requirements for this fake. */
  api: { isSetSupported(name: string, version?: string): boolean };
}

function defaultApiVersion(): string {
  const fromEnv = typeof process !== "undefined" ? process.env?.FAKE_EXCEL_API : undefined;
  return fromEnv || NEWEST_EXCEL_API;
}

export function createFakeExcel(initial: { sheets: InitialSheet[] }, options: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = options.apiVersion ?? defaultApiVersion();
  const state = createWorkbookState(initial.sheets);
  const context = new FakeContext(state, {
    apiVersion,
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
  }) as FakeExcel["context"];
  const workbook = new FakeWorkbook(context);
  context.workbook = workbook;
  context.application = workbook.application;
  return {
    context,
    workbook: inspector(state),
    stats: context.stats,
    injectFault: (fault) => {
      context.fault = fault;
    },
    api: {
      isSetSupported: (name, version = "1.1") => name === "ExcelApi" && versionAtLeast(apiVersion, version),
    },
  };
}
