// The Excel wrappers: shapes of spilled results, optional arguments and per-cell errors, as the
// functions spec's conventions and docs/functions.md state them.
import { callAsExcel, errorText, valueOf } from "./customFunctionsFake";
import * as functions from "../../src/functions/functions";
import {
  budgetShift, genaiSavings, jwoCashflows, jwoNpv, jwoPayback, reallocSavings, talentVelocity, workforcePlan,
} from "../../src/functions/functions";

const column = (...values: unknown[]) => values.map((v) => [v]);
const row = (...values: unknown[]) => [values];

describe("shapes", () => {
  it("JWO_CASHFLOWS returns rows, one column per period, for row inputs", () => {
    const rows = valueOf(callAsExcel(jwoCashflows, [row(10, 0), row(0, 0), row(0, 30)]));
    expect(rows).toEqual([[-10, 30], [-10, 20]]);
  });

  it("JWO_CASHFLOWS returns columns for column inputs, so results land beside them", () => {
    const rows = valueOf(callAsExcel(jwoCashflows, [column(10, 0), column(0, 0), column(0, 30)]));
    expect(rows).toEqual([[-10, -10], [30, 20]]);
  });

  it("JWO_CASHFLOWS adds the discounted line only when rate is given", () => {
    expect(valueOf(callAsExcel(jwoCashflows, [row(1, 2), row(0, 0), row(0, 0), 0.1]))).toHaveLength(3);
    expect(valueOf(callAsExcel(jwoCashflows, [row(1, 2), row(0, 0), row(0, 0), null]))).toHaveLength(2);
  });

  it("JWO_NPV accepts capex as a row and opex as a column of the same length", () => {
    expect(valueOf(callAsExcel(jwoNpv, [0, row(1, 2), column(3, 4), row(10, 10)]))).toBe(10);
  });

  it("BUDGET_SHIFT returns 2 rows for a constant budget", () => {
    expect(valueOf(callAsExcel(budgetShift, [[[100]], 0, 1, 1]))).toEqual([[0, 100], [100, 0]]);
  });

  it("BUDGET_SHIFT returns 2 columns when the yearly budget is a column", () => {
    expect(valueOf(callAsExcel(budgetShift, [column(100, 200), 0, 1, 1]))).toEqual([[0, 100], [200, 0]]);
  });

  it("WORKFORCE_PLAN gives one row per family even when families are given as a row", () => {
    expect(valueOf(callAsExcel(workforcePlan, [row(10, 20), [[0]], 1]))).toEqual([[10, 10], [20, 20]]);
  });

  it("GENAI_SAVINGS returns one row", () => {
    expect(valueOf(callAsExcel(genaiSavings, [100, 1, 3, 2, 1]))).toHaveLength(1);
  });

  it("TALENT_VELOCITY returns the shape of its ranges", () => {
    const result = valueOf(callAsExcel(talentVelocity, [column(100, 200), [[10]], [[0]], null])) as number[][];
    expect(result.map((r) => r.length)).toEqual([1, 1]);
    expect(result[0][0]).toBeCloseTo(0.1, 12);
    expect(result[1][0]).toBeCloseTo(0.05, 12);
  });
});

describe("TALENT_VELOCITY per-cell errors", () => {
  it("puts #NUM! with its message in the one bad cell and keeps the others", () => {
    const [[good, badBase, badPool]] = valueOf(callAsExcel(talentVelocity, [row(100, 0, 100), row(10, 10, 0), row(0, 0, 200), null])) as unknown[][];
    expect(good).toBeCloseTo(0.1, 12);
    expect(badBase).toBeInstanceOf(CustomFunctions.Error);
    expect(badBase).toMatchObject({ code: "#NUM!", message: "base must be greater than 0 (got 0)" });
    expect(badPool).toMatchObject({ code: "#NUM!", message: "base + hires − exits must be at least 0 (got -100)" });
  });

  it("reads a range of years cell by cell", () => {
    const [[a, b]] = valueOf(callAsExcel(talentVelocity, [[[100]], [[21]], [[0]], row(1, 2)])) as number[][];
    expect([a, b].map((v) => Number(v.toFixed(12)))).toEqual([0.21, 0.1]);
  });

  // docs/functions.md, "Shapes": ranges of different shapes give #VALUE! naming both arguments. Each
  // argument in turn is the odd one out, so the message must name that one.
  it.each([0, 1, 2, 3])("names argument %i when its range's shape differs from the others'", (odd) => {
    const names = ["base", "hires", "exits", "years"];
    const args = [row(100, 100), row(10, 10), row(0, 0), row(1, 1)];
    args[odd] = column(args[odd][0][0], args[odd][0][1]);
    const [first, second] = odd === 0 ? ["base", "hires"] : ["base", names[odd]];
    const [shape1, shape2] = odd === 0 ? ["2×1", "1×2"] : ["1×2", "2×1"];
    expect(errorText(callAsExcel(talentVelocity, args))).toBe(
      `#VALUE! ${first} is ${shape1} but ${second} is ${shape2}: give ranges of the same shape, or a single value`,
    );
  });

  it("fails the whole call on text (a #VALUE! for the formula, not one cell)", () => {
    expect(errorText(callAsExcel(talentVelocity, [row(100, "n/a"), [[1]], [[0]], null]))).toBe(
      '#VALUE! base: item 2 is text ("n/a")',
    );
  });
});

describe("optional arguments", () => {
  it("REALLOC_SAVINGS defaults: no severance, 1 year, no growth, no discounting", () => {
    expect(valueOf(callAsExcel(reallocSavings, [[[2]], [[10]]]))).toBe(20);
  });

  it("REALLOC_SAVINGS treats a blank years cell ('') as 0 years, not as omitted", () => {
    expect(errorText(callAsExcel(reallocSavings, [[[2]], [[10]], null, ""]))).toBe(
      "#NUM! years must be a whole number from 1 to 100 (got 0)",
    );
  });

  it("truncates years 3.9 to 3", () => {
    expect(valueOf(callAsExcel(reallocSavings, [[[1]], [[1]], 0, 3.9]))).toBe(3);
    expect(valueOf(callAsExcel(genaiSavings, [100, 1, 2.9]))).toHaveLength(1);
    expect((valueOf(callAsExcel(genaiSavings, [100, 1, 2.9])) as number[][])[0]).toHaveLength(2);
  });

  it("JWO_NPV without terminal_growth has no terminal value", () => {
    expect(valueOf(callAsExcel(jwoNpv, [0, row(0), row(0), row(5), null]))).toBe(5);
  });

  it("GENAI_SAVINGS defaults the midpoint to (years + 1) / 2 and steepness to 1", () => {
    const defaults = valueOf(callAsExcel(genaiSavings, [100, 1, 5]));
    expect(defaults).toEqual(valueOf(callAsExcel(genaiSavings, [100, 1, 5, 3, 1])));
  });

  it("BUDGET_SHIFT reads the curve name in any case", () => {
    expect(valueOf(callAsExcel(budgetShift, [[[1]], 0, 1, 2, "S"]))).toEqual(valueOf(callAsExcel(budgetShift, [[[1]], 0, 1, 2, "s"])));
  });
});

describe("optional arguments left out by a JavaScript caller (undefined, not Excel's null)", () => {
  // The oracle's LibreOffice plugin and the pane call the wrappers directly; an argument they leave
  // out arrives as undefined and must mean what an omitted one means in Excel.
  it("takes every default, as null does", () => {
    expect(functions.reallocSavings([[2]], [[10]])).toBe(valueOf(callAsExcel(reallocSavings, [[[2]], [[10]]])));
    expect(functions.jwoNpv(0.1, row(-10, 11), row(0, 0), row(0, 0))).toBe(valueOf(callAsExcel(jwoNpv, [0.1, row(-10, 11), row(0, 0), row(0, 0)])));
    expect(functions.jwoCashflows(row(1, 2), row(0, 0), row(5, 5))).toHaveLength(2);
    expect(functions.budgetShift([[100]], 0, 1, 2)).toEqual(valueOf(callAsExcel(budgetShift, [[[100]], 0, 1, 2])));
    expect(functions.talentVelocity([[100]], [[21]], [[0]])).toEqual([[expect.closeTo(0.21, 12)]]);
    expect(functions.genaiSavings(100, 1, 3)).toEqual(valueOf(callAsExcel(genaiSavings, [100, 1, 3])));
  });
});

describe("errors reach Excel as CustomFunctions.Error", () => {
  it("JWO_PAYBACK #N/A carries its message", () => {
    expect(errorText(callAsExcel(jwoPayback, [row(10), row(0), row(0)]))).toBe("#N/A does not pay back within the horizon");
  });

  it("JWO_NPV names mismatched lines and their sizes", () => {
    expect(errorText(callAsExcel(jwoNpv, [0.1, row(1, 2, 3), row(1, 2), row(1, 2, 3)]))).toBe(
      "#VALUE! capex has 3 cells but opex has 2: give one value per period in each",
    );
  });

  it("JWO_NPV names text in a period", () => {
    expect(errorText(callAsExcel(jwoNpv, [0.1, row(1, 2, "1,000"), row(1, 2, 3), row(1, 2, 3)]))).toBe(
      '#VALUE! capex: item 3 is text ("1,000")',
    );
  });
});
