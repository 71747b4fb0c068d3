// Every argument of every GR function, described for the robustness suite: a valid value (as Excel
// passes it), how it is read, and a number outside its domain with the message the user must see.
import * as functions from "../../src/functions/functions";

export type ArgumentKind = "range" | "line" | "single" | "choice";

export interface ArgumentCase {
  name: string;
  kind: ArgumentKind;
  good: unknown;
  optional?: boolean;
  /** The value an omitted (null) argument stands for; for required numbers, 0 (a blank). */
  omittedMeans?: unknown;
  /** A number outside the domain and the #NUM! message it gives. */
  outOfDomain?: { value: unknown; message: string };
}

export interface FunctionCase {
  id: string;
  fn: (...args: never[]) => unknown;
  args: ArgumentCase[];
  /** TALENT_VELOCITY reports out-of-domain numbers in the cell, not for the whole formula. */
  perCellErrors?: boolean;
  mismatched: { args: unknown[]; message: string }[];
  overflow: unknown[][];
}

const row = (...values: unknown[]) => [values];
const column = (...values: unknown[]) => values.map((v) => [v]);
const num = (name: string, kind: ArgumentKind, good: unknown, bad?: unknown, message?: string): ArgumentCase => ({
  name,
  kind,
  good,
  outOfDomain: bad === undefined ? undefined : { value: bad, message: `${name} must be ${message}` },
});
const opt = (arg: ArgumentCase, omittedMeans: unknown): ArgumentCase => ({ ...arg, optional: true, omittedMeans });

const CAPEX = row(1000, 500, 250, 0, 0);
const OPEX = row(100, 200, 250, 250, 250);
const SAVINGS = row(0, 150, 400, 700, 1900);
const lineArgs = (): ArgumentCase[] => [num("capex", "line", CAPEX), num("opex", "line", OPEX), num("savings", "line", SAVINGS)];
const lineMismatch = (prefix: unknown[], suffix: unknown[] = []) => [
  { args: [...prefix, CAPEX, row(1, 2, 3, 4), SAVINGS, ...suffix], message: "capex has 5 cells but opex has 4: give one value per period in each" },
  { args: [...prefix, CAPEX, OPEX, column(1, 2, 3, 4, 5, 6), ...suffix], message: "capex has 5 cells but savings has 6: give one value per period in each" },
];
const HUGE = row(1.5e308, 1.5e308);

export const FUNCTION_CASES: FunctionCase[] = [
  {
    id: "REALLOC_SAVINGS",
    fn: functions.reallocSavings,
    args: [
      num("headcount", "range", [[100]], [[-1]], "at least 0 (got -1)"),
      num("loaded_cost", "range", [[150000]], [[-1]], "at least 0 (got -1)"),
      opt(num("severance_months", "single", 6, -1, "at least 0 (got -1)"), 0),
      opt(num("years", "single", 3, 101, "a whole number from 1 to 100 (got 101)"), 1),
      opt(num("cost_growth", "single", 0.03, -1, "greater than -1 (got -1)"), 0),
      opt(num("discount_rate", "single", 0.1, -2, "greater than -1 (got -2)"), 0),
    ],
    mismatched: [
      {
        args: [row(1, 2, 3), row(1, 2)],
        message: "headcount has 3 cells but loaded_cost has 2: give one loaded_cost for all roles or one per headcount cell",
      },
    ],
    overflow: [[[[1e300]], [[1e300]]], [[[1]], [[1]], 0, 100, 1e10]],
  },
  {
    id: "JWO_NPV",
    fn: functions.jwoNpv,
    args: [
      num("rate", "single", 0.1, -1, "greater than -1 (got -1)"),
      ...lineArgs(),
      opt(num("terminal_growth", "single", 0.02, 0.1, "less than rate (got 0.1 with rate 0.1)"), null),
    ],
    mismatched: lineMismatch([0.1]),
    overflow: [[0, HUGE, row(0, 0), row(0, 0)], [-0.999999, row(...Array(200).fill(1)), row(...Array(200).fill(0)), row(...Array(200).fill(0))]],
  },
  {
    id: "JWO_PAYBACK",
    fn: functions.jwoPayback,
    args: lineArgs(),
    mismatched: lineMismatch([]),
    overflow: [[HUGE, row(0, 0), row(0, 0)]],
  },
  {
    id: "JWO_CASHFLOWS",
    fn: functions.jwoCashflows,
    args: [...lineArgs(), opt(num("rate", "single", 0.1, -1, "greater than -1 (got -1)"), null)],
    mismatched: lineMismatch([], [0.1]),
    overflow: [[row(0, 0), row(0, 0), HUGE]],
  },
  {
    id: "WORKFORCE_PLAN",
    fn: functions.workforcePlan,
    args: [
      { name: "headcount", kind: "range", good: column(120, 80), outOfDomain: { value: column(120, -1), message: "headcount: item 2 must be at least 0 (got -1)" } },
      num("annual_change", "range", column(-0.25, 0.4), [[-2]], "at least -1 (got -2)"),
      num("years", "single", 3, 0, "a whole number from 1 to 100 (got 0)"),
    ],
    mismatched: [
      {
        args: [column(1, 2), column(0, 0, 0), 1],
        message: "headcount has 2 cells but annual_change has 3: give one annual_change for all or one per headcount cell",
      },
    ],
    overflow: [[[[1e300]], [[1e10]], 100]],
  },
  {
    id: "BUDGET_SHIFT",
    fn: functions.budgetShift,
    args: [
      num("total_budget", "line", [[1000]], [[-1]], "at least 0 (got -1)"),
      num("start_share", "single", 0.2, 1.5, "from 0 to 1 (got 1.5)"),
      num("end_share", "single", 0.6, -0.5, "from 0 to 1 (got -0.5)"),
      num("years", "single", 4, 0, "a whole number from 1 to 100 (got 0)"),
      { name: "curve", kind: "choice", good: "s", optional: true, omittedMeans: "linear" },
    ],
    mismatched: [
      { args: [row(1, 2, 3), 0, 1, 4], message: "total_budget has 3 cells but years 4 needs 1 value or 5 (one per year from 0 to 4)" },
    ],
    // Each amount is at most the budget, so no input can overflow.
    overflow: [],
  },
  {
    id: "TALENT_VELOCITY",
    fn: functions.talentVelocity,
    perCellErrors: true,
    args: [
      num("base", "range", [[1000]], [[0]], "greater than 0 (got 0)"),
      { name: "hires", kind: "range", good: [[300]], outOfDomain: { value: [[-2000]], message: "base + hires − exits must be at least 0 (got -1100)" } },
      { name: "exits", kind: "range", good: [[100]], outOfDomain: { value: [[5000]], message: "base + hires − exits must be at least 0 (got -3700)" } },
      opt(num("years", "range", [[2]], [[0]], "greater than 0 (got 0)"), [[1]]),
    ],
    mismatched: [
      { args: [row(1, 2), column(1, 2), [[0]], null], message: "base is 1×2 but hires is 2×1: give ranges of the same shape, or a single value" },
    ],
    overflow: [[[[1]], [[9]], [[0]], [[0.001]]]],
  },
  {
    id: "GENAI_SAVINGS",
    fn: functions.genaiSavings,
    args: [
      num("base_cost", "single", 1000, -1, "at least 0 (got -1)"),
      num("max_savings_rate", "single", 0.3, 2, "from 0 to 1 (got 2)"),
      num("years", "single", 5, 0, "a whole number from 1 to 100 (got 0)"),
      opt({ name: "midpoint", kind: "single", good: 2 }, 3),
      opt(num("steepness", "single", 1, 0, "greater than 0 (got 0)"), 1),
    ],
    mismatched: [],
    // The ceiling base_cost × max_savings_rate is at most base_cost: no input can overflow.
    overflow: [],
  },
];
