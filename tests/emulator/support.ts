// Helpers for the emulator's own tests.
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";

export type Outcome = { code: string; message: string; location: string | undefined };

/** Runs one batch and returns how its sync failed (code, message, errorLocation), or throws if it did not. */
export async function failureOf(excel: ExcelEmulator, batch: (context: Excel.RequestContext) => void): Promise<Outcome> {
  try {
    await excel.run(async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (e) {
    const error = e as OfficeExtension.Error;
    if (typeof error.code !== "string") throw e;
    return { code: error.code, message: error.message, location: error.debugInfo?.errorLocation };
  }
  throw new Error("expected the sync to fail");
}

/** A fresh emulator with one sheet "S" (plus the given options) and its worksheet in each batch. */
export function onSheet(options: ExcelEmulatorOptions = {}) {
  const excel = new ExcelEmulator({ sheets: [{ name: "S" }], ...options });
  const sheetOf = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("S");
  return { excel, sheetOf, fail: (batch: (sheet: Excel.Worksheet) => void) => failureOf(excel, (c) => batch(sheetOf(c))) };
}

/** Runs a batch that must succeed. */
export function apply(excel: ExcelEmulator, batch: (context: Excel.RequestContext) => void): Promise<void> {
  return excel.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

/** The error a promise rejects with (as Excel's error type); fails the test if it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error("expected a rejection");
}

/** For `.then(expectedRejection, (e) => e)`: a batch that was meant to fail succeeded. */
export function expectedRejection(): never {
  throw new Error("expected the batch to fail");
}
