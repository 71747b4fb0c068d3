// The narrow slice of the Excel JavaScript API that the renderer uses. The renderer is typed against
// these interfaces, not against Excel.RequestContext, so a strict in-memory fake can implement exactly
// this slice; `Excel.RequestContext` is checked to satisfy it at compile time (bottom of the file), so
// nothing here can drift from the real API without a type error.
//
// Enum-valued properties are typed `string` because Excel declares them as an enum-or-literal union,
// and a narrower type here would stop the real classes from being assignable. The renderer only ever
// writes the literal names Excel documents.

export type CellValue = string | number | boolean | null;

export interface ExcelApi {
  readonly workbook: WorkbookApi;
  sync(): Promise<void>;
}

/** Excel.run, or the strict fake's run: one batch function, one request context. */
export type ExcelRun = <T>(batch: (context: ExcelApi) => Promise<T>) => Promise<T>;

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: NamedCollectionApi;
  readonly names: NamedCollectionApi;
}

/** A collection read only for its members' names (tables, workbook-scoped names). */
export interface NamedCollectionApi {
  readonly items: { readonly name: string }[];
  load(propertyNames: string): unknown;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  load(propertyNames: string): unknown;
  add(name?: string): WorksheetApi;
  getActiveWorksheet(): WorksheetApi;
  /** By name or by id (ExcelApi 1.1: "Gets a worksheet object using its name or ID"). */
  getItem(key: string): WorksheetApi;
}

export interface WorksheetApi {
  /** Stays the same when the sheet is renamed or moved (ExcelApi 1.1). */
  readonly id: string;
  name: string;
  position: number;
  showGridlines: boolean;
  tabColor: string;
  readonly freezePanes: FreezePanesApi;
  /** Sheet-scoped names (ExcelApi 1.4): added by the renderer, their names read in sync 1. */
  readonly names: { readonly items: { readonly name: string }[]; add(name: string, reference: RangeApi | string, comment?: string): unknown };
  readonly tables: { add(address: RangeApi | string, hasHeaders: boolean): TableApi };
  readonly charts: ChartCollectionApi;
  load(propertyNames: string): unknown;
  activate(): void;
  delete(): void;
  getRange(address?: string): RangeApi;
}

export interface FreezePanesApi {
  freezeAt(frozenRange: RangeApi | string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
}

export interface RangeApi {
  formulas: CellValue[][];
  numberFormat: string[][];
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: { add(type: "Custom" | "ColorScale"): ConditionalFormatApi };
}

export interface RangeFormatApi {
  columnWidth: number;
  horizontalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };
  readonly borders: { getItem(index: "EdgeTop" | "EdgeBottom"): { style: string; color: string } };
}

export interface DataValidationApi {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatApi {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
  /** ExcelApi 1.6: a "ColorScale" format's criteria (minimum, optional midpoint, maximum). */
  readonly colorScale: { criteria: Excel.ConditionalColorScaleCriteria };
}

export interface TableApi {
  name: string;
  style: string;
}

export type ChartTypeName = "ColumnClustered" | "ColumnStacked" | "ColumnStacked100" | "AreaStacked" | "Line" | "LineMarkers" | "BarStacked";

export interface ChartCollectionApi {
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy?: "Auto" | "Columns" | "Rows"): ChartApi;
}

export interface ChartApi {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly axes: {
    readonly categoryAxis: ChartAxisApi;
    readonly valueAxis: ChartAxisApi;
    getItem(type: "Category" | "Value", group?: "Primary" | "Secondary"): ChartAxisApi;
  };
  readonly series: {
    /** ExcelApi 1.4; the value is there after the next sync. */
    getCount(): { readonly value: number };
    getItemAt(index: number): ChartSeriesApi;
    add(name?: string, index?: number): ChartSeriesApi;
  };
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void;
}

export interface ChartAxisApi {
  readonly title: { text: string };
}

export interface ChartSeriesApi {
  name: string;
  chartType: string;
  axisGroup: string;
  markerStyle: string;
  readonly format: { readonly line: { lineStyle: string } };
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
  /** ExcelApi 1.7. */
  delete(): void;
}

/** What "Insert example" uses (activeCell.ts): the active cell and whether it is empty. */
export interface CellRequestApi {
  readonly workbook: {
    getActiveCell(): CellRangeApi;
    readonly worksheets: { getItem(key: string): { getRange(address?: string): CellRangeApi } };
  };
  sync(): Promise<void>;
}

export type CellRun = <T>(batch: (context: CellRequestApi) => Promise<T>) => Promise<T>;

export interface CellRangeApi {
  readonly address: string;
  formulas: CellValue[][];
  /** "Empty", "String", "Double", …: a cell another formula spills into has a value but no formula. */
  readonly valueTypes: string[][];
  load(propertyNames: string): unknown;
  /** ExcelApi 1.12. */
  getSpillParentOrNullObject(): { readonly isNullObject: boolean; load(propertyNames: string): unknown };
}

/** `Office.context.requirements`, or a fake of it. */
export interface RequirementsApi {
  isSetSupported(name: string, minVersion?: string): boolean;
}

// Compile-time proof that the real API satisfies the slice: these lines fail to type-check if a
// signature above stops matching @types/office-js.
type Satisfies<Narrow, Real extends Narrow> = Real;
export type RealContextSatisfiesExcelApi = Satisfies<ExcelApi, Excel.RequestContext>;
export type RealRunSatisfiesExcelRun = Satisfies<ExcelRun, typeof Excel.run>;
export type RealContextSatisfiesCellRequestApi = Satisfies<CellRequestApi, Excel.RequestContext>;
export type RealRunSatisfiesCellRun = Satisfies<CellRun, typeof Excel.run>;
export type RealRequirementsSatisfy = Satisfies<RequirementsApi, Office.RequirementSetSupport>;
