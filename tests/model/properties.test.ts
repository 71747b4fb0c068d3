// Property-based tests (fast-check): relations between the models that must hold for any valid input.
// Tolerances are relative to the size of the numbers involved (floating-point sums reorder freely).
import fc from "fast-check";
import * as formulajs from "@formulajs/formulajs";
import {
  budgetShift, genaiSavings, jwoCashflows, jwoNpv, jwoPayback, reallocSavings, talentVelocity, workforcePlan,
  type CashFlowLines, type ReallocInputs,
} from "../../src/model";
import { presentValueFactor } from "../../src/model/realloc";

/**
 * Numbers in [min, max]: half spread evenly, half from fc.double (which favours extremes: zeros,
 * boundaries, denormals). Either alone would leave the ordinary or the extreme inputs untested.
 */
const between = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: 1e9 }).map((i) => (i === 1e9 ? max : min + ((max - min) * i) / 1e9)),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
const money = between(0, 1e7);
const flow = between(-1e6, 1e6);
const rate = between(-0.5, 1);
const share = between(0, 1);
const years = fc.integer({ min: 1, max: 100 });

const lines: fc.Arbitrary<CashFlowLines> = fc.integer({ min: 1, max: 40 }).chain((n) => {
  const line = fc.array(flow, { minLength: n, maxLength: n });
  return fc.record({ capex: line, opex: line, savings: line });
});

const close = (a: number, b: number, scale: number, tolerance = 1e-9) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(scale)));

/** The size of REALLOC_SAVINGS' two terms before they cancel (savings and severance can nearly offset). */
const reallocScale = (x: ReallocInputs): number => {
  const base = x.headcount.length === x.loadedCost.length
    ? Array.from(x.headcount).reduce((s, h, i) => s + h * x.loadedCost[i], 0)
    : Array.from(x.headcount).reduce((s, h) => s + h, 0) * x.loadedCost[0];
  return base * (presentValueFactor(x.years, x.costGrowth, x.discountRate) + x.severanceMonths / 12);
};

const realloc = fc.record({
  headcount: fc.array(money, { minLength: 1, maxLength: 30 }),
  severanceMonths: between(0, 24),
  years,
  costGrowth: rate,
  discountRate: rate,
});

describe("properties", () => {
  it("REALLOC_SAVINGS is linear in headcount: scaling every family by k scales the result by k", () => {
    fc.assert(
      fc.property(realloc, between(0, 100), (x, k) => {
        const inputs: ReallocInputs = { ...x, loadedCost: x.headcount.map((_, i) => 50_000 + i) };
        const scaled = reallocSavings({ ...inputs, headcount: x.headcount.map((h) => h * k) }) as number;
        const base = reallocSavings(inputs) as number;
        close(scaled, k * base, k * reallocScale(inputs));
      }),
    );
  });

  it("REALLOC_SAVINGS is additive over role families", () => {
    fc.assert(
      fc.property(realloc, realloc, (a, b) => {
        const terms = { ...a, loadedCost: [80_000] };
        const both = reallocSavings({ ...terms, headcount: [...a.headcount, ...b.headcount] }) as number;
        const parts = (reallocSavings(terms) as number) + (reallocSavings({ ...terms, headcount: b.headcount }) as number);
        close(both, parts, reallocScale({ ...terms, headcount: [...a.headcount, ...b.headcount] }));
      }),
    );
  });

  it("JWO_PAYBACK is where the cumulative line of JWO_CASHFLOWS first reaches zero", () => {
    fc.assert(
      fc.property(lines, (l) => {
        const cumulative = (jwoCashflows(l, null) as number[][])[1];
        const payback = jwoPayback(l);
        const first = cumulative.findIndex((c) => c >= 0);
        if (first === -1) return expect(payback).toMatchObject({ code: "#N/A" });
        if (first === 0) return expect(payback).toBe(0);
        const p = payback as number;
        expect(p).toBeGreaterThanOrEqual(first - 1); // equal when the crossing rounds to the period start
        expect(p).toBeLessThanOrEqual(first);
        // The cumulative line, interpolated linearly at p, is zero there.
        const [before, after] = [cumulative[first - 1], cumulative[first]];
        close(before + (after - before) * (p - (first - 1)), 0, Math.abs(before) + Math.abs(after));
      }),
    );
  });

  it("JWO_NPV equals the last value of the cumulative discounted line", () => {
    fc.assert(
      fc.property(lines, rate, (l, r) => {
        const rows = jwoCashflows(l, r) as number[][];
        const scale = rows[0].reduce((s, x, t) => s + Math.abs(x) / Math.pow(1 + r, t), 0);
        close(jwoNpv(r, l, null) as number, rows[2][rows[2].length - 1], scale);
      }),
    );
  });

  it("JWO_NPV equals net_0 + NPV(rate, net_1 …) of @formulajs/formulajs", () => {
    fc.assert(
      fc.property(lines, between(0.001, 1), (l, r) => {
        const net = (jwoCashflows(l, null) as number[][])[0];
        const excel = net[0] + (net.length > 1 ? (formulajs.NPV(r, ...net.slice(1)) as number) : 0);
        close(jwoNpv(r, l, null) as number, excel, net.reduce((s, x) => s + Math.abs(x), 0));
      }),
    );
  });

  it("BUDGET_SHIFT rows add up to the budget every year", () => {
    fc.assert(
      fc.property(money, share, share, years, fc.constantFrom("linear", "s" as const), (budget, s0, s1, y, curve) => {
        const [genAi, legacy] = budgetShift([budget], s0, s1, y, curve) as number[][];
        genAi.forEach((g, t) => close(g + legacy[t], budget, budget, 1e-12));
      }),
    );
  });

  it("BUDGET_SHIFT moves the share monotonically from start_share to end_share", () => {
    fc.assert(
      fc.property(share, share, years, fc.constantFrom("linear", "s" as const), (s0, s1, y, curve) => {
        const [genAi] = budgetShift([1], s0, s1, y, curve) as number[][];
        close(genAi[0], s0, 1, 1e-12);
        close(genAi[y], s1, 1, 1e-12);
        const sign = Math.sign(s1 - s0);
        for (let t = 1; t <= y; t++) expect(sign * (genAi[t] - genAi[t - 1])).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it("WORKFORCE_PLAN starts at today's headcount and changes by the same factor every year", () => {
    fc.assert(
      fc.property(fc.array(between(1, 1e5), { minLength: 1, maxLength: 5 }), between(-0.9, 2), years, (h, c, y) => {
        const rows = workforcePlan(h, [c], y) as number[][];
        rows.forEach((row, i) => {
          expect(row[0]).toBe(h[i]);
          close(row[y], h[i] * Math.pow(1 + c, y), row[y], 1e-12);
        });
      }),
    );
  });

  it("TALENT_VELOCITY compounds back to the ending pool", () => {
    fc.assert(
      fc.property(between(1, 1e6), money, money, between(0.1, 20), (base, hires, exits, y) => {
        fc.pre(base + hires - exits >= 0);
        const v = talentVelocity(base, hires, exits, y) as number;
        close(base * Math.pow(1 + v, y), base + hires - exits, base + hires, 1e-9);
      }),
    );
  });

  it("GENAI_SAVINGS rises every year and stays below the ceiling base_cost × max_savings_rate", () => {
    fc.assert(
      fc.property(money, share, years, fc.option(between(-50, 150)), between(0.01, 5), (cost, rateMax, y, mid, k) => {
        const [row] = genaiSavings(cost, rateMax, y, mid, k) as number[][];
        expect(row).toHaveLength(y);
        row.forEach((v, t) => {
          expect(v).toBeLessThanOrEqual(cost * rateMax);
          if (t > 0) expect(v).toBeGreaterThanOrEqual(row[t - 1]);
        });
      }),
    );
  });
});
