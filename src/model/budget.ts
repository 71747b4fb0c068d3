import { at, type Numbers } from "./column";
import { DomainError, finiteRowsOrError, type Outcome } from "./domainError";
import { LIMITS, checkEachLimit, checkLimit, firstProblem } from "./limits";

/** How the share moves from start to end: evenly, or slowly at both ends and fast in the middle. */
export type ShiftCurve = "linear" | "s";

export const SHIFT_CURVES: readonly ShiftCurve[] = ["linear", "s"];

/** f(x) for x = t / years in [0, 1]; both curves run from f(0) = 0 to f(1) = 1. */
export function curveProgress(curve: ShiftCurve, x: number): number {
  return curve === "linear" ? x : x * x * (3 - 2 * x);
}

/**
 * GR.BUDGET_SHIFT: an R&D budget moving toward generative AI, per year t = 0 … years (currency).
 *
 *     share_t  = start_share + (end_share − start_share) × f(t / years)
 *     row 1    total_budget_t × share_t          (reallocated to generative AI)
 *     row 2    total_budget_t − row 1            (left in legacy programmes)
 *
 * f(x) = x for "linear", 3x² − 2x³ for "s". Shares are fractions in [0, 1]; the two rows add up
 * to the budget each year. total_budget is one value (constant) or years + 1 values (≥ 0).
 * Example: 1000, 20 % → 60 %, 4 years → {200, 300, 400, 500, 600; 800, 700, 600, 500, 400}.
 */
export function budgetShift(
  totalBudget: Numbers,
  startShare: number,
  endShare: number,
  years: number,
  curve: ShiftCurve,
): Outcome<number[][]> {
  const problem =
    firstProblem(
      checkLimit(startShare, LIMITS.share, "start_share"),
      checkLimit(endShare, LIMITS.share, "end_share"),
      checkLimit(years, LIMITS.years, "years"),
    ) ?? checkBudget(totalBudget, years);
  if (problem) return problem;
  const genAi: number[] = [];
  const legacy: number[] = [];
  for (let t = 0; t <= years; t++) {
    const budget = at(totalBudget, totalBudget.length === 1 ? 0 : t);
    const share = startShare + (endShare - startShare) * curveProgress(curve, t / years);
    const reallocated = budget * share;
    genAi.push(reallocated);
    legacy.push(budget - reallocated);
  }
  return finiteRowsOrError([genAi, legacy]);
}

function checkBudget(totalBudget: Numbers, years: number): DomainError | undefined {
  const n = totalBudget.length;
  if (n !== 1 && n !== years + 1) {
    const need = `years ${years} needs 1 value or ${years + 1} (one per year from 0 to ${years})`;
    return new DomainError("#VALUE!", `total_budget has ${n} cells but ${need}`);
  }
  return checkEachLimit(totalBudget, LIMITS.nonNegative, "total_budget");
}
