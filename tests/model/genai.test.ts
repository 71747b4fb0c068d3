// Source of truth: the functions spec (GR.GENAI_SAVINGS) and its example.
import { DomainError, genaiSavings } from "../../src/model";

const problem = (result: unknown) => {
  expect(result).toBeInstanceOf(DomainError);
  return `${(result as DomainError).code} ${(result as DomainError).message}`;
};

describe("genaiSavings", () => {
  it("spec example: 1000, 30 %, 5 years → {35.76, 80.68, 150.00, 219.32, 264.24}", () => {
    const [row] = genaiSavings(1000, 0.3, 5, null, 1) as number[][];
    [35.76, 80.68, 150, 219.32, 264.24].forEach((v, t) => expect(row[t]).toBeCloseTo(v, 2));
    expect(row).toHaveLength(5);
  });

  it("is exactly half the ceiling at the midpoint", () => {
    expect((genaiSavings(200, 0.5, 10, 4, 2) as number[][])[0][3]).toBe(50);
  });

  it("defaults the midpoint to the middle of the horizon", () => {
    expect((genaiSavings(1000, 0.3, 5, null, 1) as number[][])[0][2]).toBe(150);
  });

  it("is symmetric around the midpoint", () => {
    const [row] = genaiSavings(1000, 0.3, 7, null, 0.8) as number[][];
    row.forEach((v, t) => expect(v + row[6 - t]).toBeCloseTo(300, 9));
  });

  it("stays finite for a very steep curve far from the midpoint", () => {
    expect(genaiSavings(1000, 1, 3, 50, 1e6)).toEqual([[0, 0, 0]]);
  });

  it("is zero with no base cost", () => {
    expect(genaiSavings(0, 0.3, 2, null, 1)).toEqual([[0, 0]]);
  });

  it("rejects a max_savings_rate above 100 %", () => {
    expect(problem(genaiSavings(1, 1.5, 1, null, 1))).toBe("#NUM! max_savings_rate must be from 0 to 1 (got 1.5)");
  });

  it("rejects a steepness of 0", () => {
    expect(problem(genaiSavings(1, 0.5, 1, null, 0))).toBe("#NUM! steepness must be greater than 0 (got 0)");
  });

  it("rejects a negative base_cost", () => {
    expect(problem(genaiSavings(-1, 0.5, 1, null, 1))).toBe("#NUM! base_cost must be at least 0 (got -1)");
  });

  it.each([0, 101])("rejects %p years", (years) => {
    expect(problem(genaiSavings(1, 0.5, years, null, 1))).toBe(`#NUM! years must be a whole number from 1 to 100 (got ${years})`);
  });
});
