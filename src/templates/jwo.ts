// Template 3, JWO Investment Case: cashierless-checkout ("Just Walk Out") economics. Capex, opex
// and rising operational savings per year give net and cumulative cash (GR.JWO_CASHFLOWS), NPV
// (GR.JWO_NPV), payback (GR.JWO_PAYBACK) and IRR (native Excel); with the Sensitivities option,
// NPV by discount rate × savings realisation and payback by savings realisation.
import { cell, columnLetters, rowRange } from "./a1";
import { fromSpill, HEADLINE_COLUMNS, headlineHeader, headlineRow, labelledRow, repairHint, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { changed, inputsHeading, liveCase, shifted, type LiveCase } from "./drivers";
import { SheetDraft } from "./draft";
import { moneyFormat, moneyUnit, PERCENT, PERIODS, sampleMoney, SIGNED_PERCENT, WHOLE_PERCENT } from "./formats";
import { checkRow, colourScale, GRID_COLUMN, GRID_LAST_COLUMN, GRID_ROWS, sensitivityGrid } from "./sensitivity";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

export const SAMPLE_JWO_RATE = 0.1;
export const NOT_WITHIN_HORIZON = "Not within horizon";
/** Steps of the sensitivity grids: discount rate ± 2 points, savings realised 80 % to 120 % of plan. */
export const RATE_STEPS = [-0.02, -0.01, 0, 0.01, 0.02];
export const REALISATION_STEPS = [0.8, 0.9, 1, 1.1, 1.2];

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

const ROW = { rate: 7, years: 10, capex: 11, opex: 12, savings: 13, net: 16, cumulative: 17 };
const NATIVE = { net: 20, cumulative: 21, payback: 22 };
const HEADLINES = 25;
const IRR_ROW = HEADLINES + 4;
const NPV_GRID = IRR_ROW + 2;
const PAYBACK_ROWS = NPV_GRID + GRID_ROWS + 1;
const liveRow = (o: InsertOptions) => (o.sensitivities === false ? NPV_GRID : PAYBACK_ROWS + 6);

/** Cells other sheets read: the inputs, and each headline's GR. figure and native twin. */
export const JWO_CELLS = {
  rate: `$C$${ROW.rate}`,
  npv: `$C$${HEADLINES + 1}`,
  npvNative: `$D$${HEADLINES + 1}`,
  payback: `$C$${HEADLINES + 2}`,
  paybackNative: `$D$${HEADLINES + 2}`,
};

/** capex, opex and savings (times `savingsFactor`, e.g. "(1+$C$50)") as GR. arguments, from `prefix`'s sheet. */
export function jwoFlowArgs(options: InsertOptions, prefix = "", savingsFactor?: string): string {
  const last = VALUE_COLUMN + options.horizon - 1;
  const line = (row: number) => `${prefix}$C$${row}:$${columnLetters(last)}$${row}`;
  const savings = savingsFactor ? `${line(ROW.savings)}*${savingsFactor}` : line(ROW.savings);
  return `${line(ROW.capex)},${line(ROW.opex)},${savings}`;
}

export const jwoNpvFormula = (options: InsertOptions, prefix: string, rate: string, savingsFactor?: string): string =>
  `GR.JWO_NPV(${rate},${jwoFlowArgs(options, prefix, savingsFactor)})`;

export const jwoPaybackFormula = (options: InsertOptions, prefix: string, savingsFactor?: string): string =>
  `IFNA(GR.JWO_PAYBACK(${jwoFlowArgs(options, prefix, savingsFactor)}),"${NOT_WITHIN_HORIZON}")`;

/** The live case's savings factor and discount rate on this sheet (plain inputs when inserted alone). */
const savingsFactor = (live: LiveCase | undefined) => (live?.savingsRealised ? `(1+${live.savingsRealised})` : undefined);
const rateUsed = (live: LiveCase | undefined) => shifted(`$C$${ROW.rate}`, live?.discountRate);

export function buildJwo(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("jwo", "JWO Investment Case", options);
  const periods = options.horizon;
  const lastColumn = VALUE_COLUMN + periods - 1;
  const live = liveCase(draft, sheetRef, liveRow(options), ["savingsRealised", "discountRate"]);
  titleBlock(draft, "JWO Investment Case", "Cashierless-checkout economics: investment and operating cost against rising operational savings.", "periods in years from the start year");
  inputs(draft, periods, live);
  cashFlows(draft, periods, live);
  nativeChecks(draft, periods, live);
  headlines(draft, lastColumn, live);
  if (options.sensitivities !== false) sensitivities(draft, live);
  chart(draft, lastColumn);
  // Wide enough for the bold "Not within horizon" the payback headline shows when it never pays back.
  const widest = options.sensitivities === false ? VALUE_COLUMN + 2 : GRID_LAST_COLUMN;
  standardWidths(draft, Math.max(lastColumn, widest), 80, 105);
  draft.spec.freeze = { rows: ROW.years, columns: 1 };
  draft.spec.tabColor = "#C55A11";
  return draft.build();
}

function inputs(draft: SheetDraft, periods: number, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  section(draft, ROW.rate - 1, inputsHeading("Inputs", live, liveRow(draft.options)), VALUE_COLUMN + periods - 1);
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

function cashFlows(draft: SheetDraft, periods: number, live: LiveCase | undefined): void {
  const last = VALUE_COLUMN + periods - 1;
  const unit = moneyUnit(draft.options);
  section(draft, ROW.net - 1, "Cash flows (GR.JWO_CASHFLOWS)", last);
  draft.put(`A${ROW.net}:B${ROW.cumulative}`, [["Net cash flow", unit], ["Cumulative net cash", unit]], "label");
  const spill = `C${ROW.net}:${cell(last, ROW.cumulative)}`;
  draft.write(`C${ROW.net}`, [[`=GR.JWO_CASHFLOWS(${jwoFlowArgs(draft.options, "", savingsFactor(live))})`]], spill);
  draft.format(spill, { style: "calc", numberFormat: moneyFormat(draft.options) });
}

/** Net and cumulative cash with native formulas, and the period in which payback first happens. */
function nativeChecks(draft: SheetDraft, periods: number, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: periods }, (_, i) => VALUE_COLUMN + i);
  section(draft, NATIVE.net - 1, "Native check", VALUE_COLUMN + periods - 1);
  const net = columns.map((c) => `=${changed(cell(c, ROW.savings), live?.savingsRealised)}-${cell(c, ROW.capex)}-${cell(c, ROW.opex)}`);
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

function headlines(draft: SheetDraft, last: number, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const nativeNet = (from: number) => rowRange(NATIVE.net, from, last);
  section(draft, HEADLINES - 1, "Headline figures", VALUE_COLUMN + 2);
  headlineHeader(draft, HEADLINES);
  headlineRow(draft, HEADLINES + 1, {
    label: "Net present value",
    unit,
    gr: `=${jwoNpvFormula(draft.options, "", rateUsed(live), savingsFactor(live))}`,
    // Period 0 is not discounted; NPV() discounts its first value, so period 0 stays outside.
    native: last === VALUE_COLUMN ? `=C${NATIVE.net}` : `=C${NATIVE.net}+NPV(${rateUsed(live)},${nativeNet(VALUE_COLUMN + 1)})`,
    numberFormat: money,
  });
  const paybackRow = rowRange(NATIVE.payback, VALUE_COLUMN, last);
  headlineRow(draft, HEADLINES + 2, {
    label: "Payback period",
    unit: "years",
    gr: `=${jwoPaybackFormula(draft.options, "", savingsFactor(live))}`,
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
  repairHint(draft, cell(HEADLINE_COLUMNS.check + 1, HEADLINES + 1), `E${HEADLINES + 1}:E${HEADLINES + 3}`);
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

/** NPV by discount rate × savings realised, then payback by savings realised (the grid's rows). */
function sensitivities(draft: SheetDraft, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const realised = (factor: string) => (live?.savingsRealised ? `${factor}*(1+${live.savingsRealised})` : factor);
  sensitivityGrid(draft, {
    top: NPV_GRID,
    title: "Sensitivity: net present value by discount rate and savings realised (GR.JWO_NPV in each cell)",
    rows: {
      title: "Savings realised",
      stepUnit: "× plan",
      steps: REALISATION_STEPS,
      base: 1,
      stepFormat: WHOLE_PERCENT,
      stepRange: { min: 0, max: 5 },
      used: { heading: "Realised", formula: realised, format: WHOLE_PERCENT },
    },
    columns: {
      title: "Discount rate",
      stepUnit: "% points",
      steps: RATE_STEPS,
      base: 0,
      stepFormat: SIGNED_PERCENT,
      stepRange: { min: -0.5, max: 0.5 },
      used: { heading: "discount rate used", formula: (step) => `${rateUsed(live)}+${step}`, format: PERCENT },
    },
    cell: (row, column) => `=${jwoNpvFormula(draft.options, "", column.used, row.used)}`,
    figure: "Net present value",
    unit: moneyUnit(draft.options),
    format: money,
    good: "high",
    headline: { label: "net present value", native: JWO_CELLS.npvNative },
    name: "NpvSensitivity",
  });
  paybackBySavings(draft, NPV_GRID + 3, live);
}

/** Payback for each savings-realised step of the NPV grid (linked, so one set of steps drives both). */
function paybackBySavings(draft: SheetDraft, firstGridRow: number, live: LiveCase | undefined): void {
  const top = PAYBACK_ROWS;
  const [factors, paybacks, marks] = [top + 1, top + 2, top + 3];
  const columns = REALISATION_STEPS.map((_, j) => GRID_COLUMN + j);
  const lastColumn = columns[columns.length - 1];
  section(draft, top, "Sensitivity: payback by savings realised (GR.JWO_PAYBACK in each cell)", lastColumn + 1);
  draft.put(`A${factors}:C${factors}`, [["Savings realised (the grid's steps above)", "× plan", null]], "header");
  draft.put(rowRange(factors, GRID_COLUMN, lastColumn), [columns.map((_, j) => `=$B$${firstGridRow + j}`)], "header", WHOLE_PERCENT);
  draft.format(rowRange(factors, GRID_COLUMN, lastColumn), { horizontalAlignment: "Right" });
  const factor = (c: number) => (live?.savingsRealised ? `${cell(c, factors)}*(1+${live.savingsRealised})` : cell(c, factors));
  const row = rowRange(paybacks, GRID_COLUMN, lastColumn);
  draft.put(`A${paybacks}:C${paybacks}`, [["Payback period", "years", null]], "label");
  draft.put(row, [columns.map((c) => `=${jwoPaybackFormula(draft.options, "", factor(c))}`)], "calc", PERIODS);
  draft.format(row, { horizontalAlignment: "Right" });
  colourScale(draft, row, "low");
  draft.name("PaybackSensitivity", row, "Payback period by savings realised");
  draft.put(rowRange(marks, GRID_COLUMN, lastColumn), [columns.map((c) => `=IF(${cell(c, factors)}=1,"▲ base","")`)], "note");
  draft.format(rowRange(marks, GRID_COLUMN, lastColumn), { horizontalAlignment: "Right" });
  const match = `MATCH(1,${rowRange(factors, GRID_COLUMN, lastColumn)},0)`;
  checkRow(draft, top + 4, { headline: { label: "payback period", native: JWO_CELLS.paybackNative }, unit: "years", format: PERIODS }, `=IF(ISNA(${match}),"No base step",INDEX(${row},1,${match}))`);
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
