// The one place where Excel's arguments become clean numbers and DomainErrors become
// CustomFunctions.Error. Excel's rules (functions spec, "Conventions"): a blank cell arrives as null,
// "" or 0 and counts as 0; an omitted optional argument arrives as null and takes its default; text
// and booleans are never read as numbers; whole-number arguments are truncated toward zero.
import { DomainError, at, column, formatNumber, isNumberCell, type ErrorCode, type Numbers, type Outcome } from "../model";

/** Numbers of one argument in reading order (row by row), with the shape they came in. */
export interface NumberList {
  /** A one-column range stays where Excel put it (a model Column); anything else is a list. */
  readonly values: Numbers;
  readonly rows: number;
  readonly columns: number;
}

/** The thrown DomainError is caught by `excelResult`, the only catch in this module. */
function fail(message: string): never {
  throw new DomainError("#VALUE!", message);
}

/** "is text ("1,000")": what a non-number is, in the words Excel uses. */
function describeCell(cell: unknown): string {
  if (typeof cell === "string") {
    const shown = cell.length > 30 ? `${cell.slice(0, 27)}...` : cell;
    return `is text ("${shown}")`;
  }
  if (typeof cell === "boolean") return `is a logical value (${cell ? "TRUE" : "FALSE"})`;
  const { code, errorType, type } = (cell ?? {}) as { code?: unknown; errorType?: unknown; type?: unknown };
  if (typeof code === "string") return `is an error (${code})`;
  if (type === "Error") return `is an error (${String(errorType ?? "#VALUE!")})`;
  return "is not a number";
}

/**
 * A cell as a number: blanks (null, "", undefined) are 0; text, booleans and errors fail. Excel never
 * sends NaN or Infinity; if a caller does, the model's result check answers #NUM!, on both paths.
 */
function cellNumber(cell: unknown, where: string): number {
  if (typeof cell === "number") return cell;
  if (cell === null || cell === "" || cell === undefined) return 0;
  // functions.json allows data types for "any" arguments: a cell holding one (a formatted number,
  // an entity) arrives as an object whose basicValue is what the cell shows.
  const basic = (cell as { basicValue?: unknown; type?: unknown }).basicValue;
  if (basic !== undefined && typeof basic !== "object" && (cell as { type?: unknown }).type !== "Error") {
    return cellNumber(basic, where);
  }
  return fail(`${where} ${describeCell(cell)}`);
}

/** Excel passes ranges as rows of cells; a plain value (a caller outside Excel) is one cell. */
function asRows(arg: unknown): readonly unknown[][] {
  if (!Array.isArray(arg)) return [[arg]];
  return arg.every(Array.isArray) ? (arg as unknown[][]) : [arg];
}

/** Reads a range argument into a NumberList; readList, or the unchecked reader of excelResultInPlace. */
export type ListReader = (arg: unknown, name: string) => NumberList;

/**
 * A range argument as numbers in reading order. The common cases, one row or one column of plain
 * numbers, are checked where they lie and passed on without copying: that check is the only extra
 * pass over the data. Anything else (blanks, text, blocks) is read cell by cell into a list.
 */
export function readList(arg: unknown, name: string): NumberList {
  if (Array.isArray(arg) && arg.length > 1 && allNumberCells(arg)) {
    return { values: column(arg), rows: arg.length, columns: 1 };
  }
  const rows = asRows(arg);
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (columns === 0) return fail(`${name} is empty`);
  if (rows.length === 1 && allNumbers(rows[0])) return { values: rows[0] as number[], rows: 1, columns };
  const values: number[] = [];
  const single = rows.length === 1 && columns === 1;
  for (const row of rows) {
    if (row.length !== columns) fail(`${name} must be a rectangular range (rows of ${columns} cells)`);
    for (const cell of row) {
      values.push(cellNumber(cell, single ? name : `${name}: item ${values.length + 1}`));
    }
  }
  return { values, rows: rows.length, columns };
}

/**
 * True when every cell is a number. This loop runs over every range argument and costs little more
 * than the loop itself, so it checks eight cells per step (half the time of one per step).
 */
function allNumbers(row: readonly unknown[]): boolean {
  let i = 0;
  for (; i + 7 < row.length; i += 8) {
    const numbers =
      typeof row[i] === "number" && typeof row[i + 1] === "number" &&
      typeof row[i + 2] === "number" && typeof row[i + 3] === "number" &&
      typeof row[i + 4] === "number" && typeof row[i + 5] === "number" &&
      typeof row[i + 6] === "number" && typeof row[i + 7] === "number";
    if (!numbers) return false;
  }
  for (; i < row.length; i++) if (typeof row[i] !== "number") return false;
  return true;
}

/** True when every row is one cell holding a number (a column of plain numbers). */
function allNumberCells(rows: readonly unknown[]): boolean {
  for (let i = 0; i < rows.length; i++) if (!isNumberCell(rows[i])) return false;
  return true;
}

/**
 * readList, except that a one-column range of more than one cell goes to the model as it is, its
 * cells unchecked (a cell that is not a plain number reads as NaN there). Only for excelResultInPlace.
 */
function readListInPlace(arg: unknown, name: string): NumberList {
  if (Array.isArray(arg) && arg.length > 1 && Array.isArray(arg[0]) && arg[0].length === 1) {
    return { values: column(arg), rows: arg.length, columns: 1 };
  }
  return readList(arg, name);
}

/** A range that must be one row or one column (a line of periods); `isColumn` decides the output shape. */
export function readLine(arg: unknown, name: string, read: ListReader = readList): NumberList & { isColumn: boolean } {
  const list = read(arg, name);
  if (list.rows > 1 && list.columns > 1) {
    fail(`${name} must be one row or one column (got ${list.rows} rows × ${list.columns} columns)`);
  }
  return { values: list.values, rows: list.rows, columns: list.columns, isColumn: list.rows > 1 };
}

/** A single-value argument; a blank (null, "") is 0. A one-cell range is accepted as its value. */
export function readNumber(arg: unknown, name: string): number {
  if (Array.isArray(arg)) {
    const list = readList(arg, name);
    if (list.values.length !== 1) fail(`${name} must be a single value (got ${list.values.length} cells)`);
    return at(list.values, 0);
  }
  return cellNumber(arg, name);
}

/** An optional argument: omitted (null) takes the default, anything else is read as a number. */
export function readOptional(arg: unknown, name: string, fallback: number): number {
  return arg === null || arg === undefined ? fallback : readNumber(arg, name);
}

/** An optional argument with no numeric default (null stays null: "not given"). */
export function readOptionalOrNull(arg: unknown, name: string): number | null {
  return arg === null || arg === undefined ? null : readNumber(arg, name);
}

/** A whole-number argument (years), truncated toward zero as Excel does; range checks are the model's. */
export function readWhole(arg: unknown, name: string, fallback?: number): number {
  const value = fallback === undefined ? readNumber(arg, name) : readOptional(arg, name, fallback);
  return Math.trunc(value);
}

/** A value as a message quotes it: "text", TRUE, 12, #N/A. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return formatNumber(value);
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "a value that is not text";
}

/** A text choice, case-insensitive; omitted or blank takes the first choice. */
export function readChoice<T extends string>(arg: unknown, name: string, choices: readonly T[]): T {
  if (arg === null || arg === undefined || arg === "") return choices[0];
  const wanted = typeof arg === "string" ? arg.trim().toLowerCase() : undefined;
  const match = choices.find((c) => c === wanted);
  if (match) return match;
  return fail(`${name} must be ${choices.map((c) => `"${c}"`).join(" or ")} (got ${shownValue(arg)})`);
}

function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/**
 * The error for the cell, carrying the model's message. Excel shows the message in the cell's error
 * indicator menu for #VALUE! and #N/A only: for #NUM! Microsoft's CustomFunctions.ErrorCode reference
 * says a custom message can't be used. The message is attached to every code all the same (tests and
 * callers outside Excel read it); the reference page states every valid range for #NUM!.
 */
export function excelError(error: DomainError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.code), error.message);
}

/**
 * Runs one function call: reads the arguments, calls the model, and turns a DomainError (returned by
 * the model or thrown by a reader above) into a thrown CustomFunctions.Error, which Excel shows in
 * the cell. Anything else thrown is a programming mistake and is left to fail loudly.
 */
export function excelResult<T>(compute: () => Outcome<T>): T {
  const outcome = outcomeOf(compute);
  if (outcome instanceof DomainError) throw excelError(outcome);
  return outcome;
}

/** What `compute` returns, or the DomainError it throws; anything else thrown passes through. */
function outcomeOf<T>(compute: () => Outcome<T>): Outcome<T> {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e;
  }
}

/**
 * excelResult for a model that reads every cell of its range arguments and answers an error for a
 * NaN (REALLOC_SAVINGS, JWO_NPV, whose whole cost is one pass over the data). A one-column range goes
 * to the model unchecked and is read once, in the model's own loop, instead of once to check it and
 * once to compute. Any error, whatever its cause, runs the call again with every cell checked first
 * (readList), so errors and their messages are exactly those of a checked read; a result is only
 * returned when every cell was a plain number, and is then the same as the checked read's.
 */
export function excelResultInPlace<T>(compute: (read: ListReader) => Outcome<T>): T {
  const fast = outcomeOf(() => compute(readListInPlace));
  return fast instanceof DomainError ? excelResult(() => compute(readList)) : fast;
}

/** One argument of an element-wise function: its name and its numbers. */
export type NamedList = readonly [name: string, list: NumberList];

/**
 * Applies `compute` cell by cell over arguments that are each one value (applied to every cell) or a
 * range of one common shape; the result has that shape. A DomainError for one cell becomes that
 * cell's error value, so the other cells still show their numbers.
 */
export function elementwise(
  args: readonly NamedList[],
  compute: (values: number[]) => Outcome<number>,
): (number | CustomFunctions.Error)[][] {
  const ranges = args.filter(([, list]) => list.values.length > 1);
  const [shapeName, shape] = ranges[0] ?? args[0];
  for (const [name, list] of ranges) {
    if (list.rows !== shape.rows || list.columns !== shape.columns) {
      const sizes = `${shapeName} is ${shape.rows}×${shape.columns} but ${name} is ${list.rows}×${list.columns}`;
      fail(`${sizes}: give ranges of the same shape, or a single value`);
    }
  }
  const result: (number | CustomFunctions.Error)[][] = [];
  for (let r = 0, i = 0; r < shape.rows; r++) {
    const row: (number | CustomFunctions.Error)[] = [];
    for (let c = 0; c < shape.columns; c++, i++) {
      const outcome = compute(args.map(([, list]) => at(list.values, list.values.length === 1 ? 0 : i)));
      row.push(outcome instanceof DomainError ? excelError(outcome) : outcome);
    }
    result.push(row);
  }
  return result;
}

/** Rows as Excel should spill them: as they are, or turned so each row becomes a column. */
export function laidOut(rows: number[][], asColumns: boolean): number[][] {
  if (!asColumns) return rows;
  return rows[0].map((_, t) => rows.map((row) => row[t]));
}
