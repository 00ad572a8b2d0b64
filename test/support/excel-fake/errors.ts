/**
 * Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`.
 * Codes and messages follow Excel.ErrorCodes (see @types/office-js) and the strings shipped in
 * @microsoft/office-js (Strings.OfficeOM.*), e.g. PropertyNotLoaded's message below is verbatim.
 * Doc: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ApiNotFound"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Record<FakeErrorCode, string> = {
  ApiNotFound: "The requested API is not supported by this version of Excel.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  // Seen for worksheets.add with a taken name (OfficeDev/office-scripts-docs#560).
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  GeneralException: "There was an internal error while processing the request.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
};

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  debugInfo: { code: string; message: string; errorLocation?: string; detail?: string };

  constructor(code: FakeErrorCode, detail?: string, arg?: string) {
    const message = MESSAGES[code].replace("{0}", arg ?? "");
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, detail };
  }
}

export function officeError(code: FakeErrorCode, detail?: string): FakeOfficeError {
  return new FakeOfficeError(code, detail);
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError("PropertyNotLoaded", undefined, property);
}
