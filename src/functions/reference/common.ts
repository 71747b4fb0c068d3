// Pieces several reference entries share, so each wording exists once.
import { LIMITS, describeLimit } from "../../model";
import type { ArgumentDoc, ErrorDoc } from "./types";

export const NON_NEGATIVE = describeLimit(LIMITS.nonNegative);
export const RATE = describeLimit(LIMITS.rate);
export const YEARS = describeLimit(LIMITS.years);
export const SHARE = describeLimit(LIMITS.share);
export const POSITIVE = describeLimit(LIMITS.positive);
export const CHANGE = describeLimit(LIMITS.change);

export const TEXT_ERROR: ErrorDoc = {
  code: "#VALUE!",
  when: "an argument holds text, a logical value or an error where a number is needed (the message names the argument and the item)",
};

export const RANGE_ERROR: ErrorDoc = {
  code: "#NUM!",
  when: "a number is outside its valid range (the message states the range), or the result is too large to represent",
};

export const LINES_ERROR: ErrorDoc = {
  code: "#VALUE!",
  when: "capex, opex and savings have different numbers of cells, or one of them is not a single row or column",
};

const PERIOD_VALUES = "numbers, one per period; blanks count as 0";

/** capex, opex, savings: the three per-period lines every JWO function reads. */
export const CASH_FLOW_ARGUMENTS: readonly ArgumentDoc[] = [
  {
    name: "capex",
    description: "Investment per period: a row or column, one cell per period (blanks are 0).",
    optional: false,
    valid: PERIOD_VALUES,
  },
  {
    name: "opex",
    description: "Operating cost per period: same number of cells as capex.",
    optional: false,
    valid: PERIOD_VALUES,
  },
  {
    name: "savings",
    description: "Operational savings per period: same number of cells as capex.",
    optional: false,
    valid: PERIOD_VALUES,
  },
];

export function yearsArgument(description: string): ArgumentDoc {
  return { name: "years", description, optional: false, valid: YEARS };
}

/** A row of numbers as Excel passes a literal like {1000,500,250}. */
export const row = (...values: number[]): number[][] => [values];

/** A column of numbers as Excel passes a literal like {120;80}. */
export const column = (...values: number[]): number[][] => values.map((v) => [v]);
