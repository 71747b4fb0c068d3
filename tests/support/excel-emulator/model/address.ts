// A1 addresses of the emulated workbook. Deliberately separate from src/excel's own parsing: the
// emulator is the oracle the add-in is tested against, so it must not share the add-in's bugs.
// Grid size: 1,048,576 rows by 16,384 columns ("Excel specifications and limits",
// https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
import { invalidArgument } from "../errors";

/** 0-based, inclusive. Whole columns/rows span the sheet's full extent. */
export type Area = { top: number; left: number; bottom: number; right: number };

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; column?: number };

function corner(text: string): Corner | undefined {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  return row ? { row: Number(row[1]) - 1 } : undefined;
}

/** Parses "B4", "B4:F6", "$C$5", "C:H" or "2:4"; undefined when it is not an A1 address. */
export function tryParseArea(address: string): Area | undefined {
  const parts = address.split(":");
  if (parts.length > 2) return undefined;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return undefined;
  const kind = (c: Corner) => (c.row === undefined ? "column" : c.column === undefined ? "row" : "cell");
  if (kind(a) !== kind(b) || (parts.length === 1 && kind(a) !== "cell")) return undefined;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? 0);
  const left = Math.min(a.column ?? 0, b.column ?? 0);
  const right = a.column === undefined ? MAX_COLUMNS - 1 : Math.max(a.column, b.column ?? 0);
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS || top < 0 || left < 0) return undefined;
  return { top, left, bottom, right };
}

export function parseArea(address: string): Area {
  const area = tryParseArea(address);
  if (!area) throw invalidArgument(`The address '${address}' is not an A1 address.`);
  return area;
}

export const areaRows = (a: Area) => a.bottom - a.top + 1;
export const areaColumns = (a: Area) => a.right - a.left + 1;
export const isWholeColumns = (a: Area) => a.top === 0 && a.bottom === MAX_ROWS - 1;
export const isWholeRows = (a: Area) => a.left === 0 && a.right === MAX_COLUMNS - 1;

export function formatArea(a: Area): string {
  const first = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${cellAddress(a.bottom, a.right)}`;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export const isWholeSheetSpan = (a: Area) => isWholeColumns(a) || isWholeRows(a);

/** Every cell of a bounded area, row by row. */
export function* cellsOf(a: Area): Generator<{ row: number; column: number; address: string }> {
  for (let row = a.top; row <= a.bottom; row++) {
    for (let column = a.left; column <= a.right; column++) yield { row, column, address: cellAddress(row, column) };
  }
}
