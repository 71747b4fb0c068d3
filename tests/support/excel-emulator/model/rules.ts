// Excel's naming and value rules for sheets, defined names, tables, colours and number formats.
// Each rule names its source; where Microsoft documents nothing the harsher reading is taken and said.
import { ExcelError, invalidArgument } from "../errors";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/**
 * Sheet names: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History"
 * ("Rename a worksheet", https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 * A name already used (compared without regard to case) is ItemAlreadyExists.
 */
export function checkSheetName(name: unknown, existing: string[], except?: string): string {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("A sheet name cannot be blank.");
  if (name.length > 31) throw invalidArgument(`The sheet name '${name}' is longer than 31 characters.`);
  if (SHEET_FORBIDDEN.test(name)) throw invalidArgument(`The sheet name '${name}' contains a forbidden character.`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`The sheet name '${name}' begins or ends with an apostrophe.`);
  if (name.toUpperCase() === "HISTORY") throw invalidArgument("'History' is a reserved sheet name.");
  const taken = existing.some((n) => n.toUpperCase() === name.toUpperCase() && n !== except);
  if (taken) throw new ExcelError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
  return name;
}

const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^(R\d*C\d*|R\d*|C\d*)$/i;

/**
 * Defined names and table names: a letter, underscore or backslash first, then letters, digits,
 * periods and underscores; no spaces; at most 255 characters; not a cell reference ("Names in
 * formulas", https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
export function checkDefinedName(name: unknown, what: string): string {
  const valid =
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name);
  if (!valid) throw invalidArgument(`'${String(name)}' is not a valid ${what}.`);
  return name;
}

/** Excel compares sheet, table and defined names without regard to case. */
export const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

const NAMED_COLOURS = new Set(["black", "white", "red", "green", "blue", "yellow", "orange", "purple", "gray", "grey"]);

/**
 * Colours: "#RRGGBB" or an HTML colour name (RangeFill.color, "The HTML color code representing the
 * color of the background, in the form #RRGGBB (e.g. "FFA500") or as a named HTML color"). Only a
 * common subset of names is accepted here: the harsher reading for the rest.
 */
export function checkColour(colour: unknown): string {
  if (typeof colour === "string" && (/^#[0-9A-Fa-f]{6}$/.test(colour) || NAMED_COLOURS.has(colour.toLowerCase()))) return colour;
  throw invalidArgument(`'${String(colour)}' is not a valid colour.`);
}

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/** Built-in table styles: TableStyleLight1–21, Medium1–28, Dark1–11 (Table.style). */
export function checkTableStyle(style: unknown): string {
  if (typeof style === "string" && (style === "" || TABLE_STYLE.test(style))) return style;
  throw invalidArgument(`'${String(style)}' is not a built-in table style.`);
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

export function checkBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`${what} must be true or false.`);
  return value;
}

/**
 * Excel refuses a formula it cannot parse (InvalidArgument). The emulator checks what it can check
 * cheaply: balanced parentheses, closed strings and quoted sheet names.
 */
export function checkFormulaSyntax(formula: string): void {
  let depth = 0;
  let inString = false;
  let inQuotedSheet = false;
  for (const ch of formula) {
    if (inString) inString = ch !== '"';
    else if (inQuotedSheet) inQuotedSheet = ch !== "'";
    else if (ch === '"') inString = true;
    else if (ch === "'") inQuotedSheet = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) break;
  }
  if (depth !== 0 || inString || inQuotedSheet) throw invalidArgument(`The formula '${formula}' is not valid.`);
}

/** Number formats: at most four sections separated by unquoted ";", quotes closed. */
export function checkNumberFormat(value: unknown): string {
  if (typeof value !== "string" || value === "") throw invalidArgument(`'${String(value)}' is not a number format.`);
  let sections = 1;
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) sections++;
  }
  if (quoted || sections > 4) throw invalidArgument(`'${value}' is not a valid number format.`);
  return value;
}

/** Excel.ChartType members the emulator accepts (a subset of the enum). */
export const CHART_TYPES = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "Line", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "LineMarkersStacked100",
  "Area", "AreaStacked", "AreaStacked100", "Pie", "Doughnut", "XYScatter", "XYScatterLines", "Radar", "RadarMarkers",
] as const;
