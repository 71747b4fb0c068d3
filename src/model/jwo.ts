// The physical-AI initiative case ("Just Walk Out"): one value per period for investment (capex),
// operating cost (opex) and the operational savings it produces. Period 0 comes first.
import { at, type Numbers } from "./column";
import { DomainError, finiteOrError, finiteRowsOrError, formatNumber, type Outcome } from "./domainError";
import { LIMITS, checkLimit } from "./limits";
import { discountedNetSum } from "./sums";

/** Amounts per period (currency), all the same length; costs positive, savings positive. */
export interface CashFlowLines {
  capex: Numbers;
  opex: Numbers;
  savings: Numbers;
}

/** #VALUE! when the three lines are empty or differ in length (naming both sizes). */
function checkLines({ capex, opex, savings }: CashFlowLines): DomainError | undefined {
  if (capex.length === 0) return new DomainError("#VALUE!", "capex is empty");
  for (const [name, line] of [["opex", opex], ["savings", savings]] as const) {
    if (line.length !== capex.length) {
      const sizes = `capex has ${capex.length} cells but ${name} has ${line.length}`;
      return new DomainError("#VALUE!", `${sizes}: give one value per period in each`);
    }
  }
  return undefined;
}

/** net_t = savings_t − capex_t − opex_t: the one definition every JWO function uses. */
function netCashFlow({ capex, opex, savings }: CashFlowLines, t: number): number {
  return at(savings, t) - at(capex, t) - at(opex, t);
}

/**
 * GR.JWO_NPV: net present value of the initiative at period 0, in currency.
 *
 *     NPV = Σ_{t=0..n−1} net_t / (1 + rate)^t
 *         + [terminal_growth given] net_{n−1} × (1 + g) / (rate − g) / (1 + rate)^(n−1)
 *
 * Period 0 is not discounted (unlike Excel's NPV, which discounts its first value one period: the
 * native equivalent is net_0 + NPV(rate, net_1 … net_{n−1})). Sign: inflows (savings) positive,
 * capex and opex entered as positive costs. rate = 0 gives the plain sum of net flows.
 * The terminal value is a growing perpetuity of the last net flow, valued at the last period.
 * Example: capex {1000,500,250,0,0}, opex {100,200,250,250,250}, savings {0,150,400,700,900},
 * rate 10 % → −900.594; with terminal_growth 2 % → 4,759.880.
 */
export function jwoNpv(rate: number, lines: CashFlowLines, terminalGrowth: number | null): Outcome<number> {
  const problem =
    checkLimit(rate, LIMITS.rate, "rate") ?? checkLines(lines) ?? checkTerminalGrowth(terminalGrowth, rate);
  if (problem) return problem;
  const v = 1 / (1 + rate);
  const npv = discountedNetSum(lines.capex, lines.opex, lines.savings, v);
  if (terminalGrowth === null) return finiteOrError(npv);
  const last = lines.capex.length - 1;
  const perpetuity = (netCashFlow(lines, last) * (1 + terminalGrowth)) / (rate - terminalGrowth);
  return finiteOrError(npv + perpetuity * Math.pow(v, last));
}

/** A perpetuity only converges when it grows slower than the discount rate. */
function checkTerminalGrowth(growth: number | null, rate: number): DomainError | undefined {
  if (growth === null) return undefined;
  const problem = checkLimit(growth, LIMITS.rate, "terminal_growth");
  if (problem || growth < rate) return problem;
  const got = `got ${formatNumber(growth)} with rate ${formatNumber(rate)}`;
  return new DomainError("#NUM!", `terminal_growth must be less than rate (${got})`);
}

/**
 * GR.JWO_PAYBACK: when cumulative net cash first reaches zero, in periods (fractional).
 *
 * cum_t = Σ_{k≤t} net_k (undiscounted). 0 when cum_0 ≥ 0. Otherwise the first t with cum_t ≥ 0,
 * interpolated linearly inside that period: (t − 1) + (−cum_{t−1}) / net_t. A later dip below zero
 * does not matter: the first crossing counts. #N/A when cum never reaches zero.
 * Example: capex {1000,0,0,0}, opex {0,100,100,100}, savings {0,500,600,700} → 2.1667.
 */
export function jwoPayback(lines: CashFlowLines): Outcome<number> {
  const problem = checkLines(lines);
  if (problem) return problem;
  let cumulative = netCashFlow(lines, 0);
  if (cumulative >= 0) return 0;
  for (let t = 1; t < lines.capex.length; t++) {
    const net = netCashFlow(lines, t);
    const previous = cumulative;
    cumulative += net;
    if (cumulative >= 0) return finiteOrError(t - 1 + -previous / net);
  }
  // A NaN or overflowed running total never compares >= 0; say so rather than "no payback".
  if (!Number.isFinite(cumulative)) return finiteOrError(cumulative);
  return new DomainError("#N/A", "does not pay back within the horizon");
}

/**
 * GR.JWO_CASHFLOWS: the lines of the initiative's combo chart, one value per period (currency):
 *
 *     row 1  net_t = savings_t − capex_t − opex_t
 *     row 2  cumulative net cash flow Σ_{k≤t} net_k
 *     row 3  (only when rate is given) cumulative discounted net Σ_{k≤t} net_k / (1 + rate)^k
 *
 * The last value of row 3 equals JWO_NPV without a terminal value; row 2 is what JWO_PAYBACK reads.
 * rate = 0 makes row 3 equal to row 2.
 */
export function jwoCashflows(lines: CashFlowLines, rate: number | null): Outcome<number[][]> {
  const problem = (rate === null ? undefined : checkLimit(rate, LIMITS.rate, "rate")) ?? checkLines(lines);
  if (problem) return problem;
  const n = lines.capex.length;
  const net: number[] = [];
  const cumulative: number[] = [];
  const discounted: number[] = [];
  const v = rate === null ? 1 : 1 / (1 + rate);
  let running = 0, runningDiscounted = 0, factor = 1;
  for (let t = 0; t < n; t++) {
    const flow = netCashFlow(lines, t);
    net.push(flow);
    cumulative.push((running += flow));
    discounted.push((runningDiscounted += flow * factor));
    factor *= v;
  }
  return finiteRowsOrError(rate === null ? [net, cumulative] : [net, cumulative, discounted]);
}
