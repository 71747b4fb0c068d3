// Source of truth: how Excel passes a one-column range to a custom function (one-cell rows, e.g.
// [[1], [2], [3]]) and the contract of src/model/column.ts: a column's cell that is not a plain number
// reads as NaN, and every model answers an error for it (the functions layer then reads the cells one
// by one for the message). And docs/functions.md: orientation never changes a result.
import { DomainError, at, column, jwoCashflows, jwoNpv, jwoPayback, reallocSavings, type Numbers } from "../../src/model";
import { discountedNetSum, sumOfProducts, sumWithSign } from "../../src/model/sums";

const asColumn = (values: readonly unknown[]) => column(values.map((v) => [v]));
const values = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe("reading a column in place", () => {
  it("reads the numbers of a list and of a column alike", () => {
    expect([0, 1, 2].map((i) => at([5, 6, 7], i))).toEqual([5, 6, 7]);
    expect([0, 1, 2].map((i) => at(asColumn([5, 6, 7]), i))).toEqual([5, 6, 7]);
  });

  it.each([
    ["text", "12"],
    ["a logical value", true],
    ["a blank", null],
    ["an error", { code: "#N/A" }],
  ])("reads %s in a column as NaN", (_what, cell) => {
    expect(at(asColumn([1, cell, 3]), 1)).toBeNaN();
  });

  it("reads a row of two cells, or something that is not a row, as NaN", () => {
    expect(at(column([[1], [2, 3]]), 1)).toBeNaN();
    expect(at(column([[1], 2]), 1)).toBeNaN();
    expect(at(column([[1], null]), 1)).toBeNaN();
  });
});

describe("a column gives exactly what a list of the same numbers gives", () => {
  // 1 … 13 cells: every remainder of the loops that take two or four cells per step.
  const LENGTHS = values(13, (i) => i + 1);

  it("in the sums", () => {
    for (const n of LENGTHS) {
      const a = values(n, (i) => (i % 3) - 0.5 + i * 0.37);
      const b = values(n, (i) => 1.1 + i * 0.21);
      expect(sumOfProducts(asColumn(a), asColumn(b))).toEqual(sumOfProducts(a, b));
      expect(sumOfProducts(a, asColumn(b))).toEqual(sumOfProducts(a, b));
      expect(sumWithSign(asColumn(a))).toEqual(sumWithSign(a));
      expect(discountedNetSum(asColumn(b), asColumn(a), asColumn(b.map((x) => 3 * x)), 0.9)).toBe(discountedNetSum(b, a, b.map((x) => 3 * x), 0.9));
      expect(discountedNetSum(b, asColumn(a), b.map((x) => 3 * x), 0.9)).toBe(discountedNetSum(b, a, b.map((x) => 3 * x), 0.9));
    }
  });

  // docs/functions.md, "Shapes": capex, opex and savings may each come as a row or a column, in any
  // mix, and the answer is the all-rows one.
  it("in the sums, whichever of the ranges are columns", () => {
    for (const n of [1, 2, 7, 8, 9]) {
      const lines = [values(n, (i) => 10 + i), values(n, (i) => 0.5 * i), values(n, (i) => 3 + 2 * i)];
      const rows = discountedNetSum(lines[0], lines[1], lines[2], 0.9);
      for (let mask = 1; mask < 8; mask++) {
        const [c, o, x] = lines.map((line, k) => ((mask >> k) & 1 ? asColumn(line) : line));
        expect(discountedNetSum(c, o, x, 0.9)).toBe(rows);
      }
      expect(sumOfProducts(asColumn(lines[0]), lines[2])).toEqual(sumOfProducts(lines[0], lines[2]));
      expect(sumOfProducts(lines[0], asColumn(lines[2]))).toEqual(sumOfProducts(lines[0], lines[2]));
    }
  });

  // 2^53 next to ones: 2^53 + 1 rounds back to 2^53, so each order of additions gives its own answer
  // (one after another: 2^53; in lanes, the ones of other lanes add up first). Row and column must
  // still agree to the last digit, wherever the large value sits.
  it("in the sums, where the order of additions shows in the result", () => {
    for (const n of LENGTHS) {
      for (let p = 0; p < n; p++) {
        const a = values(n, (i) => (i === p ? 2 ** 53 : 1));
        const ones = values(n, () => 1);
        expect(sumOfProducts(asColumn(a), asColumn(ones))).toEqual(sumOfProducts(a, ones));
        expect(sumOfProducts(asColumn(ones), asColumn(a))).toEqual(sumOfProducts(ones, a));
        expect(sumWithSign(asColumn(a))).toEqual(sumWithSign(a));
        const zeros = values(n, () => 0);
        expect(discountedNetSum(asColumn(zeros), asColumn(zeros), asColumn(a), 1)).toBe(discountedNetSum(zeros, zeros, a, 1));
      }
    }
  });

  it("in JWO_NPV, JWO_PAYBACK and JWO_CASHFLOWS", () => {
    for (const n of LENGTHS) {
      const capex = values(n, (i) => (i === 0 ? 1000 : 10 * i));
      const opex = values(n, (i) => 20 + i);
      const savings = values(n, (i) => 150 * i);
      const list = { capex, opex, savings };
      const columns = { capex: asColumn(capex), opex: asColumn(opex), savings: asColumn(savings) };
      expect(jwoNpv(0.07, columns, 0.01)).toBe(jwoNpv(0.07, list, 0.01));
      expect(jwoPayback(columns)).toEqual(jwoPayback(list));
      expect(jwoCashflows(columns, 0.07)).toEqual(jwoCashflows(list, 0.07));
    }
  });
});

describe("a column cell that is not a plain number makes the model answer an error", () => {
  // TRUE and "12" would pass for 1 and 12 if a cell were read without looking at its type. Then rows
  // that are not one-cell rows at all: no shape Excel passes, but a caller outside Excel may.
  const CELLS: unknown[] = [true, "12", null];
  const ROWS: unknown[] = [...CELLS.map((cell) => [cell]), null, undefined, 7, "12", [], [1, 2], { 0: 1, length: 1 }];
  const at8to13 = values(6, (i) => i + 8).flatMap((n) => values(n, (p) => [n, p] as const));

  const withRow = (n: number, p: number, row: unknown): Numbers => column(values(n, (i) => (i === p ? row : [i + 1])));
  const plain = (n: number) => column(values(n, (i) => [i + 1]));
  const realloc = (headcount: Numbers, loadedCost: Numbers) =>
    reallocSavings({ headcount, loadedCost, severanceMonths: 0, years: 1, costGrowth: 0, discountRate: 0 });

  it.each(ROWS)("the column sums answer NaN for the row %p (not a throw, not undefined)", (row) => {
    const [broken, fine] = [withRow(9, 4, row), plain(9)];
    expect(sumOfProducts(broken, fine).sum).toBeNaN();
    expect(sumOfProducts(fine, broken).sum).toBeNaN();
    expect(discountedNetSum(broken, fine, fine, 0.9)).toBeNaN();
    expect(discountedNetSum(fine, fine, broken, 0.9)).toBeNaN();
  });

  it.each(ROWS)("REALLOC_SAVINGS, the row %p anywhere in either column, paired or with one value for all", (row) => {
    for (const [n, p] of at8to13) {
      expect(realloc(withRow(n, p, row), plain(n))).toBeInstanceOf(DomainError);
      expect(realloc(plain(n), withRow(n, p, row))).toBeInstanceOf(DomainError);
      expect(realloc(withRow(n, p, row), [5])).toBeInstanceOf(DomainError);
      expect(realloc([5], withRow(n, p, row))).toBeInstanceOf(DomainError);
    }
  });

  it.each(ROWS)("JWO_NPV, the row %p anywhere in any of its three columns", (row) => {
    for (const [n, p] of at8to13) {
      const [broken, fine] = [withRow(n, p, row), plain(n)];
      expect(jwoNpv(0.1, { capex: broken, opex: fine, savings: fine }, null)).toBeInstanceOf(DomainError);
      expect(jwoNpv(0.1, { capex: fine, opex: broken, savings: fine }, null)).toBeInstanceOf(DomainError);
      expect(jwoNpv(0.1, { capex: fine, opex: fine, savings: broken }, null)).toBeInstanceOf(DomainError);
    }
  });
});
