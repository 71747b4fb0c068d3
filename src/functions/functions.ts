// The GR custom functions. Each JSDoc block is the metadata Excel shows (functions.json is generated
// from it at build time, and the build appends the CustomFunctions.associate calls); each body reads
// the arguments, calls the model, and returns. Arguments are typed `unknown` so text and booleans
// reach us and get a message naming the argument (metadata type "any"), where Excel's own
// conversion would show a bare #VALUE!. The full reference lives in catalog.ts / help.html.
import * as model from "../model";
import {
  elementwise,
  excelResult,
  excelResultInPlace,
  laidOut,
  readChoice,
  readLine,
  readList,
  readNumber,
  readOptional,
  readOptionalOrNull,
  readWhole,
  type ListReader,
  type NamedList,
  type NumberList,
} from "./coerce";

/**
 * Money freed by eliminating roles: present value of the avoided cost over the horizon, net of one-time severance.
 * @customfunction REALLOC_SAVINGS
 * @helpurl https://localhost:3000/help.html#REALLOC_SAVINGS
 * @param headcount Roles eliminated: one value or one per role family (≥ 0).
 * @param loaded_cost Fully loaded annual cost per role: one value for all, or one per headcount cell (≥ 0).
 * @param severance_months Months of loaded cost paid once per role at time 0. Default 0.
 * @param years Horizon in whole years, 1 to 100. Default 1.
 * @param cost_growth Annual growth of the avoided cost, e.g. 3%. Default 0.
 * @param discount_rate Annual discount rate, e.g. 10%. Default 0.
 * @returns Present value of the savings minus severance.
 */
export function reallocSavings(
  headcount: unknown[][],
  loaded_cost: unknown[][],
  severance_months?: unknown,
  years?: unknown,
  cost_growth?: unknown,
  discount_rate?: unknown,
): number {
  return excelResultInPlace((read) =>
    model.reallocSavings({
      headcount: read(headcount, "headcount").values,
      loadedCost: read(loaded_cost, "loaded_cost").values,
      severanceMonths: readOptional(severance_months, "severance_months", 0),
      years: readWhole(years, "years", 1),
      costGrowth: readOptional(cost_growth, "cost_growth", 0),
      discountRate: readOptional(discount_rate, "discount_rate", 0),
    }),
  );
}

/** capex, opex and savings as one row or column each; the shape of capex decides the output's. */
function readCashFlows(capex: unknown[][], opex: unknown[][], savings: unknown[][], read?: ListReader) {
  const capexLine = readLine(capex, "capex", read);
  return {
    lines: {
      capex: capexLine.values,
      opex: readLine(opex, "opex", read).values,
      savings: readLine(savings, "savings", read).values,
    },
    isColumn: capexLine.isColumn,
  };
}

/**
 * Net present value of a physical-AI initiative: savings minus capex and opex per period, period 0 undiscounted.
 * @customfunction JWO_NPV
 * @helpurl https://localhost:3000/help.html#JWO_NPV
 * @param rate Discount rate per period, e.g. 10% (> -1).
 * @param capex Investment per period: a row or column, one cell per period (blanks are 0).
 * @param opex Operating cost per period: same number of cells as capex.
 * @param savings Operational savings per period: same number of cells as capex.
 * @param terminal_growth Optional growth of the last net flow forever after (a growing perpetuity); less than rate.
 * @returns Net present value at period 0.
 */
export function jwoNpv(
  rate: unknown,
  capex: unknown[][],
  opex: unknown[][],
  savings: unknown[][],
  terminal_growth?: unknown,
): number {
  return excelResultInPlace((read) => {
    const { lines } = readCashFlows(capex, opex, savings, read);
    return model.jwoNpv(readNumber(rate, "rate"), lines, readOptionalOrNull(terminal_growth, "terminal_growth"));
  });
}

/**
 * Payback period in periods (fractional): when cumulative net cash first reaches zero; #N/A if never.
 * @customfunction JWO_PAYBACK
 * @helpurl https://localhost:3000/help.html#JWO_PAYBACK
 * @param capex Investment per period: a row or column, one cell per period (blanks are 0).
 * @param opex Operating cost per period: same number of cells as capex.
 * @param savings Operational savings per period: same number of cells as capex.
 * @returns Periods until cumulative net cash reaches zero, interpolated inside the crossing period.
 */
export function jwoPayback(capex: unknown[][], opex: unknown[][], savings: unknown[][]): number {
  return excelResult(() => model.jwoPayback(readCashFlows(capex, opex, savings).lines));
}

/**
 * Spills the cash-flow lines for the combo chart: net, cumulative net, and cumulative discounted net if rate is given.
 * @customfunction JWO_CASHFLOWS
 * @helpurl https://localhost:3000/help.html#JWO_CASHFLOWS
 * @param capex Investment per period: a row or column, one cell per period (blanks are 0).
 * @param opex Operating cost per period: same number of cells as capex.
 * @param savings Operational savings per period: same number of cells as capex.
 * @param rate Optional discount rate per period (> -1): adds the cumulative discounted line.
 * @returns 2 or 3 rows, one column per period (columns instead of rows when capex is a column).
 */
export function jwoCashflows(
  capex: unknown[][],
  opex: unknown[][],
  savings: unknown[][],
  rate?: unknown,
): number[][] {
  return excelResult(() => {
    const { lines, isColumn } = readCashFlows(capex, opex, savings);
    const rows = model.jwoCashflows(lines, readOptionalOrNull(rate, "rate"));
    return Array.isArray(rows) ? laidOut(rows, isColumn) : rows;
  });
}

/**
 * Projects headcount per role family: one row per family, columns for today and each year.
 * @customfunction WORKFORCE_PLAN
 * @helpurl https://localhost:3000/help.html#WORKFORCE_PLAN
 * @param headcount Headcount today, one cell per role family (≥ 0).
 * @param annual_change Yearly change, e.g. -25%: one value for all or one per family (≥ -100%).
 * @param years Years to project, whole number 1 to 100.
 * @returns headcount × (1 + annual_change)^t for t = 0 … years, not rounded.
 */
export function workforcePlan(headcount: unknown[][], annual_change: unknown[][], years: unknown): number[][] {
  return excelResult(() =>
    model.workforcePlan(
      readList(headcount, "headcount").values,
      readList(annual_change, "annual_change").values,
      readWhole(years, "years"),
    ),
  );
}

/**
 * Reallocation of an R&D budget toward generative AI: row 1 reallocated, row 2 left in legacy programmes.
 * @customfunction BUDGET_SHIFT
 * @helpurl https://localhost:3000/help.html#BUDGET_SHIFT
 * @param total_budget Budget per year: one value (constant) or years + 1 values, as a row or column (≥ 0).
 * @param start_share Share reallocated today, 0 to 100%.
 * @param end_share Share reallocated in the last year, 0 to 100%.
 * @param years Years of the shift, whole number 1 to 100.
 * @param curve "linear" (default) or "s" (slow start, fast middle, slow end).
 * @returns 2 rows × (years + 1) columns (transposed when total_budget is a column).
 */
export function budgetShift(
  total_budget: unknown[][],
  start_share: unknown,
  end_share: unknown,
  years: unknown,
  curve?: unknown,
): number[][] {
  return excelResult(() => {
    const budget = readLine(total_budget, "total_budget");
    const rows = model.budgetShift(
      budget.values,
      readNumber(start_share, "start_share"),
      readNumber(end_share, "end_share"),
      readWhole(years, "years"),
      readChoice(curve, "curve", model.SHIFT_CURVES),
    );
    return Array.isArray(rows) ? laidOut(rows, budget.isColumn) : rows;
  });
}

/**
 * Annualised net change of a talent pool: ((base + hires - exits) / base)^(1 / years) - 1, cell by cell.
 * @customfunction TALENT_VELOCITY
 * @helpurl https://localhost:3000/help.html#TALENT_VELOCITY
 * @param base People in the pool at the start (> 0): a value or a range.
 * @param hires People hired over the period: a value or a range of the same shape.
 * @param exits People who left over the period: a value or a range of the same shape.
 * @param years Length of the period in years (> 0). Default 1.
 * @returns A rate per year in the shape of the inputs; #NUM! in a cell whose inputs are out of range.
 */
export function talentVelocity(
  base: unknown[][],
  hires: unknown[][],
  exits: unknown[][],
  years?: unknown[][],
): unknown[][] {
  return excelResult(() => {
    const oneYear: NumberList = { values: [1], rows: 1, columns: 1 };
    const args: NamedList[] = [
      ["base", readList(base, "base")],
      ["hires", readList(hires, "hires")],
      ["exits", readList(exits, "exits")],
      ["years", years === null || years === undefined ? oneYear : readList(years, "years")],
    ];
    return elementwise(args, ([b, h, e, y]) => model.talentVelocity(b, h, e, y));
  });
}

/**
 * Annual operating-cost savings as generative-AI adoption follows an S-curve, one value per year.
 * @customfunction GENAI_SAVINGS
 * @helpurl https://localhost:3000/help.html#GENAI_SAVINGS
 * @param base_cost Annual operating cost the savings apply to (≥ 0).
 * @param max_savings_rate Savings at full adoption, 0 to 100%.
 * @param years Years, whole number 1 to 100.
 * @param midpoint Year of half adoption. Default (years + 1) / 2.
 * @param steepness How sharp the S is (> 0). Default 1.
 * @returns One row of savings for years 1 … years.
 */
export function genaiSavings(
  base_cost: unknown,
  max_savings_rate: unknown,
  years: unknown,
  midpoint?: unknown,
  steepness?: unknown,
): number[][] {
  return excelResult(() =>
    model.genaiSavings(
      readNumber(base_cost, "base_cost"),
      readNumber(max_savings_rate, "max_savings_rate"),
      readWhole(years, "years"),
      readOptionalOrNull(midpoint, "midpoint"),
      readOptional(steepness, "steepness", 1),
    ),
  );
}
