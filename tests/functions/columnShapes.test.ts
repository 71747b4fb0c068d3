// A range given as one column must give exactly what the same cells give as one row: the same value
// (bit for bit, a spilled result turned back) or the same error, code and message. Sources of truth:
// the functions spec's "Conventions" (a non-number cell is #VALUE! naming the argument and the item in
// reading order; a blank counts as 0) and docs/functions.md ("Shapes": orientation never changes a
// result). Deterministic and exhaustive over positions, where properties.test.ts samples at random:
// the readers and model loops work in unrolled lanes (8 cells per step in coerce.ts's row check, 4
// and 2 in sums.ts's column and list loops, then a tail), and a column may go to the model unchecked
// (excelResultInPlace), so every position of a 19-cell range (two 8-wide steps and a 3-cell tail:
// every lane of every loop, in a full step and in the tail) gets every kind of cell, in every range
// argument; valid numbers are compared over every length from 2 to 20.
import "./customFunctionsFake";
import * as functions from "../../src/functions/functions";
import { callAsExcel, type CellOutcome } from "./customFunctionsFake";
import { type Shape, lay } from "./support";


/** A function's range arguments and valid numbers for them (position-dependent, so lanes differ). */
interface RangeCase {
  id: string;
  fn: (...args: never[]) => unknown;
  ranges: readonly string[];
  /** A valid number for range `r` at position `k`. */
  valid: (r: number, k: number) => number;
  args: (ranges: unknown[][][], n: number) => unknown[];
  /** The spilled result turns with the first range (a column in, columns out). */
  turns: boolean;
}

const CASES: RangeCase[] = [
  {
    id: "REALLOC_SAVINGS", fn: functions.reallocSavings, ranges: ["headcount", "loaded_cost"],
    valid: (r, k) => (r === 0 ? 1 + (k % 5) * 0.5 : 40_000 + 1_250.25 * k), args: ([h, c]) => [h, c, 6, 10, 0.03, 0.08], turns: false,
  },
  {
    id: "JWO_NPV", fn: functions.jwoNpv, ranges: ["capex", "opex", "savings"],
    valid: (r, k) => [900 - 37 * k, 120.5 + 3 * k, 75.25 * k][r], args: ([c, o, s]) => [0.08, c, o, s, 0.01], turns: false,
  },
  {
    id: "JWO_PAYBACK", fn: functions.jwoPayback, ranges: ["capex", "opex", "savings"],
    valid: (r, k) => [k === 0 ? 100 : 0, 50 + k, 300 * k][r], args: ([c, o, s]) => [c, o, s], turns: false,
  },
  {
    id: "JWO_CASHFLOWS", fn: functions.jwoCashflows, ranges: ["capex", "opex", "savings"],
    valid: (r, k) => [900 - 37 * k, 120.5 + 3 * k, 75.25 * k][r], args: ([c, o, s]) => [c, o, s, 0.08], turns: true,
  },
  {
    id: "WORKFORCE_PLAN", fn: functions.workforcePlan, ranges: ["headcount", "annual_change"],
    valid: (r, k) => (r === 0 ? 10 + 7 * k : -0.25 + 0.03 * k), args: ([h, c]) => [h, c, 5], turns: false,
  },
  {
    id: "BUDGET_SHIFT", fn: functions.budgetShift, ranges: ["total_budget"],
    valid: (_, k) => 1_000 + 10.5 * k, args: ([b], n) => [b, 0.2, 0.6, n - 1], turns: true,
  },
  {
    id: "TALENT_VELOCITY", fn: functions.talentVelocity, ranges: ["base", "hires", "exits", "years"],
    valid: (r, k) => [100 + k, 5 + k, 3 + (k % 4), 1 + (k % 3)][r], args: (ranges) => ranges, turns: true,
  },
];

/** Cells that are not numbers, and how the spec's message describes each. */
const NOT_NUMBERS: readonly { cell: unknown; says: string }[] = [
  { cell: "abc", says: 'is text ("abc")' },
  { cell: "12", says: 'is text ("12")' },
  { cell: "x".repeat(31), says: `is text ("${"x".repeat(27)}...")` },
  { cell: true, says: "is a logical value (TRUE)" },
  { cell: false, says: "is a logical value (FALSE)" },
  { cell: { code: "#N/A" }, says: "is an error (#N/A)" },
  { cell: { type: "Error", errorType: "#DIV/0!" }, says: "is an error (#DIV/0!)" },
  { cell: { type: "Entity", basicValue: "Contoso", properties: {} }, says: 'is text ("Contoso")' },
];

/** Cells that are read as numbers: blanks (0), a formatted number, and numbers a model may reject. */
const READ_AS_NUMBERS: readonly unknown[] = [null, "", undefined, { type: "FormattedNumber", basicValue: 7.5 }, -1, 0, NaN];

/** Cells per range: two 8-wide steps and a tail of 3 (which is also a 4-wide and a 2-wide tail). */
const N = 19;

/** The valid cells of every range of a case, n each. */
const validCells = (c: RangeCase, n: number): unknown[][] => c.ranges.map((_, r) => Array.from({ length: n }, (_, k) => c.valid(r, k)));

/** `cells` with `cell` put at `position` of range `range`. */
const withCell = (cells: unknown[][], range: number, position: number, cell: unknown): unknown[][] =>
  cells.map((line, r) => (r === range ? line.map((x, k) => (k === position ? cell : x)) : line));

/** A result as rows: a spilled result that turned with a column input is turned back. */
const turnedBack = (outcome: CellOutcome, turned: boolean): CellOutcome => {
  if (!("value" in outcome) || !turned || !Array.isArray(outcome.value)) return outcome;
  const rows = outcome.value as unknown[][];
  return { value: rows[0].map((_, c) => rows.map((row) => row[c])) };
};

/** The case called with every range laid out as `shape`. */
const call = (c: RangeCase, cells: unknown[][], shape: Shape): CellOutcome => {
  const outcome = callAsExcel(c.fn, c.args(cells.map((line) => lay(line, shape)), cells[0].length));
  return turnedBack(outcome, c.turns && shape === "column");
};

/** Every (range, position) of a case for n cells. */
const positions = (c: RangeCase, n: number): [number, number][] =>
  c.ranges.flatMap((_, range) => Array.from({ length: n }, (_, k): [number, number] => [range, k]));

describe.each(CASES)("$id: a column gives exactly what a row gives", (c) => {
  it("gives the same value for valid numbers over 2 to 20 cells", () => {
    const [rows, columns]: unknown[][] = [[], []];
    for (let n = 2; n <= 20; n++) {
      const row = call(c, validCells(c, n), "row");
      expect({ n, row }).toEqual({ n, row: { value: expect.anything() } });
      rows.push({ n, outcome: row });
      columns.push({ n, outcome: call(c, validCells(c, n), "column") });
    }
    expect(columns).toEqual(rows);
  });

  describe(`over ${N} cells`, () => {
    const n = N;

    it("names a cell that is not a number at any position, with the same error as a row", () => {
      const [expected, rows, columns]: unknown[][] = [[], [], []];
      for (const [range, position] of positions(c, n)) {
        for (const bad of NOT_NUMBERS) {
          const cells = withCell(validCells(c, n), range, position, bad.cell);
          expected.push({ range, position, outcome: { code: "#VALUE!", message: `${c.ranges[range]}: item ${position + 1} ${bad.says}` } });
          rows.push({ range, position, outcome: call(c, cells, "row") });
          columns.push({ range, position, outcome: call(c, cells, "column") });
        }
      }
      expect(rows).toEqual(expected);
      expect(columns).toEqual(expected);
    });

    it("reads blanks, formatted numbers, negatives and NaN at any position as a row does", () => {
      const [rows, columns]: unknown[][] = [[], []];
      for (const [range, position] of positions(c, n)) {
        for (const cell of READ_AS_NUMBERS) {
          const cells = withCell(validCells(c, n), range, position, cell);
          rows.push({ range, position, cell, outcome: call(c, cells, "row") });
          columns.push({ range, position, cell, outcome: call(c, cells, "column") });
        }
      }
      expect(columns).toEqual(rows);
    });

    it("counts a blank as 0 at any position", () => {
      const [zeros, columns]: unknown[][] = [[], []];
      for (const [range, position] of positions(c, n)) {
        const zero = call(c, withCell(validCells(c, n), range, position, 0), "row");
        for (const blank of [null, "", undefined]) {
          zeros.push({ range, position, outcome: zero });
          columns.push({ range, position, outcome: call(c, withCell(validCells(c, n), range, position, blank), "column") });
        }
      }
      expect(columns).toEqual(zeros);
    });

    it("names the first of two bad cells in reading order, whichever lane the later one is in", () => {
      const [expected, rows, columns]: unknown[][] = [[], [], []];
      for (const [range, position] of positions(c, n)) {
        // Every later cell of the same range, and the same position of the next range.
        const laters = positions(c, n).filter(([r, k]) => (r === range && k > position) || (r === range + 1 && k === position));
        for (const [laterRange, later] of laters) {
          const cells = withCell(withCell(validCells(c, n), laterRange, later, true), range, position, "first");
          const outcome = { code: "#VALUE!", message: `${c.ranges[range]}: item ${position + 1} is text ("first")` };
          expected.push({ range, position, later, outcome });
          rows.push({ range, position, later, outcome: call(c, cells, "row") });
          columns.push({ range, position, later, outcome: call(c, cells, "column") });
        }
      }
      expect(rows).toEqual(expected);
      expect(columns).toEqual(expected);
    });
  });
});

describe("a column holding a row of more than one cell (a caller outside Excel)", () => {
  it.each(CASES)("$id names the range as not rectangular at any row", (c) => {
    const [expected, outcomes]: unknown[][] = [[], []];
    for (let position = 1; position < 19; position++) {
      const ranges = validCells(c, 19).map((line) => lay(line, "column"));
      ranges[0][position] = [1, 2];
      outcomes.push({ position, outcome: callAsExcel(c.fn, c.args(ranges, 19)) });
      expected.push({ position, outcome: { code: "#VALUE!", message: `${c.ranges[0]} must be a rectangular range (rows of 1 cells)` } });
    }
    expect(outcomes).toEqual(expected);
  });
});
