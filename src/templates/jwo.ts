// Template 3, JWO Investment Case: cashierless-checkout ("Just Walk Out") economics. Capex, opex
// and rising operational savings per year give net and cumulative cash (GR.JWO_CASHFLOWS), NPV
// (GR.JWO_NPV), payback (GR.JWO_PAYBACK) and IRR (native Excel).
import { cell, rowRange } from "./a1";
import { fromSpill, headlineHeader, headlineRow, labelledRow, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { SheetDraft } from "./draft";
import { moneyFormat, moneyUnit, PERCENT, PERIODS, sampleMoney } from "./formats";
import type { InsertOptions, SheetSpec } from "./types";

export const SAMPLE_JWO_RATE = 0.1;
export const NOT_WITHIN_HORIZON = "Not within horizon";

/**
 * Illustrative cash flows in millions for period t: heavy early capex, operating cost that includes
 * the human review behind the cameras, and savings that ramp towards 400 a year. Cumulative cash
 * turns positive in period 7 (payback ≈ 6.8 years): a five-year case never pays back.
 */
export function sampleJwoMillions(t: number): { capex: number; opex: number; savings: number } {
  const capex = [400, 250, 150][t] ?? 50;
  const opex = [60, 90, 110][t] ?? 120;
  const savings = Math.round(400 * (1 - 0.7 ** t) * 10) / 10;
  return { capex, opex, savings };
}

const ROW = { rate: 7, years: 10, capex: 11, opex: 12, savings: 13, net: 15, cumulative: 16 };
const NATIVE = { net: 19, cumulative: 20, payback: 21 };
const HEADLINES = 24;
const IRR_ROW = HEADLINES + 4;

export function buildJwo(options: InsertOptions): SheetSpec {
  const draft = new SheetDraft("jwo", "JWO Investment Case", options);
  const periods = options.horizon;
  const lastColumn = VALUE_COLUMN + periods - 1;
  titleBlock(draft, "JWO Investment Case", "Cashierless-checkout economics: investment and operating cost against rising operational savings.", "periods in years from the start year");
  inputs(draft, periods);
  cashFlows(draft, periods);
  nativeChecks(draft, periods);
  headlines(draft, lastColumn);
  chart(draft, lastColumn);
  // Wide enough for the bold "Not within horizon" the payback headline shows when it never pays back.
  standardWidths(draft, Math.max(lastColumn, VALUE_COLUMN + 2), 80, 105);
  draft.spec.freeze = { rows: ROW.years, columns: 1 };
  draft.spec.tabColor = "#C55A11";
  return draft.build();
}

function inputs(draft: SheetDraft, periods: number): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  section(draft, ROW.rate - 1, "Inputs", VALUE_COLUMN + periods - 1);
  draft.put(`A${ROW.rate}:B${ROW.rate}`, [["Discount rate", "% per year"]], "label");
  draft.input(`C${ROW.rate}`, [[draft.sampleOr(SAMPLE_JWO_RATE)]], PERCENT, {
    rule: { kind: "decimal", min: 0, max: 1 },
    errorMessage: "The discount rate must be between 0% and 100%.",
  });
  draft.name("DiscountRate", `C${ROW.rate}`);
  yearHeader(draft, ROW.years, "Year", periods);
  const flows = Array.from({ length: periods }, (_, t) => sampleJwoMillions(t));
  const line = (row: number, label: string, name: string, pick: (f: ReturnType<typeof sampleJwoMillions>) => number) => {
    const values = flows.map((f) => draft.sampleOr(sampleMoney(pick(f), draft.options)));
    const address = labelledRow(draft, row, label, unit, values, "input", money);
    draft.spec.validations.push({ address, rule: { kind: "decimal", min: 0 }, errorMessage: `${label} must be zero or more.`, ignoreBlanks: true });
    draft.name(name, address);
  };
  line(ROW.capex, "Investment (capex)", "Capex", (f) => f.capex);
  line(ROW.opex, "Operating cost (opex)", "Opex", (f) => f.opex);
  line(ROW.savings, "Operational savings", "Savings", (f) => f.savings);
}

const flowArgs = (last: number) =>
  [ROW.capex, ROW.opex, ROW.savings].map((row) => rowRange(row, VALUE_COLUMN, last)).join(",");

function cashFlows(draft: SheetDraft, periods: number): void {
  const last = VALUE_COLUMN + periods - 1;
  const unit = moneyUnit(draft.options);
  section(draft, ROW.net - 1, "Cash flows (GR.JWO_CASHFLOWS)", last);
  draft.put(`A${ROW.net}:B${ROW.cumulative}`, [["Net cash flow", unit], ["Cumulative net cash", unit]], "label");
  const spill = `C${ROW.net}:${cell(last, ROW.cumulative)}`;
  draft.write(`C${ROW.net}`, [[`=GR.JWO_CASHFLOWS(${flowArgs(last)})`]], spill);
  draft.format(spill, { style: "calc", numberFormat: moneyFormat(draft.options) });
}

/** Net and cumulative cash with native formulas, and the period in which payback first happens. */
function nativeChecks(draft: SheetDraft, periods: number): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: periods }, (_, i) => VALUE_COLUMN + i);
  section(draft, NATIVE.net - 1, "Native check", VALUE_COLUMN + periods - 1);
  const net = columns.map((c) => `=${cell(c, ROW.savings)}-${cell(c, ROW.capex)}-${cell(c, ROW.opex)}`);
  labelledRow(draft, NATIVE.net, "Net cash flow", unit, net, "calc", money);
  const cumulative = columns.map((c) => (c === VALUE_COLUMN ? `=C${NATIVE.net}` : `=${cell(c - 1, NATIVE.cumulative)}+${cell(c, NATIVE.net)}`));
  labelledRow(draft, NATIVE.cumulative, "Cumulative net cash", unit, cumulative, "calc", money);
  // Payback interpolates inside the first period whose cumulative cash reaches zero.
  const payback = columns.map((c) => {
    if (c === VALUE_COLUMN) return `=IF(C${NATIVE.cumulative}>=0,0,"")`;
    const previous = cell(c - 1, NATIVE.cumulative);
    const elapsed = `${cell(c, ROW.years)}-$C$${ROW.years}-1`;
    return `=IF(AND(MAX($C$${NATIVE.cumulative}:${previous})<0,${cell(c, NATIVE.cumulative)}>=0),(${elapsed})+(-${previous})/${cell(c, NATIVE.net)},"")`;
  });
  labelledRow(draft, NATIVE.payback, "Payback, if first reached in this year", "years", payback, "calc", PERIODS);
}

function headlines(draft: SheetDraft, last: number): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const nativeNet = (from: number) => rowRange(NATIVE.net, from, last);
  section(draft, HEADLINES - 1, "Headline figures", VALUE_COLUMN + 2);
  headlineHeader(draft, HEADLINES);
  headlineRow(draft, HEADLINES + 1, {
    label: "Net present value",
    unit,
    gr: `=GR.JWO_NPV(C${ROW.rate},${flowArgs(last)})`,
    // Period 0 is not discounted; NPV() discounts its first value, so period 0 stays outside.
    native: last === VALUE_COLUMN ? `=C${NATIVE.net}` : `=C${NATIVE.net}+NPV(C${ROW.rate},${nativeNet(VALUE_COLUMN + 1)})`,
    numberFormat: money,
  });
  const paybackRow = rowRange(NATIVE.payback, VALUE_COLUMN, last);
  headlineRow(draft, HEADLINES + 2, {
    label: "Payback period",
    unit: "years",
    gr: `=IFNA(GR.JWO_PAYBACK(${flowArgs(last)}),"${NOT_WITHIN_HORIZON}")`,
    native: `=IF(COUNT(${paybackRow})=0,"${NOT_WITHIN_HORIZON}",MIN(${paybackRow}))`,
    numberFormat: PERIODS,
  });
  headlineRow(draft, HEADLINES + 3, {
    label: `Cumulative net cash by ${draft.options.startYear + draft.options.horizon - 1}`,
    unit,
    gr: fromSpill(cell(VALUE_COLUMN, ROW.net), cell(last, ROW.cumulative)),
    native: `=${cell(last, NATIVE.cumulative)}`,
    numberFormat: money,
  });
  draft.put(`A${IRR_ROW}:B${IRR_ROW}`, [["Internal rate of return (native IRR)", "%"]], "label");
  // Guess -10%: from Excel's default 10% guess, Newton's method lands on a root below -100% for
  // sample flows like these (not a rate). Anything at or below -100% is shown as "n/a" too.
  const irr = `IRR(${nativeNet(VALUE_COLUMN)},-0.1)`;
  draft.put(`C${IRR_ROW}`, [[`=IFERROR(IF(${irr}>-1,${irr},"n/a"),"n/a")`]], "headline", PERCENT);
  draft.format(`C${IRR_ROW}`, { horizontalAlignment: "Right" });
  draft.blankShows(`C${IRR_ROW}`);
  draft.name("JwoNPV", `C${HEADLINES + 1}`, "Net present value of the investment case");
  draft.name("PaybackYears", `C${HEADLINES + 2}`, "Payback period in years");
  draft.name("JwoIRR", `C${IRR_ROW}`);
}

function chart(draft: SheetDraft, last: number): void {
  const unit = moneyUnit(draft.options);
  const row = (r: number) => rowRange(r, VALUE_COLUMN, last);
  const right = Math.max(last, VALUE_COLUMN + 2);
  draft.chart({
    name: "JwoCashChart",
    type: "ColumnClustered",
    title: "JWO investment, operating cost and savings",
    categories: row(ROW.years),
    series: [
      { name: "Investment (capex)", values: row(ROW.capex) },
      { name: "Operating cost (opex)", values: row(ROW.opex) },
      { name: "Operational savings", values: row(ROW.savings), type: "Line" },
      { name: "Cumulative net cash", values: row(ROW.cumulative), type: "Line", axis: "Secondary" },
    ],
    categoryAxisTitle: "Year",
    valueAxisTitle: `Per year (${unit})`,
    secondaryValueAxisTitle: `Cumulative net cash (${unit})`,
    legend: "Bottom",
    position: { from: cell(right + 2, ROW.rate - 1), to: cell(right + 10, ROW.rate + 18) },
  });
}
