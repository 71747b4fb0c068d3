// Errors shaped like OfficeExtension.Error: the renderer reads `code`, `message` and `debugInfo`
// the same way from the fake and from real Excel.

/** Excel's error codes that the fake raises (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export type StrictErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException";

/**
 * OfficeExtension.DebugInfo plus the position of the failing operation. Real Excel reports only
 * `errorLocation` and approximate statements; the fake also says which operation of the request
 * failed (`batchIndex`, 0-based) and of its whole life (`operationIndex`, 1-based, as `failAt` counts).
 */
export type StrictDebugInfo = OfficeExtension.DebugInfo & { batchIndex?: number; operationIndex?: number };

export class StrictExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: StrictErrorCode;
  debugInfo: StrictDebugInfo;

  constructor(code: StrictErrorCode, message: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const invalidArgument = (message: string) => new StrictExcelError("InvalidArgument", message);

export function propertyNotLoaded(property: string): StrictExcelError {
  return new StrictExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
