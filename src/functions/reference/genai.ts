// Reference entries for the generative-AI functions: BUDGET_SHIFT and GENAI_SAVINGS.
import { NON_NEGATIVE, POSITIVE, RANGE_ERROR, SHARE, TEXT_ERROR, yearsArgument } from "./common";
import type { FunctionEntry } from "./types";

export const BUDGET_SHIFT: FunctionEntry = {
  id: "BUDGET_SHIFT",
  description:
    "Reallocation of an R&D budget toward generative AI: row 1 reallocated, row 2 left in legacy programmes.",
  returns:
    "2 rows × (years + 1) columns: total_budget_t × share_t, then total_budget_t minus that, with " +
    "share_t = start_share + (end_share − start_share) × f(t / years), f(x) = x (linear) or 3x² − 2x³ (s). " +
    "Columns instead of rows when total_budget is a column.",
  arguments: [
    {
      name: "total_budget",
      description: "Budget per year: one value (constant) or years + 1 values, as a row or column (≥ 0).",
      optional: false,
      valid: NON_NEGATIVE,
    },
    { name: "start_share", description: "Share reallocated today, 0 to 100%.", optional: false, valid: SHARE },
    { name: "end_share", description: "Share reallocated in the last year, 0 to 100%.", optional: false, valid: SHARE },
    yearsArgument("Years of the shift, whole number 1 to 100."),
    {
      name: "curve",
      description: '"linear" (default) or "s" (slow start, fast middle, slow end).',
      optional: true,
      default: '"linear"',
      valid: '"linear" or "s", in any case',
    },
  ],
  examples: [
    {
      formula: "=GR.BUDGET_SHIFT(1000, 20%, 60%, 4)",
      result: "{200, 300, 400, 500, 600; 800, 700, 600, 500, 400}",
      args: [[[1000]], 0.2, 0.6, 4],
      expected: [
        [200, 300, 400, 500, 600],
        [800, 700, 600, 500, 400],
      ],
      decimals: 6,
    },
    {
      formula: '=GR.BUDGET_SHIFT(1000, 20%, 60%, 4, "s")',
      result: "{200, 262.5, 400, 537.5, 600; 800, 737.5, 600, 462.5, 400}",
      args: [[[1000]], 0.2, 0.6, 4, "s"],
      expected: [
        [200, 262.5, 400, 537.5, 600],
        [800, 737.5, 600, 462.5, 400],
      ],
      decimals: 6,
    },
  ],
  errors: [
    TEXT_ERROR,
    { code: "#VALUE!", when: 'total_budget has neither 1 nor years + 1 cells, or curve is not "linear" or "s"' },
    RANGE_ERROR,
  ],
};

export const GENAI_SAVINGS: FunctionEntry = {
  id: "GENAI_SAVINGS",
  description: "Annual operating-cost savings as generative-AI adoption follows an S-curve, one value per year.",
  returns: "One row: base_cost × max_savings_rate / (1 + e^(−steepness × (t − midpoint))) for t = 1 … years.",
  arguments: [
    {
      name: "base_cost",
      description: "Annual operating cost the savings apply to (≥ 0).",
      optional: false,
      valid: NON_NEGATIVE,
    },
    { name: "max_savings_rate", description: "Savings at full adoption, 0 to 100%.", optional: false, valid: SHARE },
    yearsArgument("Years, whole number 1 to 100."),
    {
      name: "midpoint",
      description: "Year of half adoption. Default (years + 1) / 2.",
      optional: true,
      default: "(years + 1) / 2",
      valid: "any number",
    },
    {
      name: "steepness",
      description: "How sharp the S is (> 0). Default 1.",
      optional: true,
      default: "1",
      valid: POSITIVE,
    },
  ],
  examples: [
    {
      formula: "=GR.GENAI_SAVINGS(1000, 30%, 5)",
      result: "{35.76, 80.68, 150.00, 219.32, 264.24}",
      args: [1000, 0.3, 5],
      expected: [[35.76, 80.68, 150, 219.32, 264.24]],
      decimals: 2,
    },
  ],
  errors: [TEXT_ERROR, RANGE_ERROR],
};
