// Source of truth: the functions spec (GR.JWO_NPV, GR.JWO_PAYBACK, GR.JWO_CASHFLOWS) and, for the
// rate = 0 and period-0 cases, the equations written there.
import { DomainError, TOO_LARGE, jwoCashflows, jwoNpv, jwoPayback, type CashFlowLines } from "../../src/model";

const NPV_CASE: CashFlowLines = {
  capex: [1000, 500, 250, 0, 0],
  opex: [100, 200, 250, 250, 250],
  savings: [0, 150, 400, 700, 900],
};
const PAYBACK_CASE: CashFlowLines = { capex: [1000, 0, 0, 0], opex: [0, 100, 100, 100], savings: [0, 500, 600, 700] };

/** Lines whose net flow is the given list (all of it in savings). */
const netLines = (net: number[]): CashFlowLines => ({ capex: net.map(() => 0), opex: net.map(() => 0), savings: net });

const problem = (result: unknown) => {
  expect(result).toBeInstanceOf(DomainError);
  return `${(result as DomainError).code} ${(result as DomainError).message}`;
};

describe("jwoNpv", () => {
  it("spec example: rate 10 % → −900.594", () => {
    expect(jwoNpv(0.1, NPV_CASE, null)).toBeCloseTo(-900.594, 3);
  });

  it("spec example: with terminal_growth 2 % → 4,759.880", () => {
    expect(jwoNpv(0.1, NPV_CASE, 0.02)).toBeCloseTo(4759.88, 3);
  });

  it("does not discount period 0", () => {
    expect(jwoNpv(0.5, netLines([-100]), null)).toBe(-100);
  });

  it("is the plain sum of net flows at rate 0", () => {
    expect(jwoNpv(0, netLines([-10, 3, 4, 5, 6, 7, 8]), null)).toBe(23);
  });

  it("treats capex and opex as costs and savings as inflows", () => {
    expect(jwoNpv(0, { capex: [5], opex: [2], savings: [10] }, null)).toBe(3);
  });

  it("values the terminal perpetuity at the last period", () => {
    // Last net 100 growing 0 % at 10 %: 1,000 at period 1, discounted once.
    expect(jwoNpv(0.1, netLines([0, 100]), 0)).toBeCloseTo(100 / 1.1 + 1000 / 1.1, 9);
  });

  it("matches per-term powers to 1e-12 relative over 10,000 periods", () => {
    const net = Array.from({ length: 10_000 }, (_, t) => Math.sin(t) * 1000 + 50);
    const byPowers = net.reduce((s, x, t) => s + x / Math.pow(1.0005, t), 0);
    const scale = net.reduce((s, x, t) => s + Math.abs(x) / Math.pow(1.0005, t), 0);
    expect(Math.abs((jwoNpv(0.0005, netLines(net), null) as number) - byPowers) / scale).toBeLessThan(1e-12);
  });

  it("rejects a rate of -100 % or less", () => {
    expect(problem(jwoNpv(-1, NPV_CASE, null))).toBe("#NUM! rate must be greater than -1 (got -1)");
  });

  it("rejects terminal_growth equal to rate (the perpetuity would not converge)", () => {
    expect(problem(jwoNpv(0.1, NPV_CASE, 0.1))).toBe(
      "#NUM! terminal_growth must be less than rate (got 0.1 with rate 0.1)",
    );
  });

  it("rejects terminal_growth of -100 % or less", () => {
    expect(problem(jwoNpv(0.1, NPV_CASE, -2))).toBe("#NUM! terminal_growth must be greater than -1 (got -2)");
  });

  it("rejects lines of different lengths, naming both sizes", () => {
    expect(problem(jwoNpv(0.1, { ...NPV_CASE, savings: [1, 2] }, null))).toBe(
      "#VALUE! capex has 5 cells but savings has 2: give one value per period in each",
    );
  });

  it("rejects empty lines", () => {
    expect(problem(jwoNpv(0.1, netLines([]), null))).toBe("#VALUE! capex is empty");
  });

  it("answers #NUM! when discounting overflows (rate close to -100 %)", () => {
    expect(problem(jwoNpv(-0.999999, netLines(Array(200).fill(1)), null))).toBe(`#NUM! ${TOO_LARGE}`);
  });

  it("answers #NUM! when the flows themselves overflow", () => {
    expect(problem(jwoNpv(0, netLines([1.5e308, 1.5e308]), null))).toBe(`#NUM! ${TOO_LARGE}`);
  });
});

describe("jwoPayback", () => {
  it("spec example → 2.1667", () => {
    expect(jwoPayback(PAYBACK_CASE)).toBeCloseTo(2 + 100 / 600, 12);
  });

  it("is 0 when period 0 is already non-negative", () => {
    expect(jwoPayback(netLines([0, -5, 10]))).toBe(0);
  });

  it("lands exactly on a period when cumulative cash reaches exactly zero there", () => {
    expect(jwoPayback(netLines([-100, 50, 50]))).toBe(2);
  });

  it("interpolates linearly inside the crossing period", () => {
    expect(jwoPayback(netLines([-100, 400]))).toBeCloseTo(0.25, 12);
  });

  it("reports the first crossing even if cumulative cash dips below zero later", () => {
    expect(jwoPayback(netLines([-100, 200, -500, 1000]))).toBeCloseTo(0.5, 12);
  });

  it("answers #N/A when it never pays back", () => {
    expect(problem(jwoPayback(netLines([-100, 10, 10])))).toBe("#N/A does not pay back within the horizon");
  });

  it("answers #N/A for a single negative period", () => {
    expect(problem(jwoPayback(netLines([-1])))).toBe("#N/A does not pay back within the horizon");
  });

  it("rejects lines of different lengths", () => {
    expect(problem(jwoPayback({ ...PAYBACK_CASE, opex: [1] }))).toBe(
      "#VALUE! capex has 4 cells but opex has 1: give one value per period in each",
    );
  });

  it("answers #NUM! rather than #N/A when the running total overflows", () => {
    expect(problem(jwoPayback(netLines([-1.5e308, -1.5e308, 1])))).toBe(`#NUM! ${TOO_LARGE}`);
  });
});

describe("jwoCashflows", () => {
  it("returns net and cumulative lines without a rate", () => {
    expect(jwoCashflows(PAYBACK_CASE, null)).toEqual([
      [-1000, 400, 500, 600],
      [-1000, -600, -100, 500],
    ]);
  });

  it("adds the cumulative discounted line with a rate", () => {
    const rows = jwoCashflows(PAYBACK_CASE, 0.1) as number[][];
    expect(rows).toHaveLength(3);
    [-1000, -636.3636, -223.1405, 227.6484].forEach((v, t) => expect(rows[2][t]).toBeCloseTo(v, 4));
  });

  it("ends the discounted line at JWO_NPV", () => {
    const rows = jwoCashflows(NPV_CASE, 0.1) as number[][];
    expect(rows[2][4]).toBeCloseTo(jwoNpv(0.1, NPV_CASE, null) as number, 9);
  });

  it("makes the discounted line equal the cumulative line at rate 0", () => {
    const rows = jwoCashflows(NPV_CASE, 0) as number[][];
    expect(rows[2]).toEqual(rows[1]);
  });

  it("rejects a rate of -100 % or less", () => {
    expect(problem(jwoCashflows(NPV_CASE, -1))).toBe("#NUM! rate must be greater than -1 (got -1)");
  });

  it("answers #NUM! when the cumulative line overflows", () => {
    expect(problem(jwoCashflows(netLines([1e308, 1e308]), null))).toBe(`#NUM! ${TOO_LARGE}`);
  });
});
