// Test helpers: render through the real office.js into the Excel emulator and keep what the
// assertions need.
import { CATALOG, type PlannedSheet, type SheetSource, planSheets, renderTemplate } from "../../src/excel/render";
import type { ExcelRun } from "../../src/excel/api";
import type { InsertOptions, TemplateId } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions, fakeRequirements } from "../support/excel-emulator";

export const EXCEL_1_9 = fakeRequirements({ ExcelApi: "1.9" });

/** What a failed insert says when the read-back showed none of its sheets (src/excel/rollback.ts). */
export const UNCHANGED = "No sheets were added; your workbook is unchanged.";

export type Rendered = {
  strict: ExcelEmulator;
  result: { sheetNames: string[]; activated: string };
  /** The specs as the renderer built them (same names), for spill ranges and expectations. */
  plans: PlannedSheet[];
  milliseconds: number;
};

export async function render(
  templateId: TemplateId,
  options: InsertOptions,
  seed: ExcelEmulatorOptions = {},
  source: SheetSource = CATALOG,
): Promise<Rendered> {
  const strict = new ExcelEmulator(seed);
  const existing = strict.sheetNames();
  const started = performance.now();
  const result = await renderTemplate(strict.run, templateId, options, { requirements: EXCEL_1_9, source });
  const milliseconds = performance.now() - started;
  const plans = planSheets(source.sheetsOf(templateId), options, source, existing);
  return { strict, result, plans, milliseconds };
}

/** Whether rendering rejects; returns the error for assertions. */
export async function renderError(strict: { run: ExcelRun }, templateId: TemplateId, options: InsertOptions, source: SheetSource = CATALOG): Promise<unknown> {
  try {
    await renderTemplate(strict.run, templateId, options, { requirements: EXCEL_1_9, source });
  } catch (error) {
    return error;
  }
  throw new Error("expected the insertion to fail");
}
