// Test helpers: the template specs for every option set, a cell map of a sheet, and a small
// scanner that finds the references, names and functions an en-US formula uses.
import { parseRange, type Box } from "../../src/templates/a1";
import { SHEET_BUILDERS, TEMPLATES } from "../../src/templates/catalog";
import type { CellContent, InsertOptions, SheetKey, SheetRef, SheetSpec, TemplateId } from "../../src/templates/types";

/** The pane's default (sensitivities on when absent), the shortest and longest horizons, an early start, and sensitivities off. */
export const OPTION_SETS: InsertOptions[] = [
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" },
  { startYear: 2030, horizon: 1, currency: "€", scale: "thousands", inputs: "sample" },
  { startYear: 2025, horizon: 30, currency: "£", scale: "units", inputs: "sample" },
  { startYear: 1999, horizon: 10, currency: "¥", scale: "millions", inputs: "sample", sensitivities: true },
  { startYear: 2027, horizon: 4, currency: "$", scale: "thousands", inputs: "sample", sensitivities: false },
];
export const ALL_OPTIONS: InsertOptions[] = OPTION_SETS.flatMap((o) => [o, { ...o, inputs: "blank" as const }]);

/** Sheet names as the renderer might have given them, with quotes where Excel needs them. */
export const SHEET_NAMES: Record<SheetKey, string> = {
  workforce: "Workforce Realignment (2)",
  budget: "AI R&D Budget Reallocation",
  jwo: "JWO Investment Case",
  talent: "AI Talent Velocity",
  genai: "GenAI Operating Savings",
  signposts: "Signposts Monitor",
  scenarios: "Scenarios",
  summary: "Summary",
};

/**
 * The sheet references of an insertion of `sheets`, as the renderer resolves them: a sheet outside
 * the insertion throws (so a model sheet inserted alone reads no Scenarios sheet).
 */
export function refFor(sheets: SheetKey[]): SheetRef {
  return (key) => {
    if (!sheets.includes(key)) throw new Error(`${key} is not part of this insertion`);
    return `'${SHEET_NAMES[key].replace(/'/g, "''")}'!`;
  };
}

/** References within the complete model. */
export const sheetRef: SheetRef = refFor(TEMPLATES.find((t) => t.id === "complete")!.sheets);

/** A template's sheets built for `options`, keyed by sheet. */
export function buildTemplate(template: TemplateId, options: InsertOptions): Partial<Record<SheetKey, SheetSpec>> {
  const keys = TEMPLATES.find((t) => t.id === template)!.sheets;
  const ref = refFor(keys);
  return Object.fromEntries(keys.map((k) => [k, SHEET_BUILDERS[k](options, ref)]));
}

export const describeOptions = (o: InsertOptions): string =>
  `${o.startYear}+${o.horizon} ${o.currency} ${o.scale} ${o.inputs}${o.sensitivities === false ? " no-sensitivities" : ""}`;

/** Every sheet of every template with every option set. */
export function allSheets(): { template: TemplateId; options: InsertOptions; spec: SheetSpec }[] {
  return TEMPLATES.flatMap((t) => ALL_OPTIONS.flatMap((options) => Object.values(buildTemplate(t.id, options)).map((spec) => ({ template: t.id, options, spec }))));
}

export type CellMap = Map<string, CellContent>;
const key = (row: number, column: number) => `${row},${column}`;

export function cellsOf(box: Box): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) cells.push([r, c]);
  return cells;
}

/** Cells written by the sheet (including empty input cells), keyed "row,column". */
export function writtenCells(spec: SheetSpec): CellMap {
  const map: CellMap = new Map();
  for (const write of spec.cells) {
    const box = parseRange(write.address);
    write.formulas.forEach((row, r) => row.forEach((content, c) => map.set(key(box.top + r, box.left + c), content)));
  }
  return map;
}

/** Cells a spill fills (anchor excluded). */
export function spilledCells(spec: SheetSpec): Set<string> {
  const set = new Set<string>();
  for (const write of spec.cells.filter((w) => w.spill)) {
    const anchor = parseRange(write.address);
    for (const [r, c] of cellsOf(parseRange(write.spill!))) if (r !== anchor.top || c !== anchor.left) set.add(key(r, c));
  }
  return set;
}

export const hasCell = (spec: SheetSpec, address: string): boolean => {
  const written = writtenCells(spec);
  const spilled = spilledCells(spec);
  return cellsOf(parseRange(address)).every(([r, c]) => written.has(key(r, c)) || spilled.has(key(r, c)));
};

export function contentAt(spec: SheetSpec, address: string): CellContent | undefined {
  const box = parseRange(address);
  return writtenCells(spec).get(key(box.top, box.left));
}

export type FormulaToken = { kind: "ref"; sheet?: string; address: string } | { kind: "function"; name: string } | { kind: "name"; name: string };

const A1 = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;

/** References, functions and names in an en-US formula (string literals skipped). */
export function scanFormula(formula: string): FormulaToken[] {
  const text = formula.slice(1).replace(/"(?:[^"]|"")*"/g, '""');
  const tokens: FormulaToken[] = [];
  const pattern = /(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?([A-Za-z_$][\w.$]*(?::\$?[A-Za-z]{1,3}\$?\d+)?)(\s*\()?/gi;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) continue;
    const [sheet, word, call] = [match[2]?.replace(/''/g, "'") ?? match[3], match[4], match[5]];
    if (call) tokens.push({ kind: "function", name: word.toUpperCase() });
    else if (A1.test(word)) tokens.push({ kind: "ref", sheet, address: word.replace(/\$/g, "").toUpperCase() });
    else if (!/^(TRUE|FALSE)$/i.test(word)) tokens.push({ kind: "name", name: word });
  }
  return tokens;
}

export const formulasOf = (spec: SheetSpec): { address: string; formula: string }[] =>
  spec.cells.flatMap((w) => {
    const box = parseRange(w.address);
    return w.formulas.flatMap((row, r) =>
      row.flatMap((c, col) => (typeof c === "string" && c.startsWith("=") ? [{ address: `${columnName(box.left + col)}${box.top + r}`, formula: c }] : [])),
    );
  });

function columnName(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
