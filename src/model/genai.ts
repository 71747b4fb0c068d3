import { finiteRowsOrError, type Outcome } from "./domainError";
import { LIMITS, checkLimit, firstProblem } from "./limits";

/**
 * GR.GENAI_SAVINGS: annual operating-cost savings as generative-AI adoption follows an S-curve
 * (currency per year, one value per year t = 1 … years).
 *
 *     savings_t = base_cost × max_savings_rate / (1 + e^(−steepness × (t − midpoint)))
 *
 * Savings approach base_cost × max_savings_rate; at t = midpoint they are exactly half of it.
 * midpoint defaults to (years + 1) / 2 (the middle of the horizon) and may be any number;
 * steepness > 0 (1 = a moderate S; larger is sharper). No discounting.
 * Example: 1000, 30 %, 5 years → {35.76, 80.68, 150.00, 219.32, 264.24}.
 */
export function genaiSavings(
  baseCost: number,
  maxSavingsRate: number,
  years: number,
  midpoint: number | null,
  steepness: number,
): Outcome<number[][]> {
  const problem = firstProblem(
    checkLimit(baseCost, LIMITS.nonNegative, "base_cost"),
    checkLimit(maxSavingsRate, LIMITS.share, "max_savings_rate"),
    checkLimit(years, LIMITS.years, "years"),
    checkLimit(steepness, LIMITS.positive, "steepness"),
  );
  if (problem) return problem;
  const centre = midpoint ?? (years + 1) / 2;
  const ceiling = baseCost * maxSavingsRate;
  const row: number[] = [];
  // e^(large) overflows to Infinity and the term becomes 0: the right limit, not an error.
  for (let t = 1; t <= years; t++) row.push(ceiling / (1 + Math.exp(-steepness * (t - centre))));
  return finiteRowsOrError([row]);
}
