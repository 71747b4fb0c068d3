// Reference entries for the people functions: REALLOC_SAVINGS, WORKFORCE_PLAN, TALENT_VELOCITY.
import { CHANGE, NON_NEGATIVE, POSITIVE, RANGE_ERROR, RATE, TEXT_ERROR, YEARS, column, yearsArgument } from "./common";
import type { FunctionEntry } from "./types";

export const REALLOC_SAVINGS: FunctionEntry = {
  id: "REALLOC_SAVINGS",
  description:
    "Money freed by eliminating roles: present value of the avoided cost over the horizon, net of one-time severance.",
  returns:
    "B × Σ_{t=1..years} (1 + cost_growth)^(t−1) / (1 + discount_rate)^t − B × severance_months / 12, " +
    "where B = Σ headcount × loaded_cost (cells paired in reading order; a single value applies to all).",
  arguments: [
    {
      name: "headcount",
      description: "Roles eliminated: one value or one per role family (≥ 0).",
      optional: false,
      valid: NON_NEGATIVE,
    },
    {
      name: "loaded_cost",
      description: "Fully loaded annual cost per role: one value for all, or one per headcount cell (≥ 0).",
      optional: false,
      valid: NON_NEGATIVE,
    },
    {
      name: "severance_months",
      description: "Months of loaded cost paid once per role at time 0. Default 0.",
      optional: true,
      default: "0",
      valid: NON_NEGATIVE,
    },
    {
      name: "years",
      description: "Horizon in whole years, 1 to 100. Default 1.",
      optional: true,
      default: "1",
      valid: `${YEARS} (decimals are truncated)`,
    },
    {
      name: "cost_growth",
      description: "Annual growth of the avoided cost, e.g. 3%. Default 0.",
      optional: true,
      default: "0",
      valid: RATE,
    },
    {
      name: "discount_rate",
      description: "Annual discount rate, e.g. 10%. Default 0.",
      optional: true,
      default: "0",
      valid: RATE,
    },
  ],
  examples: [
    {
      formula: "=GR.REALLOC_SAVINGS(100, 150000)",
      result: "15,000,000",
      args: [[[100]], [[150000]]],
      expected: 15_000_000,
      decimals: 2,
    },
    {
      formula: "=GR.REALLOC_SAVINGS(100, 150000, 6)",
      result: "7,500,000",
      args: [[[100]], [[150000]], 6],
      expected: 7_500_000,
      decimals: 2,
    },
    {
      formula: "=GR.REALLOC_SAVINGS(100, 150000, 6, 3, 3%, 10%)",
      result: "30,861,006.76",
      args: [[[100]], [[150000]], 6, 3, 0.03, 0.1],
      expected: 30_861_006.76,
      decimals: 2,
    },
  ],
  errors: [
    TEXT_ERROR,
    { code: "#VALUE!", when: "headcount and loaded_cost have different numbers of cells and neither is a single value" },
    RANGE_ERROR,
  ],
};

export const WORKFORCE_PLAN: FunctionEntry = {
  id: "WORKFORCE_PLAN",
  description: "Projects headcount per role family: one row per family, columns for today and each year.",
  returns:
    "headcount × (1 + annual_change)^t for t = 0 … years: one row per headcount cell (whatever the range's " +
    "orientation), years + 1 columns, not rounded.",
  arguments: [
    {
      name: "headcount",
      description: "Headcount today, one cell per role family (≥ 0).",
      optional: false,
      valid: NON_NEGATIVE,
    },
    {
      name: "annual_change",
      description: "Yearly change, e.g. -25%: one value for all or one per family (≥ -100%).",
      optional: false,
      valid: CHANGE,
    },
    yearsArgument("Years to project, whole number 1 to 100."),
  ],
  examples: [
    {
      formula: "=GR.WORKFORCE_PLAN({120;80}, {-25%;40%}, 3)",
      result: "{120, 90, 67.5, 50.625; 80, 112, 156.8, 219.52}",
      args: [column(120, 80), column(-0.25, 0.4), 3],
      expected: [
        [120, 90, 67.5, 50.625],
        [80, 112, 156.8, 219.52],
      ],
      decimals: 6,
    },
  ],
  errors: [
    TEXT_ERROR,
    { code: "#VALUE!", when: "annual_change has neither one cell nor one per headcount cell" },
    RANGE_ERROR,
  ],
};

const POOL_VALID = "numbers, with base + hires − exits at least 0";

export const TALENT_VELOCITY: FunctionEntry = {
  id: "TALENT_VELOCITY",
  description:
    "Annualised net change of a talent pool: ((base + hires - exits) / base)^(1 / years) - 1, cell by cell.",
  returns:
    "((base + hires − exits) / base)^(1 / years) − 1 for each cell, in the shape of the ranges given; " +
    "a single value applies to every cell.",
  arguments: [
    {
      name: "base",
      description: "People in the pool at the start (> 0): a value or a range.",
      optional: false,
      valid: POSITIVE,
    },
    {
      name: "hires",
      description: "People hired over the period: a value or a range of the same shape.",
      optional: false,
      valid: POOL_VALID,
    },
    {
      name: "exits",
      description: "People who left over the period: a value or a range of the same shape.",
      optional: false,
      valid: POOL_VALID,
    },
    {
      name: "years",
      description: "Length of the period in years (> 0). Default 1.",
      optional: true,
      default: "1",
      valid: POSITIVE,
    },
  ],
  examples: [
    {
      formula: "=GR.TALENT_VELOCITY(1000, 300, 100, 2)",
      result: "9.54%",
      args: [[[1000]], [[300]], [[100]], [[2]]],
      expected: 0.0954,
      decimals: 4,
    },
  ],
  errors: [
    TEXT_ERROR,
    { code: "#VALUE!", when: "two ranges have different shapes and neither is a single value" },
    {
      code: "#NUM!",
      when: "in the one cell whose base is not greater than 0, whose base + hires − exits is negative, or whose years is not greater than 0; the other cells keep their values",
    },
  ],
};
