// Errors shaped like OfficeExtension.Error: the renderer reads `code`, `message` and `debugInfo`
// the same way from the fake and from real Excel.

/** Excel's error codes that the fake raises (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export type StrictErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException";

/**
 * Exactly what Excel documents (OfficeExtension.DebugInfo): code and message always, errorLocation
 * and statement "if available". Nothing else, so no caller can come to depend on a field that only
 * the fake gives; tests that need the failing operation's position read StrictExcel.lastFailure.
 */
export type StrictDebugInfo = OfficeExtension.DebugInfo;

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

/** Reading a ClientResult (e.g. getCount()) before the sync that fills it. */
export function valueNotLoaded(): StrictExcelError {
  return new StrictExcelError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}
