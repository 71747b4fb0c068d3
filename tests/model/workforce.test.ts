// Source of truth: the functions spec (GR.WORKFORCE_PLAN, GR.TALENT_VELOCITY) and their examples.
import { DomainError, TOO_LARGE, talentVelocity, workforcePlan } from "../../src/model";

const problem = (result: unknown) => {
  expect(result).toBeInstanceOf(DomainError);
  return `${(result as DomainError).code} ${(result as DomainError).message}`;
};

describe("workforcePlan", () => {
  it("spec example: {120;80}, {-25%;40%}, 3 years", () => {
    const rows = workforcePlan([120, 80], [-0.25, 0.4], 3) as number[][];
    const expected = [
      [120, 90, 67.5, 50.625],
      [80, 112, 156.8, 219.52],
    ];
    rows.forEach((row, i) => row.forEach((v, t) => expect(v).toBeCloseTo(expected[i][t], 9)));
    expect(rows.map((r) => r.length)).toEqual([4, 4]);
  });

  it("applies a single annual_change to every family", () => {
    expect(workforcePlan([10, 20], [1], 2)).toEqual([
      [10, 20, 40],
      [20, 40, 80],
    ]);
  });

  it("keeps rows flat with no change", () => {
    expect(workforcePlan([7], [0], 3)).toEqual([[7, 7, 7, 7]]);
  });

  it("lets a -100 % change empty a family after one year", () => {
    expect(workforcePlan([50], [-1], 2)).toEqual([[50, 0, 0]]);
  });

  it("does not round (fractional people are the caller's formatting)", () => {
    expect((workforcePlan([3], [0.5], 1) as number[][])[0][1]).toBe(4.5);
  });

  it("rejects a change below -100 %", () => {
    expect(problem(workforcePlan([1, 2], [0, -1.5], 1))).toBe("#NUM! annual_change: item 2 must be at least -1 (got -1.5)");
  });

  it("rejects negative headcount", () => {
    expect(problem(workforcePlan([-1], [0], 1))).toBe("#NUM! headcount must be at least 0 (got -1)");
  });

  it("rejects annual_change with neither one value nor one per family", () => {
    expect(problem(workforcePlan([1, 2, 3], [0, 0], 1))).toBe(
      "#VALUE! headcount has 3 cells but annual_change has 2: give one annual_change for all or one per headcount cell",
    );
  });

  it.each([0, 101])("rejects %p years", (years) => {
    expect(problem(workforcePlan([1], [0], years))).toBe(`#NUM! years must be a whole number from 1 to 100 (got ${years})`);
  });

  it("rejects an empty headcount or annual_change (a caller of the model; Excel never passes one)", () => {
    expect(problem(workforcePlan([], [0.1], 2))).toBe("#VALUE! headcount is empty");
    expect(problem(workforcePlan([], [], 2))).toBe("#VALUE! headcount is empty");
    expect(problem(workforcePlan([1, 2], [], 2))).toBe("#VALUE! annual_change is empty");
    expect(problem(workforcePlan([1], [], 2))).toBe("#VALUE! annual_change is empty");
  });

  it("answers #NUM! when growth overflows", () => {
    expect(problem(workforcePlan([1], [1e10], 100))).toBe(`#NUM! ${TOO_LARGE}`);
  });
});

describe("talentVelocity", () => {
  it("spec example: 1000, 300, 100, 2 years → 9.54 %", () => {
    expect(talentVelocity(1000, 300, 100, 2)).toBeCloseTo(Math.sqrt(1.2) - 1, 12);
    expect(talentVelocity(1000, 300, 100, 2)).toBeCloseTo(0.0954, 4);
  });

  it("is the plain net change over one year", () => {
    expect(talentVelocity(200, 30, 10, 1)).toBeCloseTo(0.1, 12);
  });

  it("is negative when exits outnumber hires", () => {
    expect(talentVelocity(100, 0, 19, 1)).toBeCloseTo(-0.19, 12);
  });

  it("is -100 % when the pool ends empty", () => {
    expect(talentVelocity(100, 0, 100, 3)).toBe(-1);
  });

  it("accepts fractional years", () => {
    expect(talentVelocity(100, 21, 0, 0.5)).toBeCloseTo(1.21 ** 2 - 1, 12);
  });

  it("rejects a base of 0", () => {
    expect(problem(talentVelocity(0, 10, 0, 1))).toBe("#NUM! base must be greater than 0 (got 0)");
  });

  it("rejects a pool that ends below zero", () => {
    expect(problem(talentVelocity(100, 0, 150, 1))).toBe("#NUM! base + hires − exits must be at least 0 (got -50)");
  });

  it("rejects years of 0", () => {
    expect(problem(talentVelocity(100, 0, 0, 0))).toBe("#NUM! years must be greater than 0 (got 0)");
  });

  it("answers #NUM! when annualising over a tiny period overflows", () => {
    expect(problem(talentVelocity(1, 9, 0, 0.001))).toBe(`#NUM! ${TOO_LARGE}`);
  });
});
