// Writing oracle workbooks with exceljs: inputs as values, native formulas beside them, and the
// model's answers recorded as checks on the formula cells.
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellCheck } from "./checks";

/** 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of (row, column), both 1-based; `$` pins the column or the row. */
export function at(row: number, column: number, pin: "" | "$col" | "$row" | "$both" = ""): string {
  const c = pin === "$col" || pin === "$both" ? "$" : "";
  const r = pin === "$row" || pin === "$both" ? "$" : "";
  return `${c}${columnName(column)}${r}${row}`;
}

/** Deterministic generated inputs: the same cases on every run, so a failure can be replayed. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}

/** A value, or null for a blank cell (Excel passes blanks to custom functions as null). */
export type Cell = number | string | null;

export const maybeBlank = (arbitrary: fc.Arbitrary<number>): fc.Arbitrary<number | null> =>
  fc.oneof({ arbitrary, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 });

/**
 * Numbers spread evenly over [min, max] (a grid of 10⁹ steps). fc.double would mostly give
 * denormals and boundaries, which exercise rounding rather than the formulas.
 */
export const between = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1e9 }).map((i) => (i === 1e9 ? max : min + ((max - min) * i) / 1e9));

/** One sheet of an oracle workbook: writes cells, collects the checks on its formula cells. */
export class OracleSheet {
  readonly checks: CellCheck[] = [];
  readonly sheet: ExcelJS.Worksheet;

  constructor(
    workbook: ExcelJS.Workbook,
    readonly file: string,
    readonly name: string,
  ) {
    this.sheet = workbook.addWorksheet(name);
  }

  value(row: number, column: number, value: Cell): void {
    if (value !== null) this.sheet.getCell(row, column).value = value;
  }

  /** A row of values from `column` on; blanks stay empty cells. */
  row(row: number, column: number, values: readonly Cell[]): void {
    values.forEach((v, i) => this.value(row, column + i, v));
  }

  formula(row: number, column: number, formula: string): void {
    this.sheet.getCell(row, column).value = { formula };
  }

  /** A native formula and the value the model gives for the same quantity. */
  check(row: number, column: number, formula: string, expected: CellCheck["expected"], label: string, scale?: number): void {
    this.formula(row, column, formula);
    this.checks.push({ file: this.file, sheet: this.name, cell: at(row, column), expected, label, scale });
  }
}
