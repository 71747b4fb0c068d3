/** The Excel error codes a model can put in a cell. */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

/**
 * A failure the user sees in a cell (bad input, a number out of its domain, a result Excel cannot
 * hold), carried as a value. Programming mistakes throw a real Error instead, so tests fail on them.
 */
export class DomainError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** A model's answer for a cell: the value, or the reason there is none. */
export type Outcome<T> = T | DomainError;

/** Excel's largest number is the same double limit, so anything beyond it cannot be shown. */
export const TOO_LARGE = "the result is too large to represent (beyond ±1.8E+308)";

export function tooLarge(): DomainError {
  return new DomainError("#NUM!", TOO_LARGE);
}

/** The result itself, or #NUM! when the arithmetic overflowed (Infinity) or lost meaning (NaN). */
export function finiteOrError(value: number): Outcome<number> {
  return Number.isFinite(value) ? value : tooLarge();
}

/** Every value of the rows finite, or #NUM!: path results are checked once, after they are built. */
export function finiteRowsOrError(rows: number[][]): Outcome<number[][]> {
  for (const row of rows) {
    for (const value of row) if (!Number.isFinite(value)) return tooLarge();
  }
  return rows;
}

/**
 * A number as a message shows it: up to 12 significant digits, so 0.1 + 0.2 reads "0.3" and the
 * user recognises what they typed (NaN and ±Infinity read as JavaScript writes them).
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
