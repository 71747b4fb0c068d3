import { at, type Numbers } from "./column";
import { DomainError, finiteOrError, type Outcome } from "./domainError";
import { LIMITS, checkEachLimit, checkLimit, firstProblem } from "./limits";
import { sumWithSign, sumOfProducts } from "./sums";

export interface ReallocInputs {
  /** Roles eliminated, one value or one per role family (people, ≥ 0; fractions are FTEs). */
  headcount: Numbers;
  /** Fully loaded annual cost per role (currency per year, ≥ 0); one value or one per headcount cell. */
  loadedCost: Numbers;
  /** Months of loaded cost paid once per eliminated role, at time 0 (≥ 0). */
  severanceMonths: number;
  /** Horizon in whole years, 1 … 100. */
  years: number;
  /** Annual growth of the avoided cost (0.03 = 3 %), > −1. */
  costGrowth: number;
  /** Annual discount rate (0.1 = 10 %), > −1. */
  discountRate: number;
}

/**
 * GR.REALLOC_SAVINGS: money freed for reallocation by eliminating roles, in currency at time 0.
 *
 *     B = Σ headcount_i × loaded_cost_i      (a single value on either side applies to every cell)
 *     REALLOC_SAVINGS = B × Σ_{t=1..years} (1 + g)^(t−1) / (1 + r)^t  −  B × severance_months / 12
 *
 * Sign: positive is money freed; severance larger than the discounted savings makes it negative.
 * The first year's saving is discounted one full year (end-of-year convention). With r = 0 and
 * g = 0 the sum is simply `years`, so the result is B × (years − severance_months / 12).
 * Example: headcount 100, loaded_cost 150,000, severance 6, 3 years, g 3 %, r 10 % → 30,861,006.76.
 */
export function reallocSavings(x: ReallocInputs): Outcome<number> {
  const problem = firstProblem(
    checkLimit(x.severanceMonths, LIMITS.nonNegative, "severance_months"),
    checkLimit(x.years, LIMITS.years, "years"),
    checkLimit(x.costGrowth, LIMITS.rate, "cost_growth"),
    checkLimit(x.discountRate, LIMITS.rate, "discount_rate"),
  );
  if (problem) return problem;
  const base = annualCostAvoided(x.headcount, x.loadedCost);
  if (base instanceof DomainError) return base;
  const pv = base * presentValueFactor(x.years, x.costGrowth, x.discountRate);
  return finiteOrError(pv - (base * x.severanceMonths) / 12);
}

/** B = Σ headcount_i × loaded_cost_i, pairing cells in reading order; one value applies to all. */
function annualCostAvoided(headcount: Numbers, loadedCost: Numbers): Outcome<number> {
  const n = headcount.length;
  const m = loadedCost.length;
  if (n === 0 || m === 0) {
    return new DomainError("#VALUE!", `${n === 0 ? "headcount" : "loaded_cost"} is empty`);
  }
  if (n !== m && n !== 1 && m !== 1) {
    const hint = "give one loaded_cost for all roles or one per headcount cell";
    return new DomainError("#VALUE!", `headcount has ${n} cells but loaded_cost has ${m}: ${hint}`);
  }
  if (n === m) {
    const { sum, anyNegative } = sumOfProducts(headcount, loadedCost);
    return anyNegative ? negativeItem(headcount, loadedCost) : sum;
  }
  const [many, single] = n === 1 ? [loadedCost, at(headcount, 0)] : [headcount, at(loadedCost, 0)];
  const { sum, anyNegative } = sumWithSign(many);
  return anyNegative || single < 0 ? negativeItem(headcount, loadedCost) : sum * single;
}

/**
 * The message for the first negative cell; only reached once a fast pass has seen one (every x < 0
 * fails `x >= 0`), so finding none is a programming mistake, thrown as one.
 */
function negativeItem(headcount: Numbers, loadedCost: Numbers): DomainError {
  const problem =
    checkEachLimit(headcount, LIMITS.nonNegative, "headcount") ?? checkEachLimit(loadedCost, LIMITS.nonNegative, "loaded_cost");
  if (problem === undefined) throw new Error("a negative headcount or loaded_cost was seen but not found");
  return problem;
}

/** Σ_{t=1..years} (1 + g)^(t−1) / (1 + r)^t by a running factor (one multiplication per year). */
export function presentValueFactor(years: number, growth: number, rate: number): number {
  const step = (1 + growth) / (1 + rate);
  let factor = 1 / (1 + rate);
  let total = 0;
  for (let t = 1; t <= years; t++) {
    total += factor;
    factor *= step;
  }
  return total;
}
