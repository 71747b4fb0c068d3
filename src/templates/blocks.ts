// Blocks every template shares: the title block, section headings, the year header, and the
// headline rows that put each GR. figure beside its native-Excel check.
import { cell, columnLetters, range, rowRange } from "./a1";
import { SheetDraft } from "./draft";
import { moneyUnit } from "./formats";
import { BAD, GOOD, NEUTRAL } from "./styles";

/** Column layout shared by all sheets: labels, units, then values (years run from VALUE_COLUMN). */
export const LABEL_COLUMN = 1;
export const UNIT_COLUMN = 2;
export const VALUE_COLUMN = 3;

/** What a check reads when its GR. figure shows #NAME?, Excel's error for a function it doesn't know. */
export const ADD_IN_NOT_LOADED = "Add-in not loaded";
/** What a check reads when its figures cannot be computed because inputs are missing. */
export const INPUTS_INCOMPLETE = "Inputs incomplete";
/** Shown beside the checks while any reads ADD_IN_NOT_LOADED: where the pane repairs the formulas. */
export const REPAIR_HINT = "To fix: add-in pane, Functions tab, Repair GR formulas";

export const ILLUSTRATIVE_NOTE = "Illustrative assumptions: replace the blue inputs";
export const TITLE_ROWS = 4;

/**
 * Rows 1-4: title, one-line purpose, units, and the illustrative-assumptions note. The units line
 * names the currency only on sheets that show money (`money: false` for Talent and Signposts).
 */
export function titleBlock(draft: SheetDraft, title: string, purpose: string, otherUnits: string, money = true): void {
  const parts = [money ? moneyUnit(draft.options) : "", otherUnits].filter((p) => p !== "");
  const units = `Units: ${parts.join("; ")}`;
  draft.label("A1", title, "title");
  draft.label("A2", purpose, "subtitle");
  draft.label("A3", units, "note");
  draft.label("A4", ILLUSTRATIVE_NOTE, "note");
}

/** A section heading across the sheet's used columns. */
export function section(draft: SheetDraft, row: number, text: string, lastColumn: number): void {
  draft.label(cell(LABEL_COLUMN, row), text, "section");
  if (lastColumn > LABEL_COLUMN) draft.format(rowRange(row, LABEL_COLUMN + 1, lastColumn), { style: "section" });
}

/** Header row: a label, a units heading, and one column per year from the start year. */
export function yearHeader(draft: SheetDraft, row: number, label: string, years: number, unitHeading = "Unit"): string {
  const start = draft.options.startYear;
  const yearsRange = rowRange(row, VALUE_COLUMN, VALUE_COLUMN + years - 1);
  draft.put(range(LABEL_COLUMN, row, UNIT_COLUMN, row), [[label, unitHeading]], "header");
  draft.put(yearsRange, [Array.from({ length: years }, (_, i) => start + i)], "header", "0");
  draft.format(yearsRange, { horizontalAlignment: "Right" });
  return yearsRange;
}

/** One labelled row: label, unit, and a row of contents in the value columns. */
export function labelledRow(
  draft: SheetDraft,
  row: number,
  label: string,
  unit: string,
  contents: (string | number | null)[],
  style: "calc" | "input" | "total",
  numberFormat: string,
): string {
  const values = rowRange(row, VALUE_COLUMN, VALUE_COLUMN + contents.length - 1);
  draft.put(range(LABEL_COLUMN, row, UNIT_COLUMN, row), [[label, unit]], style === "total" ? "total" : "label");
  draft.put(values, [contents], style, numberFormat);
  return values;
}

/**
 * The check beside a GR. figure: OK when it agrees with the native figure (relative 1e-9). A GR
 * cell showing #NAME? means the add-in is not loaded; then the native figure still stands.
 */
export function checkFormula(gr: string, native: string): string {
  const agree = `IF(ABS(${gr}-${native})<=0.000000001*MAX(1,ABS(${native})),"OK","CHECK")`;
  const bothValues = `IF(AND(ISNUMBER(${gr}),ISNUMBER(${native})),${agree},IF(${gr}=${native},"OK","CHECK"))`;
  const grError = `IF(ERROR.TYPE(${gr})=5,"${ADD_IN_NOT_LOADED}",IF(ISERROR(${native}),"${INPUTS_INCOMPLETE}","CHECK"))`;
  return `=IF(ISERROR(${gr}),${grError},IF(ISERROR(${native}),"CHECK",${bothValues}))`;
}

/**
 * A headline's GR. figure read from cells a GR. function spills into (e.g. the last column of a
 * projection). Without the add-in only the anchor shows #NAME? and the spilled cells are blank, so
 * the figure would read 0 and its check "CHECK"; passing the anchor's error on lets the check say
 * "Add-in not loaded" (and any other error of the function show as itself).
 */
export function fromSpill(anchor: string, expression: string): string {
  return `=IF(ISERROR(${anchor}),${anchor},${expression})`;
}

export const HEADLINE_COLUMNS = { gr: VALUE_COLUMN, native: VALUE_COLUMN + 1, check: VALUE_COLUMN + 2 };

/**
 * A note at `address` that appears only while one of `checks` reads "Add-in not loaded", pointing
 * to the pane's button that rewrites the GR. formulas.
 */
export function repairHint(draft: SheetDraft, address: string, checks: string): void {
  draft.put(address, [[`=IF(COUNTIF(${checks},"${ADD_IN_NOT_LOADED}")>0,"${REPAIR_HINT}","")`]], "note");
}

/** Header of a headline block: figure, unit, "Add-in (GR.)", "Native check", "Check". */
export function headlineHeader(draft: SheetDraft, row: number): void {
  const header = [["Headline figure", "Unit", "Add-in (GR.)", "Native check", "Check"]];
  draft.put(range(LABEL_COLUMN, row, HEADLINE_COLUMNS.check, row), header, "header");
  draft.format(range(HEADLINE_COLUMNS.gr, row, HEADLINE_COLUMNS.native, row), { horizontalAlignment: "Right" });
  // Centred like the OK/CHECK cells below it.
  draft.format(cell(HEADLINE_COLUMNS.check, row), { horizontalAlignment: "Center" });
}

export type HeadlineRow = {
  label: string;
  unit: string;
  gr: string;
  native: string;
  numberFormat: string;
  /** A formula for the label cell when the label is an editable name elsewhere (e.g. `=A8&""`). */
  labelFormula?: string;
};

/** A headline row: the GR. figure, the native figure beside it, and the check cell. */
export function headlineRow(draft: SheetDraft, row: number, figure: HeadlineRow): void {
  const gr = cell(HEADLINE_COLUMNS.gr, row);
  const native = cell(HEADLINE_COLUMNS.native, row);
  const check = cell(HEADLINE_COLUMNS.check, row);
  draft.put(range(LABEL_COLUMN, row, UNIT_COLUMN, row), [[figure.labelFormula ?? figure.label, figure.unit]], "label");
  draft.put(gr, [[figure.gr]], "headline", figure.numberFormat);
  draft.put(native, [[figure.native]], "calc", figure.numberFormat);
  draft.put(check, [[checkFormula(gr, native)]], "check");
  checkColours(draft, check);
  draft.format(range(HEADLINE_COLUMNS.gr, row, HEADLINE_COLUMNS.native, row), { horizontalAlignment: "Right" });
  draft.headline({ label: figure.label, gr, native, check });
}

/** OK green, CHECK red, anything else (add-in not loaded, inputs incomplete) amber. */
export function checkColours(draft: SheetDraft, address: string): void {
  const first = address.split(":")[0];
  draft.conditionalFormat({ address, formula: `=${first}="OK"`, ...GOOD });
  draft.conditionalFormat({ address, formula: `=${first}="CHECK"`, ...BAD });
  draft.conditionalFormat({ address, formula: `=AND(${first}<>"OK",${first}<>"CHECK")`, ...NEUTRAL });
}

/** Widest money text per scale: "($545,035,175)" in units needs more room than "($545.0)". */
const VALUE_WIDTH = { units: 105, thousands: 90, millions: 80 } as const;

/** Label column wide enough for the longest label typed in column A (titles may overflow). */
function labelWidth(draft: SheetDraft): number {
  const labels = draft.spec.cells
    .filter((w) => w.address.startsWith("A") && !/^A[1-4]$/.test(w.address))
    .flatMap((w) => w.formulas.map((row) => row[0]))
    .filter((v): v is string => typeof v === "string" && !v.startsWith("="));
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(360, Math.max(200, Math.ceil(longest * 5.8)));
}

/**
 * Standard widths: the label column, a units column, value columns to `lastColumn`. `minValueWidth`
 * widens the value columns where a cell may show text (e.g. payback's "Not within horizon").
 */
export function standardWidths(draft: SheetDraft, lastColumn: number, unitWidth = 80, minValueWidth = 0): void {
  draft.width("A:A", labelWidth(draft));
  draft.width("B:B", unitWidth);
  draft.width(`C:${columnLetters(Math.max(VALUE_COLUMN, lastColumn))}`, Math.max(VALUE_WIDTH[draft.options.scale], minValueWidth));
}
