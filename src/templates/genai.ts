// Template 5, GenAI Operating Savings: savings from generative AI in logistics, customer service and
// corporate functions, each on its own adoption S-curve (GR.GENAI_SAVINGS); total savings per year
// and cumulative savings that compound at a reinvestment return.
import { cell, rowRange } from "./a1";
import { headlineHeader, headlineRow, labelledRow, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { SheetDraft } from "./draft";
import { DECIMAL, moneyFormat, moneyUnit, PERCENT, sampleMoney } from "./formats";
import type { InsertOptions, SheetSpec } from "./types";

/** Illustrative: [function, addressable cost per year in millions, max savings rate, midpoint year, steepness]. */
export const SAMPLE_FUNCTIONS: [string, number, number, number, number][] = [
  ["Logistics", 12000, 0.12, 3, 1.2],
  ["Customer service", 4000, 0.3, 2.5, 1.5],
  ["Corporate functions", 6000, 0.15, 3.5, 1],
];
export const SAMPLE_REINVESTMENT = 0.08;

const N = SAMPLE_FUNCTIONS.length;
const ROW = { table: 7, first: 8, last: 7 + N, reinvest: 9 + N };
const CURVE = { header: ROW.reinvest + 3, first: ROW.reinvest + 4 };
const TIME = { years: CURVE.first + N + 2, first: CURVE.first + N + 3 };
const TOTAL = { savings: TIME.first + N, cumulative: TIME.first + N + 1 };
const NATIVE = { first: TOTAL.cumulative + 3, total: TOTAL.cumulative + 3 + N };
const HEADLINES = NATIVE.total + 3;

export function buildGenai(options: InsertOptions): SheetSpec {
  const draft = new SheetDraft("genai", "GenAI Operating Savings", options);
  const last = VALUE_COLUMN + options.horizon - 1;
  titleBlock(draft, "GenAI Operating Savings", "Operating savings as generative AI is adopted in logistics, customer service and corporate functions.", "savings rates in % of addressable cost");
  functionInputs(draft);
  curveUsed(draft);
  savingsByYear(draft, last);
  nativeChecks(draft, last);
  headlines(draft, last);
  chart(draft, last);
  standardWidths(draft, Math.max(last, 5));
  draft.spec.freeze = { rows: 4, columns: 1 };
  draft.spec.tabColor = "#548235";
  return draft.build();
}

function functionInputs(draft: SheetDraft): void {
  const { options } = draft;
  section(draft, ROW.table - 1, "Inputs: functions adopting generative AI", 5);
  const header = [["Function", "Addressable cost per year", "Maximum savings rate", "Adoption midpoint (year)", "Steepness"]];
  draft.put(`A${ROW.table}:E${ROW.table}`, header, "header");
  draft.format(`A${ROW.table}:E${ROW.table}`, { wrapText: true });
  draft.format(`B${ROW.table}:E${ROW.table}`, { horizontalAlignment: "Right" }); // over the numbers
  const column = (i: number) => SAMPLE_FUNCTIONS.map((f) => [draft.sampleOr(f[i])]);
  draft.put(`A${ROW.first}:A${ROW.last}`, SAMPLE_FUNCTIONS.map((f) => [f[0]]), "input");
  const costs = SAMPLE_FUNCTIONS.map((f) => [draft.sampleOr(sampleMoney(f[1], options))]);
  draft.input(`B${ROW.first}:B${ROW.last}`, costs, moneyFormat(options), { rule: { kind: "decimal", min: 0 }, errorMessage: "Cost must be zero or more." });
  draft.input(`C${ROW.first}:C${ROW.last}`, column(2), PERCENT, { rule: { kind: "decimal", min: 0, max: 1 }, errorMessage: "The savings rate must be between 0% and 100%." });
  draft.input(`D${ROW.first}:D${ROW.last}`, column(3), DECIMAL, {
    rule: { kind: "decimal", min: 0, max: 100 },
    errorMessage: "The midpoint is a year of the horizon (1 = first year), between 0 and 100.",
    prompt: "Year in which adoption reaches half its potential; blank takes the middle of the horizon.",
  });
  draft.input(`E${ROW.first}:E${ROW.last}`, column(4), DECIMAL, {
    rule: { kind: "decimal", min: 0.01, max: 10 },
    errorMessage: "Steepness must be between 0.01 and 10.",
    prompt: "How fast adoption rises around the midpoint; blank takes 1.",
  });
  draft.table({ name: "GenAIFunctions", address: `A${ROW.table}:E${ROW.last}`, style: "TableStyleLight9" });
  draft.put(`A${ROW.reinvest}:B${ROW.reinvest}`, [["Return on reinvested savings", "% per year"]], "label");
  draft.input(`C${ROW.reinvest}`, [[draft.sampleOr(SAMPLE_REINVESTMENT)]], PERCENT, {
    rule: { kind: "decimal", min: 0, max: 1 },
    errorMessage: "The return must be between 0% and 100%.",
  });
  draft.name("AddressableCost", `B${ROW.first}:B${ROW.last}`);
  draft.name("MaxSavingsRate", `C${ROW.first}:C${ROW.last}`);
  draft.name("ReinvestmentReturn", `C${ROW.reinvest}`);
}

/** Blank midpoint or steepness take GR.GENAI_SAVINGS's defaults, stated here rather than implied. */
function curveUsed(draft: SheetDraft): void {
  const midpointDefault = (draft.options.horizon + 1) / 2;
  section(draft, CURVE.header - 1, "S-curve used (blank midpoint or steepness takes the default)", 4);
  draft.put(`A${CURVE.header}:D${CURVE.header}`, [["Function", "Unit", "Midpoint", "Steepness"]], "header");
  draft.format(`C${CURVE.header}:D${CURVE.header}`, { horizontalAlignment: "Right" });
  SAMPLE_FUNCTIONS.forEach((_, i) => {
    const input = ROW.first + i;
    const row = CURVE.first + i;
    draft.put(`A${row}:B${row}`, [[`=A${input}&""`, "year"]], "label");
    draft.put(`C${row}:D${row}`, [[`=IF(D${input}="",${midpointDefault},D${input})`, `=IF(E${input}="",1,E${input})`]], "calc", DECIMAL);
  });
}

function savingsByYear(draft: SheetDraft, last: number): void {
  const { horizon } = draft.options;
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: horizon }, (_, i) => VALUE_COLUMN + i);
  section(draft, TIME.years - 1, "Savings by year (GR.GENAI_SAVINGS)", last);
  yearHeader(draft, TIME.years, "Year", horizon);
  SAMPLE_FUNCTIONS.forEach((_, i) => {
    const row = TIME.first + i;
    const input = ROW.first + i;
    const curve = CURVE.first + i;
    draft.put(`A${row}:B${row}`, [[`=A${input}&""`, unit]], "label");
    draft.write(`C${row}`, [[`=GR.GENAI_SAVINGS(B${input},C${input},${horizon},C${curve},D${curve})`]], rowRange(row, VALUE_COLUMN, last));
    draft.format(rowRange(row, VALUE_COLUMN, last), { style: "calc", numberFormat: money });
  });
  const total = columns.map((c) => `=SUM(${cell(c, TIME.first)}:${cell(c, TIME.first + N - 1)})`);
  labelledRow(draft, TOTAL.savings, "Total operating savings", unit, total, "total", money);
  // Savings reinvested each year earn the return from the following year on.
  const cumulative = columns.map((c) => (c === VALUE_COLUMN ? `=C${TOTAL.savings}` : `=${cell(c - 1, TOTAL.cumulative)}*(1+$C$${ROW.reinvest})+${cell(c, TOTAL.savings)}`));
  labelledRow(draft, TOTAL.cumulative, "Cumulative savings, compounding", unit, cumulative, "total", money);
  draft.name("TotalSavings", rowRange(TOTAL.savings, VALUE_COLUMN, last));
}

/** The S-curve with native formulas: t = 1 in the start year. */
function nativeChecks(draft: SheetDraft, last: number): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: draft.options.horizon }, (_, i) => VALUE_COLUMN + i);
  section(draft, NATIVE.first - 1, "Native check of the S-curves", last);
  SAMPLE_FUNCTIONS.forEach((_, i) => {
    const input = ROW.first + i;
    const curve = CURVE.first + i;
    const t = (c: number) => `(${cell(c, TIME.years)}-$C$${TIME.years}+1)`;
    const savings = columns.map((c) => `=$B$${input}*$C$${input}/(1+EXP(-$D$${curve}*(${t(c)}-$C$${curve})))`);
    labelledRow(draft, NATIVE.first + i, `=A${input}&""`, unit, savings, "calc", money);
  });
  const total = columns.map((c) => `=SUM(${cell(c, NATIVE.first)}:${cell(c, NATIVE.first + N - 1)})`);
  labelledRow(draft, NATIVE.total, "Total operating savings", unit, total, "total", money);
}

function headlines(draft: SheetDraft, last: number): void {
  const { startYear, horizon } = draft.options;
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const period = `${startYear}–${startYear + horizon - 1}`;
  const row = (r: number) => rowRange(r, VALUE_COLUMN, last);
  section(draft, HEADLINES - 1, "Headline figures", VALUE_COLUMN + 2);
  headlineHeader(draft, HEADLINES);
  SAMPLE_FUNCTIONS.forEach((f, i) => {
    headlineRow(draft, HEADLINES + 1 + i, {
      label: `${f[0]} savings, ${period}`,
      labelFormula: `=A${ROW.first + i}&" savings, ${period}"`,
      unit,
      gr: `=SUM(${row(TIME.first + i)})`,
      native: `=SUM(${row(NATIVE.first + i)})`,
      numberFormat: money,
    });
  });
  const total = HEADLINES + 1 + N;
  headlineRow(draft, total, { label: `Total operating savings, ${period}`, unit, gr: `=SUM(${row(TOTAL.savings)})`, native: `=SUM(${row(NATIVE.total)})`, numberFormat: money });
  headlineRow(draft, total + 1, {
    label: `Cumulative savings with reinvestment, by ${startYear + horizon - 1}`,
    unit,
    gr: `=${cell(last, TOTAL.cumulative)}`,
    // Each year's savings compound from the following year to the last year of the horizon.
    native: `=SUMPRODUCT(${row(NATIVE.total)},(1+$C$${ROW.reinvest})^(${cell(last, TIME.years)}-${row(TIME.years)}))`,
    numberFormat: money,
  });
  draft.name("TotalSavingsOverHorizon", `C${total}`);
  draft.name("CumulativeSavings", `C${total + 1}`);
}

function chart(draft: SheetDraft, last: number): void {
  const right = Math.max(last, 5);
  draft.chart({
    name: "GenAISavingsChart",
    type: "AreaStacked",
    title: "Generative-AI operating savings by function",
    categories: rowRange(TIME.years, VALUE_COLUMN, last),
    series: SAMPLE_FUNCTIONS.map((f, i) => ({ name: f[0], values: rowRange(TIME.first + i, VALUE_COLUMN, last) })),
    categoryAxisTitle: "Year",
    valueAxisTitle: `Savings per year (${moneyUnit(draft.options)})`,
    legend: "Bottom",
    position: { from: cell(right + 2, ROW.table - 1), to: cell(right + 10, ROW.table + 18) },
  });
}
