// Small helpers shared by the function suites.
import { DomainError } from "../../src/model";

/** How a range reaches a function: one row, or one column (a one-element array per cell). */
export type Shape = "row" | "column";

/** `cells` laid out as Excel passes a row or a column. */
export const lay = (cells: readonly unknown[], shape: Shape): unknown[][] => (shape === "row" ? [[...cells]] : cells.map((c) => [c]));

/** What a reader threw, as "CODE message". */
export const thrown = (read: () => unknown): string => {
  try {
    read();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${e.message}`;
    throw e;
  }
  throw new Error("expected the reader to reject its argument");
};
