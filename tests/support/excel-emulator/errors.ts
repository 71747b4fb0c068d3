// Errors the emulated Excel answers with. Excel sends a code and a message per failed action, and the
// client library adds nothing but what it reads from the response (excel-web-16.00.debug.js, @microsoft/
// office-js 1.1.110, lines 16596-16611: code, message, errorLocation, statement). The messages are the
// ones Microsoft documents per code (the "Error messages" table of the Excel add-in docs, now
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
// the emulator's own explanation of *why* stays on this side of the wire (`reason`), for test output.

/** Codes from Excel.ErrorCodes (excel-web-16.00.debug.js, the `ErrorCodes["…"]` table). */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "UnsupportedOperation"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "AccessDenied"
  | "UnsupportedFeature";

/** Documented message per code (see the page above). */
export const MESSAGES: Record<ExcelErrorCode, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  GeneralException: "There was an internal error while processing the request.",
  UnsupportedOperation: "The operation being attempted is not supported.",
  // Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage / L_ResponsePayloadSizeLimitExceededMessage
  // (node_modules/@microsoft/office-js/dist/en-us/office_strings.debug.js), what Excel on the web shows.
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  // Only injected by tests (failWhen with a code): the emulator never decides these itself.
  AccessDenied: "You cannot perform the requested operation.",
  UnsupportedFeature: "The operation failed because the source worksheet contains one or more unsupported features.",
};

/** A failure Excel reports for one action. `reason` is the emulator's explanation, never sent. */
export class ExcelError extends Error {
  override readonly name = "ExcelError";
  /** Excel's errorLocation ("Worksheet.getRange"), set where the failing member is known. */
  location?: string;
  constructor(
    readonly code: ExcelErrorCode,
    readonly reason: string,
    /** Overrides the documented message where Excel is known to say something more specific. */
    readonly wireMessage: string = MESSAGES[code],
  ) {
    super(reason);
  }
}

export const invalidArgument = (reason: string) => new ExcelError("InvalidArgument", reason);
export const itemNotFound = (reason: string) => new ExcelError("ItemNotFound", reason);
export const itemAlreadyExists = (reason: string) => new ExcelError("ItemAlreadyExists", reason);
export const invalidOperation = (reason: string) => new ExcelError("InvalidOperation", reason);

/**
 * Something the emulator does not model (a member, an argument form). Not an Excel error: it rejects
 * the sync with this plain Error, so a test fails loudly instead of passing on an invented answer.
 */
export class EmulatorLimitation extends Error {
  override readonly name = "EmulatorLimitation";
}

export const notModelled = (what: string) => new EmulatorLimitation(`The Excel emulator does not model ${what}.`);
