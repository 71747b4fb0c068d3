// Template 5, GenAI Operating Savings: savings from generative AI in logistics, customer service and
// corporate functions, each on its own adoption S-curve (GR.GENAI_SAVINGS); total savings per year
// and cumulative savings that compound at a reinvestment return; with the Sensitivities option,
// cumulative savings by adoption midpoint × maximum savings rate.
import { cell, columnLetters, rowRange } from "./a1";
import { HEADLINE_COLUMNS, headlineHeader, headlineRow, labelledRow, repairHint, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { changed, inputsHeading, liveCase, shifted, type LiveCase } from "./drivers";
import { SheetDraft } from "./draft";
import { DECIMAL, moneyFormat, moneyUnit, PERCENT, sampleMoney, SIGNED_DECIMAL, SIGNED_PERCENT } from "./formats";
import { GRID_LAST_COLUMN, GRID_ROWS, sensitivityGrid } from "./sensitivity";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

/** Illustrative: [function, addressable cost per year in millions, max savings rate, midpoint year, steepness]. */
export const SAMPLE_FUNCTIONS: [string, number, number, number, number][] = [
  ["Logistics", 12000, 0.12, 3, 1.2],
  ["Customer service", 4000, 0.3, 2.5, 1.5],
  ["Corporate functions", 6000, 0.15, 3.5, 1],
];
export const SAMPLE_REINVESTMENT = 0.08;
/** Steps of the sensitivity grid: adoption midpoints ± 2 years, maximum savings rates ± 5 points. */
export const MIDPOINT_STEPS = [-2, -1, 0, 1, 2];
export const RATE_STEPS = [-0.05, -0.025, 0, 0.025, 0.05];

const N = SAMPLE_FUNCTIONS.length;
const ROW = { table: 7, first: 8, last: 7 + N, reinvest: 9 + N };
const CURVE = { header: ROW.reinvest + 3, first: ROW.reinvest + 4 };
const TIME = { years: CURVE.first + N + 2, first: CURVE.first + N + 3 };
const TOTAL = { savings: TIME.first + N, cumulative: TIME.first + N + 1 };
const NATIVE = { first: TOTAL.cumulative + 3, total: TOTAL.cumulative + 3 + N };
const HEADLINES = NATIVE.total + 3;
const GRID = HEADLINES + N + 4;
const liveRow = (o: InsertOptions) => (o.sensitivities === false ? GRID : GRID + GRID_ROWS + 1);

/** Cells other sheets read. */
export const GENAI_CELLS = { cumulativeNative: `$D$${HEADLINES + N + 2}` };

/** Function i's maximum savings rate and adoption midpoint used (blank midpoint: the default). */
export const genaiRate = (i: number): string => `$C$${ROW.first + i}`;
export const genaiMidpoint = (i: number): string => `$C$${CURVE.first + i}`;

/**
 * Savings over the horizon compounded at the reinvestment return to the last year, summed over the
 * functions: one GR.GENAI_SAVINGS per function. `rate` and `midpoint` turn function i's cells (with
 * `prefix`) into the values to use, so the scenarios and the grid can change them.
 */
export function cumulativeSavingsFormula(options: InsertOptions, prefix: string, rate: (cell: string) => string, midpoint: (cell: string) => string): string {
  const last = columnLetters(VALUE_COLUMN + options.horizon - 1);
  const years = `${prefix}$C$${TIME.years}:$${last}$${TIME.years}`;
  const growth = `(1+${prefix}$C$${ROW.reinvest})^(${prefix}$${last}$${TIME.years}-${years})`;
  const terms = SAMPLE_FUNCTIONS.map((_, i) => {
    const args = [`${prefix}$B$${ROW.first + i}`, rate(prefix + genaiRate(i)), options.horizon, midpoint(prefix + genaiMidpoint(i)), `${prefix}$D$${CURVE.first + i}`];
    return `SUMPRODUCT(GR.GENAI_SAVINGS(${args.join(",")}),${growth})`;
  });
  return terms.join("+");
}

export function buildGenai(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("genai", "GenAI Operating Savings", options);
  const last = VALUE_COLUMN + options.horizon - 1;
  const live = liveCase(draft, sheetRef, liveRow(options), ["savingsRealised", "adoptionTiming"]);
  titleBlock(draft, "GenAI Operating Savings", "Operating savings as generative AI is adopted in logistics, customer service and corporate functions.", "savings rates in % of addressable cost");
  functionInputs(draft, live);
  curveUsed(draft);
  savingsByYear(draft, last, live);
  nativeChecks(draft, last, live);
  headlines(draft, last);
  if (options.sensitivities !== false) sensitivity(draft, live);
  chart(draft, last);
  standardWidths(draft, Math.max(last, options.sensitivities === false ? 5 : GRID_LAST_COLUMN));
  draft.spec.freeze = { rows: 4, columns: 1 };
  draft.spec.tabColor = "#548235";
  return draft.build();
}

function functionInputs(draft: SheetDraft, live: LiveCase | undefined): void {
  const { options } = draft;
  section(draft, ROW.table - 1, inputsHeading("Inputs: functions adopting generative AI", live, liveRow(options)), 5);
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

/** Function i's rate and midpoint as the live case changes them (the inputs when inserted alone). */
const rateUsed = (live: LiveCase | undefined) => (rate: string) => changed(rate, live?.savingsRealised);
const midpointUsed = (live: LiveCase | undefined) => (midpoint: string) => shifted(midpoint, live?.adoptionTiming);

function savingsByYear(draft: SheetDraft, last: number, live: LiveCase | undefined): void {
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
    const args = [`B${input}`, rateUsed(live)(`C${input}`), horizon, midpointUsed(live)(`C${curve}`), `D${curve}`];
    draft.write(`C${row}`, [[`=GR.GENAI_SAVINGS(${args.join(",")})`]], rowRange(row, VALUE_COLUMN, last));
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
function nativeChecks(draft: SheetDraft, last: number, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: draft.options.horizon }, (_, i) => VALUE_COLUMN + i);
  section(draft, NATIVE.first - 1, "Native check of the S-curves", last);
  SAMPLE_FUNCTIONS.forEach((_, i) => {
    const input = ROW.first + i;
    const curve = CURVE.first + i;
    const t = (c: number) => `(${cell(c, TIME.years)}-$C$${TIME.years}+1)`;
    const [rate, midpoint] = [rateUsed(live)(`$C$${input}`), midpointUsed(live)(`$C$${curve}`)];
    const savings = columns.map((c) => `=$B$${input}*${rate}/(1+EXP(-$D$${curve}*(${t(c)}-${midpoint})))`);
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
  repairHint(draft, cell(HEADLINE_COLUMNS.check + 1, HEADLINES + 1), `E${HEADLINES + 1}:E${total + 1}`);
  draft.name("TotalSavingsOverHorizon", `C${total}`);
  draft.name("CumulativeSavings", `C${total + 1}`);
}

/** Cumulative savings by adoption midpoint shift (rows) × maximum savings rate shift (columns). */
function sensitivity(draft: SheetDraft, live: LiveCase | undefined): void {
  const functions = SAMPLE_FUNCTIONS.map((_, i) => i);
  // A savings rate stays within 0–100 %, the range GR.GENAI_SAVINGS accepts.
  const rate = (shift: string) => (cell: string) => `MIN(1,MAX(0,${rateUsed(live)(cell)}+${shift}))`;
  const midpoint = (shift: string) => (cell: string) => `${midpointUsed(live)(cell)}+${shift}`;
  const average = (terms: string[]) => `(${terms.join("+")})/${terms.length}`;
  sensitivityGrid(draft, {
    top: GRID,
    title: "Sensitivity: cumulative savings by adoption midpoint and maximum savings rate (GR.GENAI_SAVINGS in each cell)",
    rows: {
      title: "Adoption midpoints, shift",
      stepUnit: "years",
      steps: MIDPOINT_STEPS,
      base: 0,
      stepFormat: SIGNED_DECIMAL,
      stepRange: { min: -20, max: 20 },
      used: { heading: "Avg. midpoint", formula: (step) => average(functions.map((i) => midpoint(step)(genaiMidpoint(i)))), format: DECIMAL },
    },
    columns: {
      title: "Maximum savings rates, shift",
      stepUnit: "% points",
      steps: RATE_STEPS,
      base: 0,
      stepFormat: SIGNED_PERCENT,
      stepRange: { min: -1, max: 1 },
      used: { heading: "average maximum savings rate", formula: (step) => average(functions.map((i) => rate(step)(genaiRate(i)))), format: PERCENT },
    },
    cell: (row, column) => "=" + cumulativeSavingsFormula(draft.options, "", rate(column.step), midpoint(row.step)),
    figure: "Cumulative savings with reinvestment",
    unit: moneyUnit(draft.options),
    format: moneyFormat(draft.options),
    good: "high",
    headline: { label: "cumulative savings", native: GENAI_CELLS.cumulativeNative },
    name: "CumulativeSavingsSensitivity",
  });
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
