// The template catalog as data. A template is a function of the insert options (and, for the
// Summary sheet, of the names the other sheets received) that returns plain sheet descriptions.
// Nothing here calls Office: src/excel/ turns a SheetSpec into Excel API calls.

/** How the user wants numbers scaled: inputs and results are entered and shown in this unit. */
export type Scale = "units" | "thousands" | "millions";

/** What the pane asks before inserting. */
export type InsertOptions = {
  /** First year column (e.g. 2026). Whole number 1900 … 9999. */
  startYear: number;
  /** Number of yearly periods for templates that have a horizon (1 … 30). */
  horizon: number;
  /** Currency symbol shown in number formats and unit labels, e.g. "$", "€", "£", "¥". */
  currency: string;
  /** Unit in which money is entered and displayed. */
  scale: Scale;
  /** Fill the illustrative sample assumptions, or leave the input cells empty. */
  inputs: "sample" | "blank";
  /**
   * Add the live sensitivity grids (JWO, Workforce, GenAI) and, in the complete model, the tornado
   * chart on the Scenarios sheet. Absent means on, the pane's default (`DEFAULT_OPTIONS`).
   */
  sensitivities?: boolean;
};

/** Stable identifiers of the sheets the catalog can produce. */
export type SheetKey = "workforce" | "budget" | "jwo" | "talent" | "genai" | "signposts" | "scenarios" | "summary";

/** The six model sheets: each is also a single-sheet template. */
export type ModelSheetKey = Exclude<SheetKey, "scenarios" | "summary">;

/** What the pane offers: one per single-sheet template, plus the complete model. */
export type TemplateId = ModelSheetKey | "complete";

/** A constant or an en-US formula ("=SUM(B2:B4)") as written with `range.formulas`. */
export type CellContent = string | number | boolean | null;

/** A rectangular block of cells written in one `range.formulas = [...]` call. */
export type CellWrite = {
  /** Sheet-local A1 address, e.g. "B4" or "B4:F6"; the matrix must match its size. */
  address: string;
  /** Row-major contents; `null` leaves a cell empty. Formulas in en-US syntax, starting with "=". */
  formulas: CellContent[][];
  /**
   * For a dynamic-array formula (one cell, e.g. `=GR.WORKFORCE_PLAN(...)`): the range it spills
   * into, anchor included. The template keeps that range otherwise empty; checks treat its cells
   * as holding values.
   */
  spill?: string;
};

/** Named cell styles; src/templates/styles.ts defines what each looks like. */
export type StyleName =
  | "title"
  | "subtitle"
  | "note"
  | "section"
  | "header"
  | "label"
  | "input"
  | "calc"
  | "total"
  | "headline"
  | "check";

/** Formatting of a block: a number format for every cell, a style, or both. */
export type FormatSpec = {
  address: string;
  /** Excel number format code (en-US), e.g. "#,##0", "0.0%", "\"$\"#,##0.0". */
  numberFormat?: string;
  style?: StyleName;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrapText?: boolean;
};

export type ColumnWidth = {
  /** Column range, e.g. "A:A" or "C:H". */
  columns: string;
  /** Width in points (Excel's `range.format.columnWidth`). */
  width: number;
};

/** A sheet-scoped name (`worksheet.names.add`), so inserting a template twice never collides. */
export type NameSpec = {
  name: string;
  /** Sheet-local address the name refers to, e.g. "C5" or "C5:C9". */
  address: string;
  comment?: string;
};

export type ValidationRule =
  | { kind: "decimal"; min?: number; max?: number }
  | { kind: "wholeNumber"; min?: number; max?: number }
  | { kind: "list"; source: string[] };

export type ValidationSpec = {
  address: string;
  rule: ValidationRule;
  /** Shown when the cell is selected. */
  prompt?: string;
  /** Shown (and the entry refused) when the value breaks the rule. */
  errorMessage: string;
  /** Blank cells are allowed unless false (blank-input templates must validate). */
  ignoreBlanks?: boolean;
};

/** A formula-driven conditional format: the formula is relative to the top-left cell of `address`. */
export type ConditionalFormatSpec = {
  address: string;
  formula: string;
  fill: string;
  fontColor: string;
};

/**
 * A three-colour scale (Excel's `colorScale` conditional format, ExcelApi 1.6): the lowest value gets
 * `minimum`, the 50th percentile `midpoint`, the highest `maximum`; text and blank cells stay unfilled.
 * Which end is green depends on whether a high value is good (NPV) or bad (payback).
 */
export type ColorScaleSpec = { address: string; minimum: string; midpoint: string; maximum: string };

/** An Excel Table (ListObject) over row-wise inputs. Never put a spilling formula inside. */
export type TableSpec = {
  name: string;
  /** Range including the header row. */
  address: string;
  style: string;
};

export type ChartType =
  | "ColumnClustered"
  | "ColumnStacked"
  | "ColumnStacked100"
  | "AreaStacked"
  | "Line"
  | "LineMarkers"
  /** Horizontal bars stacked left (negative) and right (positive) of zero: a tornado. */
  | "BarStacked";

export type ChartSeriesSpec = {
  /** Legend text. */
  name: string;
  /** One row (or column) of values, sheet-local address. */
  values: string;
  /** Overrides the chart's type for this series (combo charts). */
  type?: ChartType;
  /** "Secondary" plots the series on a secondary value axis. */
  axis?: "Primary" | "Secondary";
  /** Markers only, no connecting line (dot plots). */
  markersOnly?: boolean;
};

export type ChartSpec = {
  /** Chart object name (unique within the sheet). */
  name: string;
  type: ChartType;
  title: string;
  /** Category labels (years, providers), sheet-local address. */
  categories: string;
  series: ChartSeriesSpec[];
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Required when any series is on the secondary axis. */
  secondaryValueAxisTitle?: string;
  legend: "Bottom" | "Right" | "Top";
  /** Placement: the chart covers this cell range (beside the tables). */
  position: { from: string; to: string };
};

export type SheetSpec = {
  key: SheetKey;
  /** Preferred sheet name; the renderer makes it unique ("Workforce Realignment (2)"). */
  baseName: string;
  tabColor?: string;
  cells: CellWrite[];
  formats: FormatSpec[];
  columnWidths: ColumnWidth[];
  /** Rows/columns frozen at the top/left (header rows, label column). */
  freeze?: { rows: number; columns: number };
  showGridlines: boolean;
  names: NameSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Colour scales over the sensitivity grids (good to bad). */
  colorScales?: ColorScaleSpec[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /**
   * Cells that deliberately show an error or a text when inputs are blank (e.g. payback shows
   * "Not within horizon"); documented for the oracle tests. Sheet-local addresses.
   */
  blankInputErrors?: string[];
  /** Headline figures: GR formula cell, its native check, and the OK cell (sheet-local). */
  headlines: HeadlineSpec[];
  /**
   * Input cells that keep their values when the user asks for blank inputs: analysis settings (the
   * steps of a sensitivity grid), not assumptions about the business. Sheet-local addresses.
   */
  keptWhenBlank?: string[];
};

export type HeadlineSpec = {
  label: string;
  /** Cell (or spill anchor) holding the GR. formula. */
  gr: string;
  /** Cell holding the same quantity computed with native Excel formulas. */
  native: string;
  /** Cell that shows "OK" when both agree. */
  check: string;
};

/**
 * Resolves another sheet of the same insertion to the formula prefix that refers to it, quoted as
 * Excel requires: sheetRef("jwo") → "'JWO Investment Case (2)'!". Any sheet of the insertion can be
 * referred to, before or after the calling one. Throws when `key` is not part of this insertion
 * (a model sheet inserted alone has no Scenarios sheet to read).
 */
export type SheetRef = (key: SheetKey) => string;

export type SheetBuilder = (options: InsertOptions, sheetRef: SheetRef) => SheetSpec;

/** What the gallery shows for a template and what the renderer inserts for it. */
export type TemplateDefinition = {
  id: TemplateId;
  title: string;
  /** One-line purpose for the gallery card. */
  purpose: string;
  /** The charts (or, where there is none, the visual) it draws without the Sensitivities option, in a few words. */
  chart: string;
  /** Number of charts it draws without the Sensitivities option. */
  chartCount: number;
  /** What the Sensitivities option adds, and how many charts; absent where it adds nothing. */
  sensitivities?: { adds: string; charts: number };
  /** Preview image file name in assets/ (e.g. "preview-jwo.png"). */
  preview: string;
  /** Whether the horizon option applies. */
  hasHorizon: boolean;
  /** Sheets this template adds, in insertion order (the complete model: all six, Scenarios, Summary). */
  sheets: SheetKey[];
};

/** What a named style looks like; the renderer maps it onto `range.format`. Colours are "#RRGGBB". */
export type CellStyleDefinition = {
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  fill?: string;
  /** A line under the cells (header rows, totals). */
  borderBottom?: { style: "Continuous" | "Double"; color: string };
  /** A line above the cells (totals). */
  borderTop?: { style: "Continuous" | "Double"; color: string };
  horizontalAlignment?: "Left" | "Center" | "Right";
  indentLevel?: number;
};
