// Source of truth: the functions spec (GR.REALLOC_SAVINGS), its equation and examples.
import { DomainError, TOO_LARGE, reallocSavings, type ReallocInputs } from "../../src/model";
import { presentValueFactor } from "../../src/model/realloc";

const inputs = (over: Partial<ReallocInputs> = {}): ReallocInputs => ({
  headcount: [100],
  loadedCost: [150000],
  severanceMonths: 0,
  years: 1,
  costGrowth: 0,
  discountRate: 0,
  ...over,
});

describe("reallocSavings: spec examples", () => {
  it("=GR.REALLOC_SAVINGS(100, 150000) → 15,000,000", () => {
    expect(reallocSavings(inputs())).toBeCloseTo(15_000_000, 6);
  });

  it("=GR.REALLOC_SAVINGS(100, 150000, 6) → 7,500,000", () => {
    expect(reallocSavings(inputs({ severanceMonths: 6 }))).toBeCloseTo(7_500_000, 6);
  });

  it("=GR.REALLOC_SAVINGS(100, 150000, 6, 3, 3%, 10%) → 30,861,006.76", () => {
    const result = reallocSavings(inputs({ severanceMonths: 6, years: 3, costGrowth: 0.03, discountRate: 0.1 }));
    expect(result).toBeCloseTo(30_861_006.76, 2);
  });
});

describe("reallocSavings: behaviour", () => {
  it("pairs headcount and loaded_cost cell by cell", () => {
    expect(reallocSavings(inputs({ headcount: [10, 20, 30], loadedCost: [1, 2, 3] }))).toBe(10 + 40 + 90);
  });

  it("applies a single loaded_cost to every headcount cell", () => {
    expect(reallocSavings(inputs({ headcount: [10, 20, 30], loadedCost: [1000] }))).toBe(60_000);
  });

  it("applies a single headcount to every loaded_cost cell", () => {
    expect(reallocSavings(inputs({ headcount: [2], loadedCost: [100, 200, 300] }))).toBe(1200);
  });

  it("sums a long list exactly like a plain loop (four accumulators, any remainder)", () => {
    for (const n of [5, 6, 7, 8, 9]) {
      const headcount = Array.from({ length: n }, (_, i) => i + 1);
      const plain = headcount.reduce((s, h) => s + h * 10, 0);
      expect(reallocSavings(inputs({ headcount, loadedCost: headcount.map(() => 10) }))).toBe(plain);
    }
  });

  it("with rate 0 and growth 0 is B × (years − severance_months / 12)", () => {
    expect(reallocSavings(inputs({ years: 5, severanceMonths: 3 }))).toBeCloseTo(15_000_000 * (5 - 0.25), 4);
  });

  it("discounts the first year one full year (end-of-year convention)", () => {
    expect(reallocSavings(inputs({ discountRate: 0.25 }))).toBeCloseTo(15_000_000 / 1.25, 4);
  });

  it("grows the avoided cost from the second year on", () => {
    expect(reallocSavings(inputs({ years: 2, costGrowth: 0.5 }))).toBeCloseTo(15_000_000 * 2.5, 4);
  });

  it("goes negative when severance outweighs the savings", () => {
    expect(reallocSavings(inputs({ severanceMonths: 18 }))).toBeCloseTo(-7_500_000, 4);
  });

  it("is 0 when nobody is eliminated", () => {
    expect(reallocSavings(inputs({ headcount: [0], severanceMonths: 6, years: 10 }))).toBe(0);
  });

  it("matches Σ (1+g)^(t−1)/(1+r)^t computed with powers, to 1e-12 relative", () => {
    const pow = Array.from({ length: 100 }, (_, i) => Math.pow(1.07, i) / Math.pow(1.03, i + 1)).reduce((a, b) => a + b);
    expect(Math.abs(presentValueFactor(100, 0.07, 0.03) / pow - 1)).toBeLessThan(1e-12);
  });
});

describe("reallocSavings: errors", () => {
  const message = (over: Partial<ReallocInputs>) => {
    const result = reallocSavings(inputs(over));
    expect(result).toBeInstanceOf(DomainError);
    return `${(result as DomainError).code} ${(result as DomainError).message}`;
  };

  it("rejects mismatched headcount and loaded_cost, naming both sizes", () => {
    expect(message({ headcount: [1, 2, 3], loadedCost: [1, 2] })).toBe(
      "#VALUE! headcount has 3 cells but loaded_cost has 2: give one loaded_cost for all roles or one per headcount cell",
    );
  });

  it("rejects an empty headcount", () => {
    expect(message({ headcount: [] })).toBe("#VALUE! headcount is empty");
    expect(message({ headcount: [], loadedCost: [1, 2] })).toBe("#VALUE! headcount is empty");
  });

  it("rejects an empty loaded_cost, whatever the headcount", () => {
    expect(message({ headcount: [5, 6], loadedCost: [] })).toBe("#VALUE! loaded_cost is empty");
    expect(message({ headcount: [5], loadedCost: [] })).toBe("#VALUE! loaded_cost is empty");
  });

  it("names the first negative headcount by position", () => {
    expect(message({ headcount: [1, 2, -3, 4, 5, 6], loadedCost: [1] })).toBe(
      "#NUM! headcount: item 3 must be at least 0 (got -3)",
    );
  });

  it("names a negative single loaded_cost without a position", () => {
    expect(message({ headcount: [1, 2], loadedCost: [-5] })).toBe("#NUM! loaded_cost must be at least 0 (got -5)");
  });

  it("rejects negative severance", () => {
    expect(message({ severanceMonths: -1 })).toBe("#NUM! severance_months must be at least 0 (got -1)");
  });

  it.each([0, 101, 2.5])("rejects years %p outside whole 1 … 100", (years) => {
    expect(message({ years })).toBe(`#NUM! years must be a whole number from 1 to 100 (got ${years})`);
  });

  it("rejects a discount rate of -100 % or less", () => {
    expect(message({ discountRate: -1 })).toBe("#NUM! discount_rate must be greater than -1 (got -1)");
  });

  it("rejects cost growth of -100 % or less", () => {
    expect(message({ costGrowth: -1.5 })).toBe("#NUM! cost_growth must be greater than -1 (got -1.5)");
  });

  it("answers #NUM! rather than Infinity when the result overflows", () => {
    expect(message({ headcount: [1e300], loadedCost: [1e300] })).toBe(`#NUM! ${TOO_LARGE}`);
  });

  it("answers #NUM! when growth compounds beyond the largest number", () => {
    expect(message({ years: 100, costGrowth: 1e10 })).toBe(`#NUM! ${TOO_LARGE}`);
  });
});
