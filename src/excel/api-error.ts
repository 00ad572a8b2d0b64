/** Office.js errors turned into findings ("excel-api-error"), so the task pane can show them. */
import type { Finding, Severity } from "../core/problems";

/** The error's code and message ("ItemNotFound: The requested resource doesn't exist."). */
export function describeApiError(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    return typeof code === "string" && code.length > 0 ? `${code}: ${text}` : text;
  }
  return String(error);
}

export function apiErrorFinding(error: unknown, sheet = "", severity: Severity = "error"): Finding {
  return { sheet, cell: "", severity, code: "excel-api-error", params: { message: describeApiError(error) } };
}

/** A warning that a feature is skipped because the running Excel lacks its requirement set. */
export function unsupportedFinding(feature: string, requirementSet: string, sheet = ""): Finding {
  return {
    sheet,
    cell: "",
    severity: "warning",
    code: "excel-api-error",
    params: { message: `${feature} needs ExcelApi ${requirementSet}, which this Excel does not support; skipped.` },
  };
}

/** Size errors: the request or response is too big for one sync (Excel on the web limits both to 5 MB). */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit" ||
    code === "OperationCellsExceedLimit"
  );
}
