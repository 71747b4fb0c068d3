// A1 address arithmetic. Templates compute their layouts from the horizon, so every address is
// built here rather than typed by hand.

/** Column letters for a 1-based column number: 1 → "A", 28 → "AB". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Invalid column number ${column}`);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 1-based column number for letters: "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C5" from column 3, row 5. */
export function cell(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "$C$5": for references copied along a row or a column. */
export function absolute(column: number, row: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** "C5:H5", or "C5" when the range is one cell. */
export function range(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  const from = cell(fromColumn, fromRow);
  const to = cell(toColumn, toRow);
  return from === to ? from : `${from}:${to}`;
}

/** The cells of one row from `fromColumn` to `toColumn`. */
export function rowRange(row: number, fromColumn: number, toColumn: number): string {
  return range(fromColumn, row, toColumn, row);
}

/** The cells of one column from `fromRow` to `toRow`. */
export function columnRange(column: number, fromRow: number, toRow: number): string {
  return range(column, fromRow, column, toRow);
}

export type Box = { top: number; left: number; bottom: number; right: number };

/** Parses "C5", "$C$5" or "C5:H9" (sheet-local) into a box of 1-based rows and columns. */
export function parseRange(address: string): Box {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address);
  if (!match) throw new Error(`Not a sheet-local A1 address: ${address}`);
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Rows and columns of an address. */
export function rangeSize(address: string): { rows: number; columns: number } {
  const box = parseRange(address);
  return { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
}
