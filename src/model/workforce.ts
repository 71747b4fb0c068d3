import { at, type Numbers } from "./column";
import { DomainError, finiteOrError, finiteRowsOrError, type Outcome } from "./domainError";
import { LIMITS, checkEachLimit, checkLimit, firstProblem } from "./limits";

/**
 * GR.WORKFORCE_PLAN: headcount per role family projected year by year (people, not rounded).
 *
 *     plan[i][t] = headcount_i × (1 + annual_change_i)^t     for t = 0 … years
 *
 * One row per headcount cell; column 0 is today. annual_change is one value for every family or one
 * per family (−0.25 = 25 % fewer people a year, ≥ −1). Built by a running factor, one
 * multiplication per year. annual_change = 0 keeps every row flat.
 * Example: headcount {120; 80}, annual_change {−25 %; 40 %}, 3 years →
 * {120, 90, 67.5, 50.625; 80, 112, 156.8, 219.52}.
 */
export function workforcePlan(
  headcount: Numbers,
  annualChange: Numbers,
  years: number,
): Outcome<number[][]> {
  const problem = checkFamilies(headcount, annualChange) ?? checkLimit(years, LIMITS.years, "years");
  if (problem) return problem;
  const rows: number[][] = [];
  for (let i = 0; i < headcount.length; i++) {
    rows.push(path(at(headcount, i), 1 + at(annualChange, annualChange.length === 1 ? 0 : i), years));
  }
  return finiteRowsOrError(rows);
}

/**
 * today, today × growth, today × growth², … (years + 1 values) by a running factor. The row is sized
 * up front: growing it value by value took 7× as long over 100,000 families (docs/functions.md).
 */
function path(today: number, growth: number, years: number): number[] {
  const row: number[] = new Array(years + 1);
  let value = today;
  row[0] = value;
  for (let t = 1; t <= years; t++) row[t] = value *= growth;
  return row;
}

function checkFamilies(headcount: Numbers, annualChange: Numbers): DomainError | undefined {
  if (headcount.length === 0) return new DomainError("#VALUE!", "headcount is empty");
  if (annualChange.length === 0) return new DomainError("#VALUE!", "annual_change is empty");
  if (annualChange.length !== 1 && annualChange.length !== headcount.length) {
    const sizes = `headcount has ${headcount.length} cells but annual_change has ${annualChange.length}`;
    return new DomainError("#VALUE!", `${sizes}: give one annual_change for all or one per headcount cell`);
  }
  return firstProblem(
    checkEachLimit(headcount, LIMITS.nonNegative, "headcount"),
    checkEachLimit(annualChange, LIMITS.change, "annual_change"),
  );
}

/**
 * GR.TALENT_VELOCITY for one element: the annualised net change of a talent pool (a rate per year).
 *
 *     velocity = ((base + hires − exits) / base)^(1 / years) − 1
 *
 * base > 0 (people today), base + hires − exits ≥ 0 (people at the end), years > 0 (may be
 * fractional). Positive means the pool grows. A pool that ends empty gives −100 %.
 * Example: base 1000, hires 300, exits 100, 2 years → 9.54 %.
 */
export function talentVelocity(base: number, hires: number, exits: number, years: number): Outcome<number> {
  const ending = base + hires - exits;
  const problem =
    checkLimit(base, LIMITS.positive, "base") ??
    checkLimit(ending, LIMITS.nonNegative, "base + hires − exits") ??
    checkLimit(years, LIMITS.positive, "years");
  if (problem) return problem;
  return finiteOrError(Math.pow(ending / base, 1 / years) - 1);
}
