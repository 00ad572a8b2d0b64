// Waits for Office.js, without ever hanging: outside Office (a plain browser tab), with office.js
// missing, or when Office.onReady never settles, the pane still starts, as "not in Excel".

export interface OfficeReadyInfo {
  host: unknown;
}

/** The part of the global `Office` object this needs (injectable for tests). */
export interface OfficeLike {
  onReady(): Promise<OfficeReadyInfo>;
}

export interface OfficeReadyResult {
  inExcel: boolean;
  /** Office's host name ("Excel", "Word", ...), or null outside Office. */
  host: string | null;
}

const NOT_IN_OFFICE: OfficeReadyResult = { inExcel: false, host: null };

function globalOffice(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/**
 * Resolves when Office.js is ready: { inExcel: true, host: "Excel" } inside Excel, inExcel false in
 * another host or outside Office. Resolves { inExcel: false, host: null } when Office is undefined,
 * when onReady throws or rejects, or when it has not resolved within timeoutMs.
 */
export function waitForOffice(
  timeoutMs = 5000,
  office: OfficeLike | undefined = globalOffice()
): Promise<OfficeReadyResult> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve(NOT_IN_OFFICE);
  return new Promise<OfficeReadyResult>((resolve) => {
    const timer = setTimeout(() => resolve(NOT_IN_OFFICE), timeoutMs);
    const finish = (result: OfficeReadyResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    let ready: Promise<OfficeReadyInfo>;
    try {
      ready = Promise.resolve(office.onReady());
    } catch {
      finish(NOT_IN_OFFICE);
      return;
    }
    ready.then(
      (info) => {
        const host = typeof info?.host === "string" && info.host !== "" ? info.host : null;
        finish({ inExcel: host === "Excel", host });
      },
      () => finish(NOT_IN_OFFICE)
    );
  });
}
