// Building blocks for "the lines add up": a target cell must equal the sum of signed parts read from
// other cells of the recalculated sheet (a total is the sum of its rows, a cumulative line is the
// previous cumulative plus this period). Tolerance: relative 1e-9 of the larger of the result and
// the parts, so a net figure close to zero is judged against the size of what it nets.
import { type Problem, type SheetView, at, close } from "./sheetView";

/** Signed parts of a cell; undefined where a part is not a number (reported, never skipped). */
export type Parts = (number | undefined)[];

export function sumRule(view: SheetView, address: string, parts: Parts, rule: string): Problem[] {
  if (parts.some((p) => p === undefined)) return [view.problem(address, "parts that are numbers", `${rule}: a part is not a number`)];
  const numbers = parts as number[];
  const expected = numbers.reduce((a, b) => a + b, 0);
  const magnitude = numbers.reduce((a, b) => a + Math.abs(b), 0);
  return close(view.number(address), expected, magnitude) ? [] : [view.problem(address, expected, rule)];
}

/** The rule in every value column of `row` (the columns where the row shows something). */
export function perColumn(view: SheetView, row: number, parts: (column: number) => Parts, rule: string): Problem[] {
  const columns = view.valueColumns(row);
  if (columns.length === 0) return [view.problem(at(2, row), "values", `${rule}: the row is empty`)];
  return columns.flatMap((c) => sumRule(view, at(c, row), parts(c), rule));
}

/** A cell's number (0-based column, 1-based row); an empty cell counts as 0, as in any formula; text or an error is no number. */
export const num = (view: SheetView, column: number, row: number): number | undefined => {
  const address = at(column, row);
  return view.value(address) === null ? 0 : view.number(address);
};

/** target = sum of the rows, column by column. */
export function totalOfRows(view: SheetView, target: number, rows: number[], rule: string): Problem[] {
  if (rows.length === 0) return [view.problem(at(0, target), "rows to add up", `${rule}: no rows found`)];
  return perColumn(view, target, (c) => rows.map((r) => num(view, c, r)), rule);
}

/** Running sum: the first value column repeats the flow, each later one adds the period's flow. */
export function runningSum(view: SheetView, cumulative: number, flow: number, rule: string, growth = 0): Problem[] {
  const first = view.valueColumns(cumulative)[0];
  return perColumn(
    view,
    cumulative,
    (c) => {
      if (c === first) return [num(view, c, flow)];
      const previous = num(view, c - 1, cumulative);
      return [previous === undefined ? undefined : previous * (1 + growth), num(view, c, flow)];
    },
    rule,
  );
}

/** A part subtracted; a missing part stays missing (reported as "not a number"). */
export const neg = (x: number | undefined): number | undefined => (x === undefined ? undefined : -x);

/** The rows strictly between two rows. */
export const between = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from - 1) }, (_, i) => from + 1 + i);

export const label = (view: SheetView, row: number): string => `"${String(view.value(at(0, row)))}"`;
