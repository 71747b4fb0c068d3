// The emulated workbook's state: plain data, so a snapshot is a deep copy that tests can compare
// with toEqual and print. Only what differs from Excel's defaults is stored. Same shape as the retired
// API-level fake's (issue 9), so tests moved over with an import swap; `value` on a cell was the one
// addition.
import type { CellValue } from "../../../../src/excel/api";

export type BorderState = { style: string; color: string };

export type CellState = {
  /** What `range.formulas` would read back: a constant, or an en-US formula starting with "=". */
  formula?: CellValue;
  /**
   * What the cell shows when it is not the constant itself: a formula's value seeded by a test, or
   * "#NAME?" for a formula that called a GR. function while the functions were not registered (it
   * stays so until the formula is entered again: office-js issues #6611 and #6355). Absent for
   * constants and for formulas whose value the emulator does not know.
   */
  value?: CellValue;
  /**
   * A seeded spill (dynamic array): the anchor holds the formula, every cell of the spill range
   * (anchor included) its value and the anchor's address, as Excel reports them. The emulator
   * computes no formulas; values are only what a test seeds.
   */
  spill?: { anchor: string; value: CellValue };
  numberFormat?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  fill?: string;
  borders?: { EdgeTop?: BorderState; EdgeBottom?: BorderState };
  horizontalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
};

export type NameState = { name: string; address: string; comment?: string };

export type ValidationState = {
  address: string;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
};

export type ConditionalFormatState = {
  id: number;
  address: string;
  type: "Custom" | "ColorScale";
  /** A "ColorScale" format's criteria, as set. */
  criteria?: Excel.ConditionalColorScaleCriteria;
  formula?: string;
  fill?: string;
  fontColor?: string;
};

export type TableState = { id: number; name: string; address: string; style: string; hasHeaders: boolean };

export type SeriesRange = { sheet: string; address: string };

export type SeriesState = {
  name: string;
  values?: SeriesRange;
  xValues?: SeriesRange;
  /** Unset: the chart's type. */
  chartType?: string;
  axisGroup: "Primary" | "Secondary";
  markerStyle: string;
  lineStyle: string;
};

export type AxisState = { title?: string };

export type ChartState = {
  id: number;
  name: string;
  type: string;
  title?: string;
  legend: { position: string; visible: boolean };
  axes: { category: AxisState; value: AxisState; secondaryValue: AxisState };
  series: SeriesState[];
  position?: { from: string; to?: string };
};

export type SheetState = {
  id: number;
  name: string;
  tabColor: string;
  showGridlines: boolean;
  /** Worksheet.protection.protected; absent when not protected (the emulator does not refuse writes to it). */
  protected?: boolean;
  freeze?: { rows: number; columns: number };
  /** Column letter → width in points. */
  columnWidths: Record<string, number>;
  /** A1 address → cell. */
  cells: Record<string, CellState>;
  names: NameState[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  tables: TableState[];
  charts: ChartState[];
};

export type WorkbookState = {
  /** In tab order: a sheet's position is its index. */
  sheets: SheetState[];
  activeSheetId: number;
  /** Workbook-scoped defined names (read by the renderer to keep table names unique). */
  names: NameState[];
};

/** What tests assert on: the state with positions and the active sheet spelled out. */
export type SheetSnapshot = SheetState & { position: number };
export type WorkbookSnapshot = { sheets: SheetSnapshot[]; activeSheet: string; names: NameState[] };

export function newSheet(id: number, name: string): SheetState {
  return {
    id,
    name,
    tabColor: "",
    showGridlines: true,
    columnWidths: {},
    cells: {},
    names: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

export function snapshotOf(state: WorkbookState): WorkbookSnapshot {
  const copy = structuredClone(state);
  const active = copy.sheets.find((s) => s.id === copy.activeSheetId);
  return {
    sheets: copy.sheets.map((s, position) => ({ ...s, position })),
    activeSheet: active ? active.name : "",
    names: copy.names,
  };
}
