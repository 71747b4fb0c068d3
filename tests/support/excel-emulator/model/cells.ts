// Cell contents: formulas and constants written through Range.formulas / Range.values, and what
// Range.formulas, values, valueTypes and numberFormat read back.
import type { CellValue } from "../../../../src/excel/api";
import { ExcelError, invalidArgument, notModelled } from "../errors";
import { type Area, areaColumns, areaRows, cellAddress, cellsOf, isWholeSheetSpan } from "./address";
import { formulaReferences } from "./formulaRefs";
import { checkFormulaSyntax, checkNumberFormat } from "./rules";
import type { CellState, SheetState } from "./state";
import type { WorkbookModel } from "./workbook";

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

/** What Excel says when a matrix does not fit its range (widely reported; office-js issue #1025). */
export const ARRAY_SIZE_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export function cellAt(sheet: SheetState, address: string): CellState {
  return (sheet.cells[address] ??= {});
}

/** Drops cells that hold nothing, so snapshots compare by content. */
export function tidy(sheet: SheetState, address: string): void {
  const cell = sheet.cells[address];
  if (cell && Object.values(cell).every((v) => v === undefined)) delete sheet.cells[address];
}

/** The emulator stores per-cell state; whole rows/columns would be billions of cells. */
export function bounded(area: Area, what: string): Area {
  if (isWholeSheetSpan(area)) throw notModelled(`${what} on whole rows or columns`);
  return area;
}

/**
 * Writes a matrix property. Excel's rule (Range.formulas/values/numberFormat): a 2-D array must have
 * exactly the range's rows and columns ("The number of rows or columns in the input array doesn't
 * match the size or dimensions of the range."); a single value is applied to every cell (the docs'
 * own example sets `range.values = '3/11/2015'` on A1:A20). `null` in an array leaves a cell unchanged.
 */
export function writeMatrix(sheet: SheetState, area: Area, input: unknown, write: (cell: CellState, value: unknown, address: string) => void): void {
  bounded(area, "writing cells");
  const rows = areaRows(area);
  const columns = areaColumns(area);
  const matrix = Array.isArray(input) ? input : null;
  if (matrix && !(matrix.length === rows && matrix.every((r) => Array.isArray(r) && r.length === columns))) {
    throw new ExcelError("InvalidArgument", `A ${describeShape(matrix)} array was written to a ${rows}×${columns} range.`, ARRAY_SIZE_MESSAGE);
  }
  for (const { row, column, address } of cellsOf(area)) {
    const value = matrix ? (matrix[row - area.top] as unknown[])[column - area.left] : input;
    if (value === null) continue;
    write(cellAt(sheet, address), value, address);
    tidy(sheet, address);
  }
}

function describeShape(matrix: unknown[]): string {
  const widths = [...new Set(matrix.map((r) => (Array.isArray(r) ? r.length : "?")))];
  return `${matrix.length}×${widths.join("/")}`;
}

const calls = (formula: string, prefix: string) =>
  formulaReferences(formula).some((r) => r.kind === "function" && r.name.startsWith(prefix));

/** A constant or an en-US formula into one cell (Range.formulas / Range.values). */
export function writeContent(model: WorkbookModel, cell: CellState, value: unknown): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw invalidArgument(`${value} is not a valid cell value.`);
  if (!["string", "number", "boolean"].includes(typeof value)) throw invalidArgument(`Unsupported cell value ${JSON.stringify(value)}.`);
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) throw invalidArgument(`A cell holds at most ${MAX_CELL_TEXT} characters.`);
  delete cell.value;
  if (typeof value === "string" && value.startsWith("=")) {
    checkFormulaSyntax(value);
    for (const ref of formulaReferences(value)) {
      if ("sheet" in ref && ref.sheet !== undefined && !model.findSheet(ref.sheet)) {
        throw invalidArgument(`The formula '${value}' refers to a sheet that does not exist: '${ref.sheet}'.`);
      }
    }
    if (!model.switches.functionsRegistered && calls(value, "GR.")) cell.value = "#NAME?";
  }
  cell.formula = value === "" ? undefined : (value as CellValue);
  delete cell.spill; // the write blocks the spill (Excel shows #SPILL! at the anchor; not modelled)
}

export function writeNumberFormat(cell: CellState, value: unknown): void {
  const format = checkNumberFormat(value);
  cell.numberFormat = format === "General" ? undefined : format;
}

const isFormula = (v: CellValue | undefined): v is string => typeof v === "string" && v.startsWith("=");
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!)$/;

/** The value a cell shows (Range.values): "" when empty, as Excel reports an empty cell. */
export function cellValue(model: WorkbookModel, sheet: SheetState, address: string): CellValue {
  const cell = sheet.cells[address];
  if (!cell) return "";
  if (cell.value !== undefined) return cell.value;
  if (cell.spill) return cell.spill.value;
  if (!isFormula(cell.formula)) return cell.formula ?? "";
  const calculated = model.switches.calculate?.({ sheet: sheet.name, address, formula: cell.formula });
  if (calculated === undefined) {
    throw notModelled(`the value of '${cell.formula}' in '${sheet.name}'!${address} (seed it, or pass options.calculate)`);
  }
  return calculated;
}

/** Excel.RangeValueType of what a cell shows. */
export function valueType(value: CellValue): string {
  if (value === "" || value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR_VALUE.test(value) ? "Error" : "String";
}

/**
 * Range.formulas of one cell: its formula, else its constant, else the value another formula spills
 * into it ("If a cell has no formula, its value is returned instead", Range.formulas).
 */
function cellFormula(sheet: SheetState, address: string): CellValue {
  const cell = sheet.cells[address];
  if (cell?.formula !== undefined) return cell.formula;
  return cell?.spill ? cell.spill.value : "";
}

const READERS: Record<string, (model: WorkbookModel, sheet: SheetState, address: string) => unknown> = {
  Formulas: (_m, sheet, address) => cellFormula(sheet, address),
  Values: (model, sheet, address) => cellValue(model, sheet, address),
  ValueTypes: (model, sheet, address) => valueType(cellValue(model, sheet, address)),
  NumberFormat: (_m, sheet, address) => sheet.cells[address]?.numberFormat ?? "General",
};

export const MATRIX_PROPERTIES = Object.keys(READERS);

/** A per-cell property of an area as Excel returns it: rows of columns. */
export function readMatrix(model: WorkbookModel, sheet: SheetState, area: Area, property: string): unknown[][] {
  const read = READERS[property];
  bounded(area, `reading ${property}`);
  return Array.from({ length: areaRows(area) }, (_, r) =>
    Array.from({ length: areaColumns(area) }, (_, c) => read(model, sheet, cellAddress(area.top + r, area.left + c))),
  );
}

/**
 * Worksheet.getUsedRange(valuesOnly): "the smallest range that encompasses any cells that have a
 * value or formatting assigned to them"; with valuesOnly, values only. Undefined when the sheet is blank.
 */
export function usedArea(sheet: SheetState, valuesOnly: boolean, parse: (a: string) => Area): Area | undefined {
  let box: Area | undefined;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const counts = valuesOnly ? cell.formula !== undefined || cell.spill !== undefined : true;
    if (!counts) continue;
    const a = parse(address);
    box = box ? { top: Math.min(box.top, a.top), left: Math.min(box.left, a.left), bottom: Math.max(box.bottom, a.bottom), right: Math.max(box.right, a.right) } : a;
  }
  return box;
}
