// Which Excel JavaScript API version the renderer needs, checked before the workbook is touched.
import type { RequirementsApi } from "./api";
import { UnsupportedExcelError } from "./errors";

/**
 * The highest `[Api set: ExcelApi 1.x]` among the members the renderer calls (see @types/office-js):
 *   1.8 Range.dataValidation, Worksheet.showGridlines, ChartSeries.axisGroup
 *   1.7 Worksheet.freezePanes, Worksheet.tabColor, ChartSeriesCollection.add, ChartSeries.setValues /
 *       setXAxisValues / chartType / markerStyle / delete, ChartLineFormat.lineStyle, ChartAxes.getItem
 *   1.6 Range.conditionalFormats (custom formula rules)
 *   1.4 Worksheet.names.add (sheet-scoped names), ChartSeriesCollection.getCount
 *   1.3 TableCollection.add with a Range argument
 *   1.2 RangeFormat.columnWidth
 *   1.1 everything else (sheets, formulas, number formats, fonts, fills, borders, tables, charts)
 * Declared in the manifest and README by the lead.
 */
export const REQUIRED_EXCEL_API = "1.8";

/**
 * RangeFormat.indentLevel is ExcelApi 1.9. Indents are cosmetic, so rather than refuse Excel 2019
 * the renderer skips them where 1.9 is missing.
 */
export const INDENT_EXCEL_API = "1.9";

export type Capabilities = { indent: boolean };

/** Refuses before anything is written when Excel lacks the required API version. */
export function checkRequirements(requirements: RequirementsApi): Capabilities {
  if (!requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) throw new UnsupportedExcelError(REQUIRED_EXCEL_API);
  return { indent: requirements.isSetSupported("ExcelApi", INDENT_EXCEL_API) };
}
