// Excel's naming and value rules, as documented for sheets, defined names, tables and colours.
import { StrictExcelError, invalidArgument } from "./errors";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Sheet names: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History". */
export function checkSheetName(name: unknown, existing: string[], except?: string): void {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("A sheet name cannot be blank.");
  if (name.length > 31) throw invalidArgument(`The sheet name '${name}' is longer than 31 characters.`);
  if (SHEET_FORBIDDEN.test(name)) throw invalidArgument(`The sheet name '${name}' contains a forbidden character.`);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name '${name}' begins or ends with an apostrophe.`);
  }
  if (name.toUpperCase() === "HISTORY") throw invalidArgument("'History' is a reserved sheet name.");
  const taken = existing.some((n) => n.toUpperCase() === name.toUpperCase() && n !== except);
  if (taken) throw new StrictExcelError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
}

const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^(R\d*C\d*|R\d*|C\d*)$/i;

/** Defined names and table names: letter, underscore or backslash first; no spaces; not a cell reference. */
export function checkDefinedName(name: unknown, what: string): void {
  const valid =
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name);
  if (!valid) throw invalidArgument(`'${String(name)}' is not a valid ${what}.`);
}

const NAMED_COLOURS = new Set(["black", "white", "red", "green", "blue", "yellow", "orange", "purple", "gray", "grey"]);

/** Colours as Excel accepts them: "#RRGGBB" or an HTML colour name (a common subset here). */
export function checkColour(colour: unknown): string {
  if (typeof colour === "string" && (/^#[0-9A-Fa-f]{6}$/.test(colour) || NAMED_COLOURS.has(colour.toLowerCase()))) {
    return colour;
  }
  throw invalidArgument(`'${String(colour)}' is not a valid colour.`);
}

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export function checkTableStyle(style: unknown): string {
  if (typeof style === "string" && (style === "" || TABLE_STYLE.test(style))) return style;
  throw invalidArgument(`'${String(style)}' is not a built-in table style.`);
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

/** Excel refuses formulas it cannot parse; the fake checks the structure it can check cheaply. */
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

/** The chart types the fake accepts (a subset of Excel.ChartType). */
export const CHART_TYPES = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "Line", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "LineMarkersStacked100",
  "Area", "AreaStacked", "AreaStacked100", "Pie", "Doughnut", "XYScatter", "XYScatterLines", "Radar", "RadarMarkers",
] as const;
