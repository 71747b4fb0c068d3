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

/**
 * Inserting a template failed. The message says what failed, Excel's message, and what the failed
 * insert left, as the workbook was read back after the rollback ("No sheets were added; your
 * workbook is unchanged." only when the read-back showed it).
 */
export class InsertError extends Error {
  override readonly name = "InsertError";
  constructor(
    message: string,
    /**
     * What failed, as precisely as Excel's report allows: "add the chart 'Headcount by year' on
     * 'Workforce Realignment (2)'" with its errorLocation, "fill in the new sheets" without.
     */
    readonly step: string,
    /** Excel's errorLocation of the failed operation, e.g. "ChartCollection.add", when it gave one. */
    readonly location: string | undefined,
    /** The new sheet the failed step was writing, when that is known. */
    readonly sheet: string | undefined,
    /**
     * This insert's sheets still in the workbook as read back after the rollback (empty when it
     * removed them all); when the workbook could not be read back, the sheets that may be there.
     */
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
