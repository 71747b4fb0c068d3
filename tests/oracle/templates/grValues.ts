// Values crossing between HyperFormula and the add-in's functions: HyperFormula's arguments as Excel
// hands them to a custom function, and the functions' errors as HyperFormula cell errors.
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import { DomainError } from "../../../src/model";

/** A scalar, a range as rows of scalars, or undefined for an omitted optional argument. */
export type ArgumentValue = unknown;
export type Grid = (number | CellError)[][];

/** A blank cell is null (as Excel passes it); an error stays a CellError so it can be propagated. */
function scalar(value: unknown): unknown {
  if (value === EmptyValue) return null;
  // HyperFormula wraps typed numbers (percent, currency) in objects carrying the number as `val`.
  if (typeof value === "object" && value !== null && !(value instanceof CellError) && "val" in value) return (value as { val: unknown }).val;
  return value;
}

export function excelArgument(raw: unknown): ArgumentValue {
  if (raw instanceof SimpleRangeValue) return raw.data.map((row) => row.map(scalar));
  return raw === undefined ? undefined : scalar(raw);
}

/** The first error among the arguments, in argument then reading order. */
export function firstError(args: ArgumentValue[]): CellError | undefined {
  for (const arg of args) {
    const cells = Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg];
    const error = cells.find((c) => c instanceof CellError);
    if (error) return error as CellError;
  }
  return undefined;
}

const ERROR_TYPES: Record<DomainError["code"], ErrorType> = { "#VALUE!": ErrorType.VALUE, "#NUM!": ErrorType.NUM, "#N/A": ErrorType.NA };

/** A model error as the cell error Excel would show, message kept for reports. */
export function hfError(error: DomainError | CellError): CellError {
  return error instanceof CellError ? error : new CellError(ERROR_TYPES[error.code], error.message);
}

/**
 * The size of every array a GR function returned, by formula cell: the oracle compares it with the
 * spill range the template declares (a mismatch leaves cells blank or overwrites neighbours in Excel).
 */
export const arrayResultSizes = new Map<string, { rows: number; columns: number; fn: string }>();
export const sizeKey = (a: { sheet: number; row: number; col: number }): string => `${a.sheet}:${a.row}:${a.col}`;
