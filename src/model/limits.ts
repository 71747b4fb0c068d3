// The valid range of every numeric argument, in one place: the models check against these, and the
// function reference (src/functions/catalog.ts) prints them, so the two cannot drift apart.
import { at, type Numbers } from "./column";
import { DomainError, formatNumber } from "./domainError";

export type Limit =
  | { readonly kind: "atLeast"; readonly min: number }
  | { readonly kind: "greaterThan"; readonly min: number }
  | { readonly kind: "between"; readonly min: number; readonly max: number }
  | { readonly kind: "wholeBetween"; readonly min: number; readonly max: number };

export const LIMITS = {
  /** Money, headcount, months: nothing negative. */
  nonNegative: { kind: "atLeast", min: 0 },
  /** Rates and growth: a factor 1 + r must stay positive. */
  rate: { kind: "greaterThan", min: -1 },
  /** A yearly change may remove the whole population (−100 %), not more. */
  change: { kind: "atLeast", min: -1 },
  share: { kind: "between", min: 0, max: 1 },
  years: { kind: "wholeBetween", min: 1, max: 100 },
  positive: { kind: "greaterThan", min: 0 },
} as const satisfies Record<string, Limit>;

/** The valid range in words, as messages and the reference page say it. */
export function describeLimit(limit: Limit): string {
  switch (limit.kind) {
    case "atLeast":
      return `at least ${formatNumber(limit.min)}`;
    case "greaterThan":
      return `greater than ${formatNumber(limit.min)}`;
    case "between":
      return `from ${formatNumber(limit.min)} to ${formatNumber(limit.max)}`;
    case "wholeBetween":
      return `a whole number from ${formatNumber(limit.min)} to ${formatNumber(limit.max)}`;
  }
}

/** NaN is never within a limit: every comparison below is false for it. */
export function isWithin(value: number, limit: Limit): boolean {
  switch (limit.kind) {
    case "atLeast":
      return value >= limit.min;
    case "greaterThan":
      return value > limit.min;
    case "between":
      return value >= limit.min && value <= limit.max;
    case "wholeBetween":
      return Number.isInteger(value) && value >= limit.min && value <= limit.max;
  }
}

/** #NUM! naming the argument and the valid range, e.g. `discount_rate must be greater than -1 (got -2)`. */
export function checkLimit(value: number, limit: Limit, name: string): DomainError | undefined {
  if (isWithin(value, limit)) return undefined;
  return new DomainError("#NUM!", `${name} must be ${describeLimit(limit)} (got ${formatNumber(value)})`);
}

/** The first item outside the limit, named by its position in reading order (`headcount: item 3 ...`). */
export function checkEachLimit(values: Numbers, limit: Limit, name: string): DomainError | undefined {
  if (values.length === 1) return checkLimit(at(values, 0), limit, name);
  for (let i = 0; i < values.length; i++) {
    if (!isWithin(at(values, i), limit)) {
      const got = formatNumber(at(values, i));
      return new DomainError("#NUM!", `${name}: item ${i + 1} must be ${describeLimit(limit)} (got ${got})`);
    }
  }
  return undefined;
}

/** The first failing check of a list, or undefined when all pass. */
export function firstProblem(...problems: (DomainError | undefined)[]): DomainError | undefined {
  return problems.find((p) => p !== undefined);
}
