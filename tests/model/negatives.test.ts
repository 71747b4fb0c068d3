// Source of truth: the functions spec, GR.REALLOC_SAVINGS ("headcount ≥ 0", "loaded_cost ≥ 0") and
// "Conventions" (an out-of-domain number is #NUM! naming the argument and its position). The sums
// behind it look at several cells per step, so a negative is placed at every position of lists and
// columns of 8 to 13 cells, on each side, with paired cells and with a single value on the other side.
import { DomainError, column, reallocSavings, type Numbers } from "../../src/model";

const LENGTHS = [8, 9, 10, 11, 12, 13];

type Layout = "list" | "column";
const laidOut = (values: number[], layout: Layout): Numbers => (layout === "list" ? values : column(values.map((v) => [v])));

/** REALLOC_SAVINGS' answer, as "CODE message" or the number. */
const outcome = (headcount: Numbers, loadedCost: Numbers): string | number => {
  const result = reallocSavings({ headcount, loadedCost, severanceMonths: 0, years: 1, costGrowth: 0, discountRate: 0 });
  return result instanceof DomainError ? `${result.code} ${result.message}` : result;
};

const ones = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const withNegative = (n: number, at: number) => ones(n).map((v, i) => (i === at ? -3 : v));

describe.each<Layout>(["list", "column"])("REALLOC_SAVINGS rejects a negative at any position of a %s", (layout) => {
  it("in headcount, paired with as many loaded_cost cells", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        expect(outcome(laidOut(withNegative(n, at), layout), laidOut(ones(n), layout))).toBe(
          `#NUM! headcount: item ${at + 1} must be at least 0 (got -3)`,
        );
      }
    }
  });

  it("in loaded_cost, paired with as many headcount cells", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        expect(outcome(laidOut(ones(n), layout), laidOut(withNegative(n, at), layout))).toBe(
          `#NUM! loaded_cost: item ${at + 1} must be at least 0 (got -3)`,
        );
      }
    }
  });

  it("in headcount, with one loaded_cost for all", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        expect(outcome(laidOut(withNegative(n, at), layout), [100])).toBe(`#NUM! headcount: item ${at + 1} must be at least 0 (got -3)`);
      }
    }
  });

  it("in loaded_cost, with one headcount for all", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        expect(outcome([2], laidOut(withNegative(n, at), layout))).toBe(`#NUM! loaded_cost: item ${at + 1} must be at least 0 (got -3)`);
      }
    }
  });

  it("sums every position when none is negative (Σ i × i over 1 … n)", () => {
    for (const n of LENGTHS) {
      const expected = (n * (n + 1) * (2 * n + 1)) / 6;
      expect(outcome(laidOut(ones(n), layout), laidOut(ones(n), layout))).toBe(expected);
      expect(outcome(laidOut(ones(n), layout), [2])).toBe(n * (n + 1));
      expect(outcome([2], laidOut(ones(n), layout))).toBe(n * (n + 1));
    }
  });
});

describe("REALLOC_SAVINGS with a zero or a negative single value", () => {
  it("is 0 when the one loaded_cost for all is 0", () => {
    expect(outcome([1, 2, 3, 4, 5], [0])).toBe(0);
  });

  it("is 0 when the one headcount for all is 0", () => {
    expect(outcome([0], [10, 20, 30, 40, 50])).toBe(0);
  });

  it("names a negative single headcount without a position", () => {
    expect(outcome([-1], [10, 20, 30, 40, 50])).toBe("#NUM! headcount must be at least 0 (got -1)");
  });
});

// "≥ 0" admits 0: a family with nobody eliminated, or a role that costs nothing, is a valid cell. The
// sums flag negatives four cells a step, so a zero is placed at every position too (a zero taken for a
// negative would end in an error with no cell to name).
const withZero = (n: number, at: number) => ones(n).map((v, i) => (i === at ? 0 : v));

describe.each<Layout>(["list", "column"])("REALLOC_SAVINGS accepts a zero at any position of a %s", (layout) => {
  it("in either range, paired cell by cell: the zero's product drops out of Σ i × i", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        const expected = (n * (n + 1) * (2 * n + 1)) / 6 - (at + 1) * (at + 1);
        expect(outcome(laidOut(withZero(n, at), layout), laidOut(ones(n), layout))).toBe(expected);
        expect(outcome(laidOut(ones(n), layout), laidOut(withZero(n, at), layout))).toBe(expected);
      }
    }
  });

  it("with one value for all on the other side: 2 × (Σ i − the zeroed i)", () => {
    for (const n of LENGTHS) {
      for (let at = 0; at < n; at++) {
        const expected = 2 * ((n * (n + 1)) / 2 - (at + 1));
        expect(outcome(laidOut(withZero(n, at), layout), [2])).toBe(expected);
        expect(outcome([2], laidOut(withZero(n, at), layout))).toBe(expected);
      }
    }
  });
});
