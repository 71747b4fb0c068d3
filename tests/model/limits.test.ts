// Source of truth: the functions spec, "Conventions": out-of-domain numbers state the valid range.
import { LIMITS, describeLimit, formatNumber } from "../../src/model";
import { checkEachLimit, checkLimit, isWithin } from "../../src/model/limits";
import { discountedNetSum, sumOfProducts, sumWithSign } from "../../src/model/sums";

describe("limits", () => {
  it("states the spec's wording for a rate", () => {
    expect(checkLimit(-2, LIMITS.rate, "discount_rate")?.message).toBe("discount_rate must be greater than -1 (got -2)");
  });

  it("describes every limit in words", () => {
    expect(Object.values(LIMITS).map(describeLimit)).toEqual([
      "at least 0",
      "greater than -1",
      "at least -1",
      "from 0 to 1",
      "a whole number from 1 to 100",
      "greater than 0",
    ]);
  });

  // The spec's ranges include their stated ends ("at least", "from … to") and exclude the others
  // ("greater than"): a share of exactly 100 %, 100 years, a −100 % change are valid input.
  it.each([
    ["nonNegative", LIMITS.nonNegative, [0, 1e300], [-1e-300, -Infinity]],
    ["rate", LIMITS.rate, [-1 + 2 ** -52, 1e300], [-1, -2]],
    ["change", LIMITS.change, [-1, 1e300], [-1 - 2 ** -52, -2]],
    ["share", LIMITS.share, [0, 1, 0.5], [-1e-300, 1 + 2 ** -52]],
    ["years", LIMITS.years, [1, 100, 50], [0, 101, 1.5, 99.5]],
    ["positive", LIMITS.positive, [1e-300, 1e300], [0, -1e-300]],
  ] as const)("%s admits its ends as the spec states them and rejects what lies just beyond", (_name, limit, inside, outside) => {
    expect(inside.map((v) => isWithin(v, limit))).toEqual(inside.map(() => true));
    expect(outside.map((v) => isWithin(v, limit))).toEqual(outside.map(() => false));
  });

  it("never counts NaN as within a limit", () => {
    for (const limit of Object.values(LIMITS)) expect(isWithin(NaN, limit)).toBe(false);
  });

  it("names the position of the first bad item", () => {
    expect(checkEachLimit([1, 2, -1, -2], LIMITS.nonNegative, "x")?.message).toBe("x: item 3 must be at least 0 (got -1)");
  });

  it("shows numbers as typed, without binary noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(-1e21)).toBe("-1e+21");
    expect(formatNumber(123456789012.5)).toBe("123456789013");
  });

  it("shows NaN and infinities as JavaScript writes them", () => {
    expect([NaN, Infinity, -Infinity].map(formatNumber)).toEqual(["NaN", "Infinity", "-Infinity"]);
  });
});

describe("four-accumulator sums agree with plain loops for every remainder", () => {
  for (let n = 0; n <= 9; n++) {
    it(`n = ${n}`, () => {
      const a = Array.from({ length: n }, (_, i) => i - 3.5);
      const b = Array.from({ length: n }, (_, i) => 2 * i + 1);
      const plainProducts = a.reduce((s, x, i) => s + x * b[i], 0);
      expect(sumOfProducts(a, b).sum).toBeCloseTo(plainProducts, 12);
      expect(sumOfProducts(a, b).anyNegative).toBe(n > 0);
      expect(sumOfProducts(b, b).anyNegative).toBe(false);
      expect(sumWithSign(b).sum).toBe(n * n);
      expect(sumWithSign(a).anyNegative).toBe(n > 0);
      const zeros = a.map(() => 0);
      const plainNpv = a.reduce((s, x, t) => s + x * Math.pow(0.9, t), 0);
      expect(discountedNetSum(zeros, zeros, a, 0.9)).toBeCloseTo(plainNpv, 12);
    });
  }
});
