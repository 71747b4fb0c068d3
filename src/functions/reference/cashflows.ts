// Reference entries for the physical-AI initiative ("Just Walk Out") functions.
import { CASH_FLOW_ARGUMENTS, LINES_ERROR, RANGE_ERROR, RATE, TEXT_ERROR, row } from "./common";
import type { FunctionEntry } from "./types";

const CAPEX = row(1000, 500, 250, 0, 0);
const OPEX = row(100, 200, 250, 250, 250);
const SAVINGS = row(0, 150, 400, 700, 900);
const NPV_LITERALS = "{1000,500,250,0,0}, {100,200,250,250,250}, {0,150,400,700,900}";

export const JWO_NPV: FunctionEntry = {
  id: "JWO_NPV",
  description:
    "Net present value of a physical-AI initiative: savings minus capex and opex per period, period 0 undiscounted.",
  returns:
    "Σ net_t / (1 + rate)^t for t = 0 … n−1 with net_t = savings_t − capex_t − opex_t, plus " +
    "net_{n−1} × (1 + terminal_growth) / (rate − terminal_growth) / (1 + rate)^(n−1) when terminal_growth is given. " +
    "Without it, the same as net_0 + NPV(rate, net_1 … net_{n−1}).",
  arguments: [
    { name: "rate", description: "Discount rate per period, e.g. 10% (> -1).", optional: false, valid: RATE },
    ...CASH_FLOW_ARGUMENTS,
    {
      name: "terminal_growth",
      description: "Optional growth of the last net flow forever after (a growing perpetuity); less than rate.",
      optional: true,
      default: "no terminal value",
      valid: `${RATE} and less than rate`,
    },
  ],
  examples: [
    {
      formula: `=GR.JWO_NPV(10%, ${NPV_LITERALS})`,
      result: "-900.594",
      args: [0.1, CAPEX, OPEX, SAVINGS],
      expected: -900.594,
      decimals: 3,
    },
    {
      formula: `=GR.JWO_NPV(10%, ${NPV_LITERALS}, 2%)`,
      result: "4,759.880",
      args: [0.1, CAPEX, OPEX, SAVINGS, 0.02],
      expected: 4759.88,
      decimals: 3,
    },
  ],
  errors: [TEXT_ERROR, LINES_ERROR, RANGE_ERROR],
};

const PAYBACK_ARGS = [row(1000, 0, 0, 0), row(0, 100, 100, 100), row(0, 500, 600, 700)];
const PAYBACK_LITERALS = "{1000,0,0,0}, {0,100,100,100}, {0,500,600,700}";

export const JWO_PAYBACK: FunctionEntry = {
  id: "JWO_PAYBACK",
  description: "Payback period in periods (fractional): when cumulative net cash first reaches zero; #N/A if never.",
  returns:
    "0 if period 0 is already non-negative; otherwise (t − 1) + (−cumulative_{t−1}) / net_t for the first " +
    "period t whose cumulative net cash is at least 0 (a later dip below zero does not change it).",
  arguments: CASH_FLOW_ARGUMENTS,
  examples: [
    {
      formula: `=GR.JWO_PAYBACK(${PAYBACK_LITERALS})`,
      result: "2.1667",
      args: PAYBACK_ARGS,
      expected: 2.1667,
      decimals: 4,
    },
  ],
  errors: [
    TEXT_ERROR,
    LINES_ERROR,
    { code: "#N/A", when: "cumulative net cash never reaches zero: does not pay back within the horizon" },
  ],
};

export const JWO_CASHFLOWS: FunctionEntry = {
  id: "JWO_CASHFLOWS",
  description:
    "Spills the cash-flow lines for the combo chart: net, cumulative net, and cumulative discounted net if rate is given.",
  returns:
    "Rows: net cash flow, cumulative net cash flow, and (with rate) cumulative discounted net cash flow, one " +
    "column per period; columns instead of rows when capex is a column.",
  arguments: [
    ...CASH_FLOW_ARGUMENTS,
    {
      name: "rate",
      description: "Optional discount rate per period (> -1): adds the cumulative discounted line.",
      optional: true,
      default: "no discounted line",
      valid: RATE,
    },
  ],
  examples: [
    {
      formula: `=GR.JWO_CASHFLOWS(${PAYBACK_LITERALS}, 10%)`,
      result: "{-1000, 400, 500, 600; -1000, -600, -100, 500; -1000, -636.36, -223.14, 227.65}",
      args: [...PAYBACK_ARGS, 0.1],
      expected: [
        [-1000, 400, 500, 600],
        [-1000, -600, -100, 500],
        [-1000, -636.36, -223.14, 227.65],
      ],
      decimals: 2,
    },
  ],
  errors: [TEXT_ERROR, LINES_ERROR, RANGE_ERROR],
};
