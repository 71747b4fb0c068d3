// Template 2, AI R&D Budget Reallocation: the AI R&D budget shifts from mature or underperforming
// programmes to generative AI along a linear or S-shaped path (GR.BUDGET_SHIFT), plus a strategic
// model-partnership investment line; cumulative capital reallocated is the headline.
import { cell, columnLetters, rowRange } from "./a1";
import { fromSpill, HEADLINE_COLUMNS, headlineHeader, headlineRow, labelledRow, repairHint, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { inputsHeading, liveCase, type LiveCase } from "./drivers";
import { SheetDraft } from "./draft";
import { moneyFormat, moneyUnit, PERCENT, sampleMoney } from "./formats";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

/** Illustrative, in millions: budget, growth, GenAI share today and at the end, curve. */
export const SAMPLE_BUDGET = { total: 25000, growth: 0.08, startShare: 0.2, endShare: 0.65, curve: "s" };
/** The source cites a strategic model partnership of up to $4 billion: illustrated as two tranches. */
export const SAMPLE_PARTNERSHIP_MILLIONS = [1250, 2750];

const ROW = { total: 7, growth: 8, startShare: 9, endShare: 10, curve: 11, years: 14, partnership: 15, budget: 16 };
const CALC = { genai: 17, legacy: 18, reallocated: 19, cumulative: 20 };
const NATIVE = { share: 23, genai: 24 };
const HEADLINES = 27;
const LIVE = HEADLINES + 4;
/** In the complete model: the end share after the live case's adoption timing, below the live-case block. */
const END_SHARE_USED = LIVE + 3;

/** Cells other sheets read. */
export const BUDGET_CELLS = { reallocatedNative: `$D$${HEADLINES + 1}` };

/**
 * The end-year share once adoption comes `shift` years later: the planned change in share scaled by
 * (horizon − shift) / horizon, within 0–100 %. A shift of 0 leaves the input unchanged.
 */
export function endShareFormula(options: InsertOptions, prefix: string, shift: string): string {
  const [start, end] = [`${prefix}$C$${ROW.startShare}`, `${prefix}$C$${ROW.endShare}`];
  return `MIN(1,MAX(0,${start}+(${end}-${start})*MAX(0,1-${shift}/${options.horizon})))`;
}

/**
 * Cumulative capital reallocated with native formulas, for the end share `endShare`: the budget
 * times the share above the start share, year by year, as GR.BUDGET_SHIFT shifts it, plus the
 * partnership. `(curve="s")` selects the S-curve without an array IF.
 */
export function reallocatedFormula(options: InsertOptions, prefix: string, endShare: string): string {
  const last = columnLetters(VALUE_COLUMN + options.horizon);
  const line = (row: number) => `${prefix}$C$${row}:$${last}$${row}`;
  const x = `((${line(ROW.years)}-${prefix}$C$${ROW.years})/${options.horizon})`;
  const s = `(${prefix}$C$${ROW.curve}="s")`;
  const path = `(${s}*(3*${x}^2-2*${x}^3)+(1-${s})*${x})`;
  return `(${endShare}-${prefix}$C$${ROW.startShare})*SUMPRODUCT(${line(ROW.budget)},${path})+SUM(${line(ROW.partnership)})`;
}

export function buildBudget(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("budget", "AI R&D Budget Reallocation", options);
  const years = options.horizon + 1;
  const lastColumn = VALUE_COLUMN + years - 1;
  const live = liveCase(draft, sheetRef, LIVE, ["adoptionTiming"]);
  const endShare = live?.adoptionTiming ? endShareUsed(draft, live.adoptionTiming) : `$C$${ROW.endShare}`;
  titleBlock(draft, "AI R&D Budget Reallocation", "The AI R&D budget shifts from mature programmes to generative AI and foundation models.", "shares in % of the AI R&D budget");
  inputs(draft, live);
  budgetByYear(draft, years, endShare);
  nativeChecks(draft, years, endShare);
  headlines(draft, lastColumn);
  chart(draft, years, lastColumn);
  standardWidths(draft, lastColumn);
  draft.spec.freeze = { rows: 4, columns: 1 };
  draft.spec.tabColor = "#2F5597";
  return draft.build();
}

/** The end share the live case's adoption timing gives, in the live-case block. */
function endShareUsed(draft: SheetDraft, shift: string): string {
  const label = `Generative-AI share of the budget, ${draft.options.startYear + draft.options.horizon}, live case`;
  draft.put(`A${END_SHARE_USED}:B${END_SHARE_USED}`, [[label, "%"]], "label");
  draft.put(`C${END_SHARE_USED}`, [[`=${endShareFormula(draft.options, "", shift)}`]], "calc", PERCENT);
  return `$C$${END_SHARE_USED}`;
}

function inputs(draft: SheetDraft, live: LiveCase | undefined): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const share = (message: string) => ({ rule: { kind: "decimal" as const, min: 0, max: 1 }, errorMessage: message });
  section(draft, ROW.total - 1, inputsHeading("Inputs", live, LIVE), VALUE_COLUMN);
  const rows: [number, string, string][] = [
    [ROW.total, `Total AI R&D budget, ${draft.options.startYear}`, unit],
    [ROW.growth, "Growth of the AI R&D budget", "% per year"],
    [ROW.startShare, `Generative-AI share of the budget, ${draft.options.startYear}`, "%"],
    [ROW.endShare, `Generative-AI share of the budget, ${draft.options.startYear + draft.options.horizon}`, "%"],
    [ROW.curve, "Shape of the shift (linear, or s for slow-fast-slow)", "curve"],
  ];
  for (const [row, label, rowUnit] of rows) draft.put(`A${row}:B${row}`, [[label, rowUnit]], "label");
  draft.input(`C${ROW.total}`, [[draft.sampleOr(sampleMoney(SAMPLE_BUDGET.total, draft.options))]], money, {
    rule: { kind: "decimal", min: 0 },
    errorMessage: "The budget must be zero or more.",
  });
  draft.input(`C${ROW.growth}`, [[draft.sampleOr(SAMPLE_BUDGET.growth)]], PERCENT, {
    rule: { kind: "decimal", min: -0.5, max: 1 },
    errorMessage: "Budget growth must be between -50% and 100%.",
  });
  draft.input(`C${ROW.startShare}`, [[draft.sampleOr(SAMPLE_BUDGET.startShare)]], PERCENT, share("The share must be between 0% and 100%."));
  draft.input(`C${ROW.endShare}`, [[draft.sampleOr(SAMPLE_BUDGET.endShare)]], PERCENT, share("The share must be between 0% and 100%."));
  // The curve is a choice rather than an assumption: blank inputs keep the default, linear.
  draft.input(`C${ROW.curve}`, [[draft.sample ? SAMPLE_BUDGET.curve : "linear"]], undefined, {
    rule: { kind: "list", source: ["linear", "s"] },
    errorMessage: "Choose linear or s.",
  });
  draft.format(`C${ROW.curve}`, { horizontalAlignment: "Right" });
  draft.name("RDBudget", `C${ROW.total}`, "AI R&D budget in the start year");
  draft.name("BudgetGrowth", `C${ROW.growth}`);
  draft.name("StartShare", `C${ROW.startShare}`, "Generative-AI share in the start year");
  draft.name("EndShare", `C${ROW.endShare}`, "Generative-AI share at the end of the horizon");
  draft.name("ShiftCurve", `C${ROW.curve}`);
}

function budgetByYear(draft: SheetDraft, years: number, endShare: string): void {
  const last = VALUE_COLUMN + years - 1;
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const columns = Array.from({ length: years }, (_, i) => VALUE_COLUMN + i);
  section(draft, ROW.years - 1, "Budget by year (GR.BUDGET_SHIFT)", last);
  yearHeader(draft, ROW.years, "Year", years);
  const tranches = columns.map((_, i) => draft.sampleOr(sampleMoney(SAMPLE_PARTNERSHIP_MILLIONS[i] ?? 0, draft.options)));
  const partnership = labelledRow(draft, ROW.partnership, "Strategic model-partnership investment", unit, tranches, "input", money);
  draft.spec.validations.push({ address: partnership, rule: { kind: "decimal", min: 0 }, errorMessage: "Investment must be zero or more.", ignoreBlanks: true });
  draft.name("PartnershipInvestment", partnership, "Strategic model-partnership investment per year");
  const budget = columns.map((c) => `=$C$${ROW.total}*(1+$C$${ROW.growth})^(${cell(c, ROW.years)}-$C$${ROW.years})`);
  const budgetRow = labelledRow(draft, ROW.budget, "Total AI R&D budget", unit, budget, "calc", money);
  const shift = `=GR.BUDGET_SHIFT(${budgetRow},$C$${ROW.startShare},${endShare},${draft.options.horizon},$C$${ROW.curve})`;
  draft.put(`A${CALC.genai}:B${CALC.legacy}`, [["Generative AI and foundation models", unit], ["Mature and legacy programmes", unit]], "label");
  draft.write(`C${CALC.genai}`, [[shift]], `C${CALC.genai}:${cell(last, CALC.legacy)}`);
  draft.format(`C${CALC.genai}:${cell(last, CALC.legacy)}`, { style: "calc", numberFormat: money });
  // Reallocated = generative-AI spend above the start-year share, plus the partnership investment.
  const moved = columns.map((c) => `=${cell(c, CALC.genai)}-${cell(c, ROW.budget)}*$C$${ROW.startShare}+${cell(c, ROW.partnership)}`);
  labelledRow(draft, CALC.reallocated, "Capital reallocated in the year", unit, moved, "calc", money);
  const cumulative = columns.map((c) => (c === VALUE_COLUMN ? `=C${CALC.reallocated}` : `=${cell(c - 1, CALC.cumulative)}+${cell(c, CALC.reallocated)}`));
  labelledRow(draft, CALC.cumulative, "Cumulative capital reallocated", unit, cumulative, "total", money);
}

/** The generative-AI share per year with native formulas, as GR.BUDGET_SHIFT defines it. */
function nativeChecks(draft: SheetDraft, years: number, endShare: string): void {
  const last = VALUE_COLUMN + years - 1;
  const columns = Array.from({ length: years }, (_, i) => VALUE_COLUMN + i);
  section(draft, NATIVE.share - 1, "Native check of the shift", last);
  const share = columns.map((c) => {
    const x = `((${cell(c, ROW.years)}-$C$${ROW.years})/${draft.options.horizon})`;
    return `=$C$${ROW.startShare}+(${endShare}-$C$${ROW.startShare})*IF($C$${ROW.curve}="s",3*${x}^2-2*${x}^3,${x})`;
  });
  labelledRow(draft, NATIVE.share, "Generative-AI share of the budget", "%", share, "calc", PERCENT);
  const genai = columns.map((c) => `=${cell(c, ROW.budget)}*${cell(c, NATIVE.share)}`);
  labelledRow(draft, NATIVE.genai, "Generative AI and foundation models", moneyUnit(draft.options), genai, "calc", moneyFormat(draft.options));
}

function headlines(draft: SheetDraft, lastColumn: number): void {
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const end = draft.options.startYear + draft.options.horizon;
  const row = (r: number) => rowRange(r, VALUE_COLUMN, lastColumn);
  section(draft, HEADLINES - 1, "Headline figures", VALUE_COLUMN + 2);
  headlineHeader(draft, HEADLINES);
  headlineRow(draft, HEADLINES + 1, {
    label: `Cumulative capital reallocated to generative AI by ${end}`,
    unit,
    gr: `=${cell(lastColumn, CALC.cumulative)}`,
    native: `=SUMPRODUCT(${row(ROW.budget)},${row(NATIVE.share)}-$C$${ROW.startShare})+SUM(${row(ROW.partnership)})`,
    numberFormat: money,
  });
  headlineRow(draft, HEADLINES + 2, {
    label: `Generative-AI budget in ${end}`,
    unit,
    gr: fromSpill(cell(VALUE_COLUMN, CALC.genai), cell(lastColumn, CALC.genai)),
    native: `=${cell(lastColumn, NATIVE.genai)}`,
    numberFormat: money,
  });
  repairHint(draft, cell(HEADLINE_COLUMNS.check + 1, HEADLINES + 1), `E${HEADLINES + 1}:E${HEADLINES + 2}`);
  draft.name("CapitalReallocated", `C${HEADLINES + 1}`, "Cumulative capital reallocated by the end of the horizon");
}

function chart(draft: SheetDraft, years: number, lastColumn: number): void {
  const last = VALUE_COLUMN + years - 1;
  draft.chart({
    name: "BudgetShiftChart",
    type: "ColumnStacked",
    title: "AI R&D budget by year",
    categories: rowRange(ROW.years, VALUE_COLUMN, last),
    series: [
      { name: "Mature and legacy programmes", values: rowRange(CALC.legacy, VALUE_COLUMN, last) },
      { name: "Generative AI and foundation models", values: rowRange(CALC.genai, VALUE_COLUMN, last) },
      { name: "Strategic model partnership", values: rowRange(ROW.partnership, VALUE_COLUMN, last) },
    ],
    categoryAxisTitle: "Year",
    valueAxisTitle: `Budget (${moneyUnit(draft.options)})`,
    legend: "Bottom",
    position: { from: cell(lastColumn + 2, ROW.total - 1), to: cell(lastColumn + 10, ROW.total + 18) },
  });
}
