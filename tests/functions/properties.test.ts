// Properties of the Excel wrappers over long rows and columns. Sources of truth: the functions spec's
// conventions (blanks are 0; text, logical values and errors are #VALUE! naming the argument and the
// item in reading order; a path comes back transposed when its inputs are columns) and
// docs/functions.md ("Shapes": orientation never changes a result). A column and a row of the same
// numbers must give exactly the same answer, value or error, whatever the cells hold.
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { seededProperties } from "../model/propertySeed";
import { callAsExcel, type CellOutcome } from "./customFunctionsFake";
import { type Shape, lay } from "./support";


/** A function whose range arguments all hold `n` cells, and how to call it around them. */
interface RangeCase {
  id: string;
  fn: (...args: never[]) => unknown;
  ranges: readonly string[];
  /** Valid numbers for each range, in order. */
  valid: readonly fc.Arbitrary<number>[];
  args: (ranges: unknown[][][], n: number) => unknown[];
  /** Smallest n it accepts (BUDGET_SHIFT needs years + 1 ≥ 2 cells). */
  minCells?: number;
  /** The result turns with the first range (a column in, columns out). */
  turnsWithFirst?: boolean;
  /** Every range must have the same shape (element by element), so orientations cannot be mixed. */
  sameShapes?: boolean;
}

const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const signed = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const change = fc.double({ min: -1, max: 1, noNaN: true });
const positive = fc.double({ min: 1, max: 1e4, noNaN: true });

const CASES: RangeCase[] = [
  { id: "REALLOC_SAVINGS", fn: functions.reallocSavings, ranges: ["headcount", "loaded_cost"], valid: [amount, amount], args: ([h, c]) => [h, c, 6, 10, 0.03, 0.08] },
  { id: "JWO_NPV", fn: functions.jwoNpv, ranges: ["capex", "opex", "savings"], valid: [signed, signed, signed], args: ([c, o, s]) => [0.08, c, o, s, 0.01] },
  { id: "JWO_PAYBACK", fn: functions.jwoPayback, ranges: ["capex", "opex", "savings"], valid: [signed, signed, signed], args: ([c, o, s]) => [c, o, s] },
  {
    id: "JWO_CASHFLOWS", fn: functions.jwoCashflows, ranges: ["capex", "opex", "savings"], valid: [signed, signed, signed],
    args: ([c, o, s]) => [c, o, s, 0.08], turnsWithFirst: true,
  },
  { id: "WORKFORCE_PLAN", fn: functions.workforcePlan, ranges: ["headcount", "annual_change"], valid: [amount, change], args: ([h, c]) => [h, c, 5] },
  {
    id: "BUDGET_SHIFT", fn: functions.budgetShift, ranges: ["total_budget"], valid: [amount],
    args: ([b], n) => [b, 0.2, 0.6, n - 1], minCells: 2, turnsWithFirst: true,
  },
  {
    id: "TALENT_VELOCITY", fn: functions.talentVelocity, ranges: ["base", "hires", "exits", "years"], valid: [positive, amount, amount, positive],
    args: (ranges) => ranges, turnsWithFirst: true, sameShapes: true,
  },
];

/** A cell that is not a number, and how the message describes it. */
const BAD_CELLS: fc.Arbitrary<{ cell: unknown; says: string }> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 45 }).map((text) => ({
    cell: text,
    // Messages quote at most 30 characters of text: 27 and "..." beyond that (docs/functions.md).
    says: `is text ("${text.length > 30 ? `${text.slice(0, 27)}...` : text}")`,
  })),
  fc.boolean().map((b) => ({ cell: b, says: `is a logical value (${b ? "TRUE" : "FALSE"})` })),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!").map((code) => ({ cell: { code }, says: `is an error (${code})` })),
  fc.constantFrom("#N/A", "#NUM!").map((errorType) => ({ cell: { type: "Error", errorType }, says: `is an error (${errorType})` })),
  fc.constant({ cell: { type: "Entity", basicValue: "Contoso", properties: {} }, says: 'is text ("Contoso")' }),
);

/** Cells of a range: mostly its valid numbers, sometimes out of range, blank, or not a number. */
const cellsOf = (valid: fc.Arbitrary<number>, n: number) =>
  fc.array(
    fc.oneof(
      { weight: 12, arbitrary: valid },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "", -1, -2.5) },
      { weight: 1, arbitrary: BAD_CELLS.map((b) => b.cell) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }).map((basicValue) => ({ type: "FormattedNumber", basicValue })) },
    ),
    { minLength: n, maxLength: n },
  );

/** The cells of every range of a case, n each. */
const rangesOf = (c: RangeCase, cells: (valid: fc.Arbitrary<number>, n: number) => fc.Arbitrary<unknown[]>, maxCells = 40) =>
  fc.integer({ min: c.minCells ?? 1, max: maxCells }).chain((n) => fc.tuple(fc.constant(n), fc.tuple(...c.valid.map((v) => cells(v, n)))));

/** A result as rows: a spilled result that turned with a column input is turned back. */
const asRowResult = (outcome: CellOutcome, turned: boolean): CellOutcome => {
  if (!("value" in outcome) || !turned || !Array.isArray(outcome.value)) return outcome;
  const rows = outcome.value as unknown[][];
  return { value: rows[0].map((_, c) => rows.map((row) => row[c])) };
};

const call = (c: RangeCase, ranges: unknown[][][], n: number) => callAsExcel(c.fn, c.args(ranges, n));

describe(`Excel wrappers over long rows and columns (${seededProperties()})`, () => {
  describe.each(CASES)("$id", (c) => {
    it("gives exactly what a row gives when its ranges are columns, value or error", () => {
      fc.assert(
        fc.property(rangesOf(c, cellsOf), ([n, cells]) => {
          const rows = call(c, cells.map((r) => lay(r, "row")), n);
          const columns = call(c, cells.map((r) => lay(r, "column")), n);
          expect(asRowResult(columns, c.turnsWithFirst === true && n > 1)).toEqual(rows);
        }),
      );
    });

    if (!c.sameShapes && c.ranges.length > 1) {
      it("gives what all rows give when some ranges are rows and others columns", () => {
        const shapes = fc.array(fc.constantFrom<Shape>("row", "column"), { minLength: c.ranges.length, maxLength: c.ranges.length });
        fc.assert(
          fc.property(rangesOf(c, cellsOf), shapes, ([n, cells], shape) => {
            const rows = call(c, cells.map((r) => lay(r, "row")), n);
            const mixed = call(c, cells.map((r, i) => lay(r, shape[i])), n);
            expect(asRowResult(mixed, c.turnsWithFirst === true && shape[0] === "column" && n > 1)).toEqual(rows);
          }),
        );
      });
    }

    it("names the one cell of 8 or more that is not a number by its position, in a row or a column", () => {
      const valid = (v: fc.Arbitrary<number>, n: number) => fc.array(v, { minLength: n, maxLength: n });
      const where = fc.record({ range: fc.nat(c.ranges.length - 1), at: fc.nat(1000), shape: fc.constantFrom<Shape>("row", "column") });
      fc.assert(
        fc.property(rangesOf(c, valid).filter(([n]) => n >= 8), where, BAD_CELLS, ([n, cells], { range, at, shape }, bad) => {
          const position = at % n;
          const broken = cells.map((r, i) => (i === range ? r.map((x, k) => (k === position ? bad.cell : x)) : r));
          const outcome = call(c, broken.map((r, i) => lay(r, c.sameShapes || i === range ? shape : "row")), n);
          expect(outcome).toEqual({ code: "#VALUE!", message: `${c.ranges[range]}: item ${position + 1} ${bad.says}` });
        }),
      );
    });

    it("reads a blank anywhere in a long row or column as 0", () => {
      const valid = (v: fc.Arbitrary<number>, n: number) => fc.array(v, { minLength: n, maxLength: n });
      const blank = fc.record({ range: fc.nat(c.ranges.length - 1), at: fc.nat(1000), cell: fc.constantFrom(null, "", undefined) });
      fc.assert(
        fc.property(rangesOf(c, valid), blank, fc.constantFrom<Shape>("row", "column"), ([n, cells], { range, at, cell }, shape) => {
          const withCell = (value: unknown) =>
            call(c, cells.map((r, i) => lay(i === range ? r.map((x, k) => (k === at % n ? value : x)) : r, shape)), n);
          expect(withCell(cell)).toEqual(withCell(0));
        }),
      );
    });
  });
});
