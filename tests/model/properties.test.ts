// Property-based tests (fast-check): relations between the models that must hold for any valid input.
// Every tolerance is an error bound derived from how both sides are computed (tests/model/rounding.ts:
// u = 2^-53 per rounding, γ(n) for n roundings in a row), scaled by the size of the terms that can
// cancel: the conditioning of the formula, not a number chosen to pass. The seed is fixed and shown
// in the suite's name; PROPERTY_SEED=random draws a new one (tests/model/propertySeed.ts).
import fc from "fast-check";
import * as formulajs from "@formulajs/formulajs";
import {
  budgetShift, genaiSavings, jwoCashflows, jwoNpv, jwoPayback, reallocSavings, talentVelocity, workforcePlan,
  type CashFlowLines, type ReallocInputs,
} from "../../src/model";
import { presentValueFactor } from "../../src/model/realloc";
import { seededProperties } from "./propertySeed";
import { ETA, U, expectWithin, gamma } from "./rounding";

/**
 * Numbers in [min, max]: half spread evenly, half from fc.double (which favours extremes: zeros,
 * boundaries, subnormals). Either alone would leave the ordinary or the extreme inputs untested.
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

type Lines = { capex: number[]; opex: number[]; savings: number[] };
const lines: fc.Arbitrary<Lines> = fc.integer({ min: 1, max: 40 }).chain((n) => {
  const line = fc.array(flow, { minLength: n, maxLength: n });
  return fc.record({ capex: line, opex: line, savings: line });
});

/**
 * The size of REALLOC_SAVINGS' two terms before they cancel, B × F + B × severance / 12 (savings and
 * severance can nearly offset): the scale its rounding errors are relative to.
 */
const reallocScale = (x: ReallocInputs & { headcount: number[]; loadedCost: number[] }): number => {
  const base = x.headcount.length === x.loadedCost.length
    ? x.headcount.reduce((s, h, i) => s + h * x.loadedCost[i], 0)
    : x.headcount.reduce((s, h) => s + h, 0) * x.loadedCost[0];
  return base * (presentValueFactor(x.years, x.costGrowth, x.discountRate) + x.severanceMonths / 12);
};

/** Σ |net_t| × |v|^t: the discounted flows before they cancel, the scale of an NPV's error. */
const npvScale = (net: number[], r: number) => net.reduce((s, x, t) => s + Math.abs(x) / Math.pow(1 + r, t), 0);

/** The error of an NPV whose flows underflow: ETA per term, discounted like a flow (v^t ≤ 2^40 here). */
const npvUnderflow = (n: number, r: number) => 8 * n * ETA * npvScale(Array(n).fill(1), r);

const realloc = fc.record({
  headcount: fc.array(money, { minLength: 1, maxLength: 30 }),
  severanceMonths: between(0, 24),
  years,
  costGrowth: rate,
  discountRate: rate,
});

describe(`properties of the models (${seededProperties()})`, () => {
  // Both sides share F (the same years, growth and rate). B = Σ h_i c_i has n ≤ 30 non-negative terms:
  // its sum is within γ(n+2) of exact, each side adds up to 4 roundings (× F, severance, −), and the
  // scale itself is computed: 2γ(n+8) of the scale. A product k × h_i that underflows is off by up
  // to ETA, which × c_i × (F + severance / 12) carries on: the scale of one head per family, × ETA.
  it("REALLOC_SAVINGS is linear in headcount: scaling every family by k scales the result by k", () => {
    fc.assert(
      fc.property(realloc, between(0, 100), (x, k) => {
        const inputs = { ...x, loadedCost: x.headcount.map((_, i) => 50_000 + i) };
        const scaled = reallocSavings({ ...inputs, headcount: x.headcount.map((h) => h * k) }) as number;
        const base = reallocSavings(inputs) as number;
        const n = x.headcount.length;
        const perHead = reallocScale({ ...inputs, headcount: x.headcount.map(() => 1) });
        expectWithin(scaled, k * base, 2 * gamma(n + 8) * k * reallocScale(inputs) + 2 * (n + 8) * ETA * perHead);
      }),
    );
  });

  // Three evaluations (both families, each alone) of γ(n+6) each, and the sum of the parts (u).
  it("REALLOC_SAVINGS is additive over role families", () => {
    fc.assert(
      fc.property(realloc, realloc, (a, b) => {
        const terms = { ...a, loadedCost: [80_000] };
        const families = [...a.headcount, ...b.headcount];
        const both = reallocSavings({ ...terms, headcount: families }) as number;
        const parts = (reallocSavings(terms) as number) + (reallocSavings({ ...terms, headcount: b.headcount }) as number);
        const n = families.length;
        expectWithin(both, parts, 3 * gamma(n + 7) * reallocScale({ ...terms, headcount: families }) + 3 * (n + 8) * ETA);
      }),
    );
  });

  // The crossing period is exact (both running totals add the same values in the same order, and a
  // rounded sum is ≥ 0 exactly when the true one is), so p lies in [t − 1, t] exactly. Interpolating
  // the cumulative line at p then misses zero only by the roundings of p = (t − 1) + q (about
  // u × (t + 2) absolutely in q) times |net_t| ≤ |before| + |after|, and the interpolation's own.
  it("JWO_PAYBACK is where the cumulative line of JWO_CASHFLOWS first reaches zero", () => {
    fc.assert(
      fc.property(lines, (l) => {
        const cumulative = (jwoCashflows(l, null) as number[][])[1];
        const payback = jwoPayback(l);
        const first = cumulative.findIndex((c) => c >= 0);
        if (first === -1) return expect(payback).toMatchObject({ code: "#N/A" });
        if (first === 0) return expect(payback).toBe(0);
        const p = payback as number;
        expect(p).toBeGreaterThanOrEqual(first - 1);
        expect(p).toBeLessThanOrEqual(first);
        const [before, after] = [cumulative[first - 1], cumulative[first]];
        const interpolated = before + (after - before) * (p - (first - 1));
        expectWithin(interpolated, 0, gamma(first + 8) * (Math.abs(before) + Math.abs(after)) + 8 * ETA);
      }),
    );
  });

  // Same net flows, same v = 1/(1 + rate). v^t comes from t multiplications on each side (by v, or by
  // v² on two lanes): γ(t+1) per term; the sums add γ(n) and γ(n/2 + 2). Together within γ(4n + 8)
  // of Σ |net_t| v^t.
  it("JWO_NPV equals the last value of the cumulative discounted line", () => {
    fc.assert(
      fc.property(lines, rate, (l, r) => {
        const rows = jwoCashflows(l, r) as number[][];
        const n = l.capex.length;
        expectWithin(jwoNpv(r, l, null) as number, rows[2][n - 1], gamma(4 * n + 8) * npvScale(rows[0], r) + npvUnderflow(n, r));
      }),
    );
  });

  // formulajs divides by Math.pow(1 + rate, j) (within 1 ulp in V8, so 2u), ours multiplies by v^t
  // built by repeated multiplication (γ(2t), v itself rounded): within γ(4n + 8) of the scale.
  it("JWO_NPV equals net_0 + NPV(rate, net_1 …) of @formulajs/formulajs", () => {
    fc.assert(
      fc.property(lines, between(0.001, 1), (l, r) => {
        const net = (jwoCashflows(l, null) as number[][])[0];
        const excel = net[0] + (net.length > 1 ? (formulajs.NPV(r, ...net.slice(1)) as number) : 0);
        expectWithin(jwoNpv(r, l, null) as number, excel, gamma(4 * net.length + 8) * npvScale(net, r) + npvUnderflow(net.length, r));
      }),
    );
  });

  // Row 2 is budget − row 1 and row 1 ≤ budget (share ≤ 1): the two roundings (−, +) are each at
  // most u × budget.
  it("BUDGET_SHIFT rows add up to the budget every year", () => {
    fc.assert(
      fc.property(money, share, share, years, fc.constantFrom("linear", "s" as const), (budget, s0, s1, y, curve) => {
        const [genAi, legacy] = budgetShift([budget], s0, s1, y, curve) as number[][];
        genAi.forEach((g, t) => expectWithin(g + legacy[t], budget, gamma(3) * budget + 2 * ETA));
      }),
    );
  });

  // share_0 = start_share exactly (f(0) = 0); share_years = start + (end − start) × 1: two roundings.
  // Rounding is monotone, so the linear curve never steps backwards; the s curve's f is computed with
  // three roundings (γ(3) of f ≤ 1), so a step may go back by at most 2γ(3) × |end − start| (< γ(7)).
  it("BUDGET_SHIFT moves the share monotonically from start_share to end_share", () => {
    fc.assert(
      fc.property(share, share, years, fc.constantFrom("linear", "s" as const), (s0, s1, y, curve) => {
        const [genAi] = budgetShift([1], s0, s1, y, curve) as number[][];
        expect(genAi[0]).toBe(s0);
        expectWithin(genAi[y], s1, gamma(2));
        const sign = Math.sign(s1 - s0);
        const slack = curve === "linear" ? 0 : gamma(7) * Math.abs(s1 - s0);
        for (let t = 1; t <= y; t++) expect(sign * (genAi[t] - genAi[t - 1])).toBeGreaterThanOrEqual(-slack);
      }),
    );
  });

  // Both sides use the same rounded factor 1 + c: y multiplications against Math.pow (within 1 ulp,
  // 2u) and one product.
  it("WORKFORCE_PLAN starts at today's headcount and changes by the same factor every year", () => {
    fc.assert(
      fc.property(fc.array(between(1, 1e5), { minLength: 1, maxLength: 5 }), between(-0.9, 2), years, (h, c, y) => {
        const rows = workforcePlan(h, [c], y) as number[][];
        rows.forEach((row, i) => {
          expect(row[0]).toBe(h[i]);
          const expected = h[i] * Math.pow(1 + c, y);
          expectWithin(row[y], expected, gamma(y + 3) * Math.max(row[y], expected));
        });
      }),
    );
  });

  // v = (e / b)^(1/y) − 1 and back, b × (1 + v)^y. Before the power, 1 + v carries the roundings of
  // e / b and 1/y (taken to the power 1/y: |ln q| / y + 1/y units), of Math.pow (2), of − 1 and + 1,
  // and the cancellation in 1 + v: |v| / |1 + v| units, large near v = −1 (the counterexample
  // (1, 0, 0.91, 0.1) of an older fixed 1e-9 tolerance sits there). The power y multiplies the
  // relative error by y; Math.pow and × b add 3 more roundings.
  it("TALENT_VELOCITY compounds back to the ending pool", () => {
    fc.assert(
      fc.property(between(1, 1e6), money, money, between(0.1, 20), (base, hires, exits, y) => {
        const ending = base + hires - exits;
        fc.pre(ending >= 0);
        const v = talentVelocity(base, hires, exits, y) as number;
        const back = base * Math.pow(1 + v, y);
        if (1 + v === 0) {
          // The pool ends empty, or so nearly that (e / b)^(1/y) is below the rounding of 1.
          expect(back).toBe(0);
          return expect(Math.pow(ending / base, 1 / y)).toBeLessThanOrEqual(2 ** -52);
        }
        const perUnit = U * ((Math.abs(Math.log(ending / base)) + 1) / y + 4 + Math.abs(v) / Math.abs(1 + v));
        expectWithin(back, ending, ending * (Math.pow(1 + perUnit, y) * (1 + gamma(3)) - 1));
      }),
    );
  });

  // Each value is ceiling / (1 + e^(−k(t − m))) with a denominator ≥ 1, so never above the ceiling,
  // exactly. The exponent falls as t rises (monotone roundings); Math.exp is within 1 ulp, so a step
  // may only go back by the roundings of exp (2u on each side), 1 + and the division: γ(8).
  it("GENAI_SAVINGS rises every year and stays below the ceiling base_cost × max_savings_rate", () => {
    fc.assert(
      fc.property(money, share, years, fc.option(between(-50, 150)), between(0.01, 5), (cost, rateMax, y, mid, k) => {
        const [row] = genaiSavings(cost, rateMax, y, mid, k) as number[][];
        expect(row).toHaveLength(y);
        row.forEach((v, t) => {
          expect(v).toBeLessThanOrEqual(cost * rateMax);
          if (t > 0) expect(v).toBeGreaterThanOrEqual(row[t - 1] * (1 - gamma(8)));
        });
      }),
    );
  });
});
