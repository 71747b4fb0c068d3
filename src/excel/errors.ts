// Typed errors the pane shows as they are: each message is written for the user.

/** Excel is too old for the APIs the templates need; nothing was touched. */
export class UnsupportedExcelError extends Error {
  override readonly name = "UnsupportedExcelError";
  constructor(readonly requiredVersion: string) {
    super(
      `This version of Excel is too old for the model templates: they need Excel JavaScript API ${requiredVersion} ` +
        "(charts with a secondary axis, data validation, sheet-scoped names). Use Microsoft 365, Excel 2019 or later, " +
        "or Excel on the web. Nothing was changed in your workbook.",
    );
  }
}

/** Inserting a template failed; `step` says what, in the user's words, and whether the rollback worked. */
export class InsertError extends Error {
  override readonly name = "InsertError";
  constructor(
    message: string,
    /** What failed, e.g. "add the chart 'Headcount by year' on 'Workforce Realignment (2)'". */
    readonly step: string,
    /** Excel's errorLocation of the failed operation, e.g. "ChartCollection.add", when known. */
    readonly location: string | undefined,
    /** The new sheet the failed step was writing, when it was one. */
    readonly sheet: string | undefined,
    /** Names of sheets of this insertion that could not be removed again (empty when rollback worked). */
    readonly leftBehind: string[],
    cause: unknown,
  ) {
    super(message);
    this.cause = cause;
  }
}

/** The message Excel (or the strict fake) gave, without our own wrapping. */
export function excelMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.replace(/\.\s*$/, "");
  return String(error);
}
