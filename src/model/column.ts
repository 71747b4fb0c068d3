// A one-column range as Excel passes it, one-cell rows ([[1], [2], [3]]), read where it lies. A
// column of 100,000 cells is 100,000 small arrays; copying them into a list took longer than the
// computation (see docs/functions.md, "Speed"), so the models read the column in place.

/** A column of one-cell rows, read in place; `length` is its number of cells. */
export interface Column {
  /** One-cell rows as Excel passes them; typed loosely because they may not have been checked yet. */
  readonly cells: readonly unknown[];
  readonly length: number;
}

/** Numbers in reading order: a list (a row, or numbers already read), or a column of one-cell rows. */
export type Numbers = readonly number[] | Column;

export function column(cells: readonly unknown[]): Column {
  return { cells, length: cells.length };
}

/** A one-cell row holding a plain number: what every cell of a column must be. */
export function isNumberCell(row: unknown): row is readonly [number] {
  return Array.isArray(row) && row.length === 1 && typeof row[0] === "number";
}

/** Array.isArray, not instanceof: it is the cheaper test inside the long loops. */
export function isColumn(values: Numbers): values is Column {
  return !Array.isArray(values);
}

/**
 * The i-th number. A column's cell that is not a plain number (text, a blank, an error, or a row of
 * more than one cell) reads as NaN: the functions layer may hand a column over before checking its
 * cells, and a NaN makes every model answer an error, after which that layer checks the cells one by
 * one for the message (src/functions/coerce.ts, `excelResultInPlace`).
 */
export function at(values: Numbers, i: number): number {
  if (!isColumn(values)) return values[i];
  const row = values.cells[i];
  return isNumberCell(row) ? row[0] : NaN;
}

/** The numbers as a list: a column is copied (only where two shapes meet, see sums.ts). */
export function toList(values: Numbers): readonly number[] {
  if (!isColumn(values)) return values;
  const list: number[] = [];
  for (let i = 0; i < values.length; i++) list.push(at(values, i));
  return list;
}
