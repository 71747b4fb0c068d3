// Renders a template's sheets and computes their values (evaluate.ts), for the value tests.
import { parseRange } from "../../src/templates/a1";
import type { CellContent, InsertOptions, SheetKey, SheetSpec, TemplateId } from "../../src/templates/types";
import { evaluate, type Evaluated } from "./evaluate";
import { buildTemplate, cellsOf, SHEET_NAMES } from "./sheetModel";

export type Rendered = {
  specs: Partial<Record<SheetKey, SheetSpec>>;
  spec(key: SheetKey): SheetSpec;
  value(key: SheetKey, address: string): unknown;
};

/** `template` built for `options`, with `edits` (sheet → address → new content) typed in first. */
export function render(template: TemplateId, options: InsertOptions, edits: Partial<Record<SheetKey, Record<string, CellContent>>> = {}): Rendered {
  const specs = buildTemplate(template, options);
  for (const [key, cells] of Object.entries(edits) as [SheetKey, Record<string, CellContent>][]) {
    for (const [address, content] of Object.entries(cells)) typeIn(specs[key]!, address, content);
  }
  const values: Evaluated = evaluate(Object.fromEntries(Object.entries(specs).map(([k, s]) => [SHEET_NAMES[k as SheetKey], s!])));
  return {
    specs,
    spec: (key) => specs[key] ?? fail(`${template} has no ${key} sheet`),
    value: (key, address) => values.value(SHEET_NAMES[key], address),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Replaces one written cell's content, as a user typing into it would. */
function typeIn(spec: SheetSpec, address: string, content: CellContent): void {
  const target = parseRange(address);
  const write = spec.cells.find((w) => {
    const box = parseRange(w.address);
    return box.top <= target.top && target.top <= box.bottom && box.left <= target.left && target.left <= box.right;
  });
  if (!write) throw new Error(`${spec.key} writes nothing at ${address}`);
  const box = parseRange(write.address);
  write.formulas = write.formulas.map((row, r) => row.map((v, c) => (box.top + r === target.top && box.left + c === target.left ? content : v)));
}

export const isError = (v: unknown): boolean => typeof v === "object" && v !== null && "type" in v;

/** Cells coloured as checks (a conditional format for "CHECK"): headline, grid, scenario and summary checks. */
export function checkCells(spec: SheetSpec): string[] {
  const addresses = spec.conditionalFormats.filter((f) => /="CHECK"$/.test(f.formula)).map((f) => f.address);
  return [...new Set(addresses)].flatMap((a) => cellsOf(parseRange(a)).map(([row, column]) => toA1(row, column)));
}

export function toA1(row: number, column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Whether the sheet declares that `address` shows an error or a text when inputs are blank. */
export function listedBlank(spec: SheetSpec, address: string): boolean {
  const at = parseRange(address);
  return (spec.blankInputErrors ?? []).some((a) => cellsOf(parseRange(a)).some(([r, c]) => r === at.top && c === at.left));
}
