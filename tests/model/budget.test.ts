// Source of truth: the functions spec (GR.BUDGET_SHIFT) and its example.
import { DomainError, budgetShift } from "../../src/model";
import { curveProgress } from "../../src/model/budget";

const problem = (result: unknown) => {
  expect(result).toBeInstanceOf(DomainError);
  return `${(result as DomainError).code} ${(result as DomainError).message}`;
};
const expectRows = (actual: unknown, expected: number[][]) => {
  const rows = actual as number[][];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  rows.forEach((row, i) => row.forEach((v, t) => expect(v).toBeCloseTo(expected[i][t], 9)));
};

describe("budgetShift", () => {
  it("spec example: 1000, 20 % → 60 %, 4 years, linear", () => {
    expectRows(budgetShift([1000], 0.2, 0.6, 4, "linear"), [
      [200, 300, 400, 500, 600],
      [800, 700, 600, 500, 400],
    ]);
  });

  it("s curve: slow at both ends, the same as linear at the ends and the middle", () => {
    expectRows(budgetShift([1000], 0.2, 0.6, 4, "s"), [
      [200, 262.5, 400, 537.5, 600],
      [800, 737.5, 600, 462.5, 400],
    ]);
  });

  it("takes one budget per year", () => {
    expectRows(budgetShift([100, 200, 300], 0, 1, 2, "linear"), [
      [0, 100, 300],
      [100, 100, 0],
    ]);
  });

  it("can shift away from generative AI (end share below start share)", () => {
    expectRows(budgetShift([10], 1, 0, 1, "linear"), [
      [10, 0],
      [0, 10],
    ]);
  });

  it("s curve is 3x² − 2x³", () => {
    expect(curveProgress("s", 0.25)).toBeCloseTo(3 / 16 - 2 / 64, 15);
    expect([curveProgress("s", 0), curveProgress("s", 1)]).toEqual([0, 1]);
  });

  it("rejects a total_budget with neither 1 nor years + 1 values", () => {
    expect(problem(budgetShift([1, 2, 3], 0, 1, 4, "linear"))).toBe(
      "#VALUE! total_budget has 3 cells but years 4 needs 1 value or 5 (one per year from 0 to 4)",
    );
  });

  it("rejects shares outside 0 … 1", () => {
    expect(problem(budgetShift([1], 1.2, 0.5, 1, "linear"))).toBe("#NUM! start_share must be from 0 to 1 (got 1.2)");
    expect(problem(budgetShift([1], 0.2, -0.1, 1, "linear"))).toBe("#NUM! end_share must be from 0 to 1 (got -0.1)");
  });

  it("rejects a negative budget, naming the year's position", () => {
    expect(problem(budgetShift([1, -2], 0, 1, 1, "linear"))).toBe("#NUM! total_budget: item 2 must be at least 0 (got -2)");
  });

  it.each([0, 101])("rejects %p years", (years) => {
    expect(problem(budgetShift([1], 0, 1, years, "linear"))).toBe(
      `#NUM! years must be a whole number from 1 to 100 (got ${years})`,
    );
  });
});
