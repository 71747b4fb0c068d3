// The template renderer's entry points (insert a template, go to a sheet), loaded lazily by
// taskpane/templates/loadExcel. The pane's two other Excel flows have their own small entry modules,
// activeCell.ts ("Insert example") and importWorkbook.ts ("Insert from workbook…"), so their chunks
// don't carry the renderer and the template catalog. Components call these modules; they never call
// Excel.run themselves.
import type { InsertOptions, TemplateId } from "../templates/types";
import type { ExcelRun } from "./api";
import { type InsertResult, renderTemplate } from "./render";

export { InsertError, UnsupportedExcelError } from "./errors";
export { REQUIRED_EXCEL_API } from "./requirements";
export { uniqueSheetName, sheetReference } from "./sheetNames";
export type { InsertResult } from "./render";

/** Inserts a template (or the complete model) after the active sheet and activates it. */
export function insertTemplate(templateId: TemplateId, options: InsertOptions): Promise<InsertResult> {
  return renderTemplate(Excel.run, templateId, options, { requirements: Office.context.requirements });
}

/** Activates a sheet by name (the pane's "Go to sheet" link). */
export function goToSheet(name: string): Promise<void> {
  return activateSheet(Excel.run, name);
}

/** goToSheet against any run function (the strict fake in tests). */
export function activateSheet(run: ExcelRun, name: string): Promise<void> {
  return run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
