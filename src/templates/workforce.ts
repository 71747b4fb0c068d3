// Template 1, Workforce Realignment: operational-AI role families shrink, generative-AI families
// grow; the sheet projects headcount (GR.WORKFORCE_PLAN), cost, roles exited and added, and the
// money the exits free for reallocation (GR.REALLOC_SAVINGS); with the Sensitivities option, savings
// freed by severance months × cost growth.
import { cell, columnRange, range, rowRange } from "./a1";
import { fromSpill, HEADLINE_COLUMNS, headlineHeader, headlineRow, labelledRow, repairHint, section, standardWidths, titleBlock, VALUE_COLUMN, yearHeader } from "./blocks";
import { inputsHeading, liveCase, shifted, type LiveCase } from "./drivers";
import { SheetDraft } from "./draft";
import { COUNT, moneyFormat, moneyUnit, PERCENT, perPersonMoneyFormat, PERIODS, SIGNED_DECIMAL, SIGNED_PERCENT, toScale } from "./formats";
import { GRID_LAST_COLUMN, GRID_ROWS, sensitivityGrid } from "./sensitivity";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

export const OPERATIONAL = "Operational AI";
export const GENERATIVE = "Generative AI";

/** Illustrative role families: [family, group, headcount today, annual change, loaded cost per role]. */
export const SAMPLE_FAMILIES: [string, string, number, number, number][] = [
  ["Cashierless checkout / retail vision", OPERATIONAL, 1200, -0.3, 210000],
  ["Robotics for physical tasks", OPERATIONAL, 2000, -0.2, 190000],
  ["Legacy voice assistant", OPERATIONAL, 1500, -0.35, 200000],
  ["Physical-store tech (cloud unit)", OPERATIONAL, 800, -0.25, 185000],
  ["LLM engineering", GENERATIVE, 900, 0.25, 320000],
  ["ML science", GENERATIVE, 600, 0.2, 340000],
  ["AI infrastructure", GENERATIVE, 1100, 0.15, 260000],
  ["GenAI products", GENERATIVE, 700, 0.3, 240000],
];
export const SAMPLE_SEVERANCE_MONTHS = 6;
export const SAMPLE_COST_GROWTH = 0.03;
export const SAMPLE_DISCOUNT_RATE = 0.1;
/** Steps of the sensitivity grid: severance ± 6 months, cost growth ± 2 points. */
export const SEVERANCE_STEPS = [-6, -3, 0, 3, 6];
export const COST_GROWTH_STEPS = [-0.02, -0.01, 0, 0.01, 0.02];

const FAMILIES = SAMPLE_FAMILIES.length;
/** Fixed rows; everything after the projection depends only on the number of families. */
const ROW = { table: 7, firstFamily: 8, severance: 17, costGrowth: 18, discount: 19, years: 22, firstPlan: 23 };
const LAST_FAMILY = ROW.firstFamily + FAMILIES - 1;
const LAST_PLAN = ROW.firstPlan + FAMILIES - 1;
const TOTALS = { operational: LAST_PLAN + 1, generative: LAST_PLAN + 2, total: LAST_PLAN + 3 };
const FLOWS = { exited: TOTALS.total + 3, added: TOTALS.total + 4, net: TOTALS.total + 5 };
const COSTS = { operational: FLOWS.net + 1, generative: FLOWS.net + 2, total: FLOWS.net + 3 };
const EXITS = { header: COSTS.total + 3, first: COSTS.total + 4 };
const SAVINGS = {
  totalExits: EXITS.first + FAMILIES,
  annualCost: EXITS.first + FAMILIES + 1,
  years: EXITS.first + FAMILIES + 2,
  avoided: EXITS.first + FAMILIES + 3,
  severance: EXITS.first + FAMILIES + 4,
};
const HEADLINES = SAVINGS.severance + 3;
const GRID = HEADLINES + 5;
const liveRow = (o: InsertOptions) => (o.sensitivities === false ? GRID : GRID + GRID_ROWS + 1);

const familyRange = (column: string): string => `${column}${ROW.firstFamily}:${column}${LAST_FAMILY}`;
/** The same, absolute: for formulas that are copied or read from another sheet. */
const familyRef = (column: string): string => `$${column}$${ROW.firstFamily}:$${column}$${LAST_FAMILY}`;
const exitsRange = columnRange(VALUE_COLUMN, EXITS.first, EXITS.first + FAMILIES - 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** Cells other sheets read: the inputs the scenarios adjust, and the headlines' native twins. */
export const WORKFORCE_CELLS = {
  severance: `$C$${ROW.severance}`,
  costGrowth: `$C$${ROW.costGrowth}`,
  discount: `$C$${ROW.discount}`,
  savingsNative: `$D$${HEADLINES + 1}`,
  headcountNative: `$D$${HEADLINES + 2}`,
};

/** Annual change per family with the hiring pace applied to the families that grow. */
function changeUsed(pace: string | undefined, prefix = ""): string {
  const change = `${prefix}${familyRef("D")}`;
  return pace ? `${change}*(1+(${change}>0)*${pace})` : change;
}

/** GR.REALLOC_SAVINGS of the roles the plan exits, in the chosen scale, from `prefix`'s sheet. */
export function savingsFreedFormula(options: InsertOptions, prefix: string, severance: string, growth: string, discount: string): string {
  return toScale(`GR.REALLOC_SAVINGS(${prefix}${exitsRange},${prefix}${familyRef("E")},${severance},${options.horizon},${growth},${discount})`, options);
}

/** Headcount in the end year with native formulas, the hiring pace changed by `pace` (a cell or formula). */
export function endHeadcountFormula(options: InsertOptions, prefix: string, pace?: string): string {
  return `SUMPRODUCT(${prefix}${familyRef("C")},(1+${changeUsed(pace, prefix)})^${options.horizon})`;
}

const growthUsed = (live: LiveCase | undefined) => shifted(`$C$${ROW.costGrowth}`, live?.costGrowth);
const discountUsed = (live: LiveCase | undefined) => shifted(`$C$${ROW.discount}`, live?.discountRate);

export function buildWorkforce(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("workforce", "Workforce Realignment", options);
  const years = options.horizon + 1;
  const lastColumn = VALUE_COLUMN + options.horizon;
  const live = liveCase(draft, sheetRef, liveRow(options), ["costGrowth", "discountRate", "hiringPace"]);
  titleBlock(draft, "Workforce Realignment", "Headcount moves from operational-AI to generative-AI role families: cost, exits, hires and the savings freed.", "headcount in people; loaded cost per role in whole currency units");
  familyInputs(draft, live);
  otherInputs(draft);
  projection(draft, years, live);
  rolesAndCost(draft, years);
  savingsFreed(draft, years, live);
  headlines(draft, live);
  if (options.sensitivities !== false) sensitivity(draft, live);
  chart(draft, years, Math.max(lastColumn, 5));
  const widest = options.sensitivities === false ? 5 : GRID_LAST_COLUMN;
  standardWidths(draft, Math.max(lastColumn, widest), 95);
  draft.spec.freeze = { rows: 4, columns: 1 };
  draft.spec.tabColor = "#2F5597";
  return draft.build();
}

function familyInputs(draft: SheetDraft, live: LiveCase | undefined): void {
  section(draft, ROW.table - 1, inputsHeading("Inputs: role families", live, liveRow(draft.options)), 5);
  const header = [["Role family", "AI group", "Headcount today", "Annual change", "Loaded cost per role"]];
  draft.put(`A${ROW.table}:E${ROW.table}`, header, "header");
  draft.format(`A${ROW.table}:E${ROW.table}`, { wrapText: true });
  draft.format(`C${ROW.table}:E${ROW.table}`, { horizontalAlignment: "Right" }); // over the numbers
  // Family names and groups are labels, kept with blank inputs so the layout still reads.
  draft.put(familyRange("A"), SAMPLE_FAMILIES.map((f) => [f[0]]), "input");
  draft.input(familyRange("B"), SAMPLE_FAMILIES.map((f) => [f[1]]), undefined, {
    rule: { kind: "list", source: [OPERATIONAL, GENERATIVE] },
    errorMessage: `Choose ${OPERATIONAL} or ${GENERATIVE}.`,
  });
  draft.input(familyRange("C"), SAMPLE_FAMILIES.map((f) => [draft.sampleOr(f[2])]), COUNT, {
    rule: { kind: "decimal", min: 0 },
    errorMessage: "Headcount must be zero or more.",
  });
  draft.input(familyRange("D"), SAMPLE_FAMILIES.map((f) => [draft.sampleOr(f[3])]), PERCENT, {
    rule: { kind: "decimal", min: -1, max: 5 },
    errorMessage: "Annual change must be between -100% and 500%.",
    prompt: "Yearly change in headcount, e.g. -25% or 40%.",
  });
  draft.input(familyRange("E"), SAMPLE_FAMILIES.map((f) => [draft.sampleOr(f[4])]), perPersonMoneyFormat(draft.options), {
    rule: { kind: "decimal", min: 0 },
    errorMessage: "Loaded cost must be zero or more.",
  });
  draft.table({ name: "WorkforceRoleFamilies", address: `A${ROW.table}:E${LAST_FAMILY}`, style: "TableStyleLight9" });
  draft.name("Headcount", familyRange("C"), "Headcount today per role family");
  draft.name("AnnualChange", familyRange("D"), "Yearly headcount change per role family");
  draft.name("LoadedCost", familyRange("E"), "Fully loaded annual cost per role (whole currency units)");
}

function otherInputs(draft: SheetDraft): void {
  const rate = (min: number, message: string) => ({ rule: { kind: "decimal" as const, min, max: 1 }, errorMessage: message });
  draft.put(`A${ROW.severance}:B${ROW.severance}`, [["Severance per exited role", "months"]], "label");
  draft.input(`C${ROW.severance}`, [[draft.sampleOr(SAMPLE_SEVERANCE_MONTHS)]], PERIODS, {
    rule: { kind: "decimal", min: 0, max: 36 },
    errorMessage: "Severance must be between 0 and 36 months.",
  });
  draft.put(`A${ROW.costGrowth}:B${ROW.costGrowth}`, [["Growth of loaded cost", "% per year"]], "label");
  draft.input(`C${ROW.costGrowth}`, [[draft.sampleOr(SAMPLE_COST_GROWTH)]], PERCENT, rate(-0.5, "Cost growth must be between -50% and 100%."));
  draft.put(`A${ROW.discount}:B${ROW.discount}`, [["Discount rate", "% per year"]], "label");
  draft.input(`C${ROW.discount}`, [[draft.sampleOr(SAMPLE_DISCOUNT_RATE)]], PERCENT, rate(0, "Discount rate must be between 0% and 100%."));
  draft.name("SeveranceMonths", `C${ROW.severance}`);
  draft.name("CostGrowth", `C${ROW.costGrowth}`);
  draft.name("DiscountRate", `C${ROW.discount}`);
}

function projection(draft: SheetDraft, years: number, live: LiveCase | undefined): void {
  const last = VALUE_COLUMN + years - 1;
  section(draft, ROW.years - 1, "Headcount projection (GR.WORKFORCE_PLAN)", last);
  yearHeader(draft, ROW.years, "Role family", years, "AI group");
  const links = SAMPLE_FAMILIES.map((_, i) => [`=A${ROW.firstFamily + i}&""`, `=B${ROW.firstFamily + i}&""`]);
  draft.put(`A${ROW.firstPlan}:B${LAST_PLAN}`, links, "label");
  const spill = range(VALUE_COLUMN, ROW.firstPlan, last, LAST_PLAN);
  const plan = `=GR.WORKFORCE_PLAN(${familyRef("C")},${changeUsed(live?.hiringPace)},${draft.options.horizon})`;
  draft.write(cell(VALUE_COLUMN, ROW.firstPlan), [[plan]], spill);
  draft.format(spill, { style: "calc", numberFormat: COUNT });
  const byGroup = (group: string) => (column: number) =>
    `=SUMIF($B$${ROW.firstPlan}:$B$${LAST_PLAN},"${group}",${columnRange(column, ROW.firstPlan, LAST_PLAN)})`;
  const columns = Array.from({ length: years }, (_, i) => VALUE_COLUMN + i);
  labelledRow(draft, TOTALS.operational, `${OPERATIONAL} headcount`, "people", columns.map(byGroup(OPERATIONAL)), "calc", COUNT);
  labelledRow(draft, TOTALS.generative, `${GENERATIVE} headcount`, "people", columns.map(byGroup(GENERATIVE)), "calc", COUNT);
  const total = columns.map((c) => `=${cell(c, TOTALS.operational)}+${cell(c, TOTALS.generative)}`);
  labelledRow(draft, TOTALS.total, "Total headcount", "people", total, "total", COUNT);
}

/** Per year: roles exited and added (family by family), net change, and cost by AI group. */
function rolesAndCost(draft: SheetDraft, years: number): void {
  const last = VALUE_COLUMN + years - 1;
  section(draft, FLOWS.exited - 1, "Roles and cost per year", last);
  const columns = Array.from({ length: years }, (_, i) => VALUE_COLUMN + i);
  const plan = (c: number) => columnRange(c, ROW.firstPlan, LAST_PLAN);
  // A family's drop (or rise) from one year to the next; summed over families.
  const decrease = (from: string, to: string) => `=SUMPRODUCT((${from}>${to})*(${from}-${to}))`;
  const exited = columns.map((c) => (c === VALUE_COLUMN ? null : decrease(plan(c - 1), plan(c))));
  const added = columns.map((c) => (c === VALUE_COLUMN ? null : decrease(plan(c), plan(c - 1))));
  labelledRow(draft, FLOWS.exited, "Roles exited", "people", exited, "calc", COUNT);
  labelledRow(draft, FLOWS.added, "Roles added", "people", added, "calc", COUNT);
  const net = columns.map((c) => (c === VALUE_COLUMN ? null : `=${cell(c, FLOWS.added)}-${cell(c, FLOWS.exited)}`));
  labelledRow(draft, FLOWS.net, "Net change in roles", "people", net, "total", COUNT);
  const groupCost = (group: string) => (c: number) =>
    "=" + toScale(`SUMPRODUCT(($B$${ROW.firstPlan}:$B$${LAST_PLAN}="${group}")*${plan(c)}*$E$${ROW.firstFamily}:$E$${LAST_FAMILY})`, draft.options);
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  labelledRow(draft, COSTS.operational, `${OPERATIONAL} workforce cost`, unit, columns.map(groupCost(OPERATIONAL)), "calc", money);
  labelledRow(draft, COSTS.generative, `${GENERATIVE} workforce cost`, unit, columns.map(groupCost(GENERATIVE)), "calc", money);
  const total = columns.map((c) => `=${cell(c, COSTS.operational)}+${cell(c, COSTS.generative)}`);
  labelledRow(draft, COSTS.total, "Total workforce cost", unit, total, "total", money);
}

/** Roles exited by the end of the plan, family by family, and the avoided cost they free. */
function savingsFreed(draft: SheetDraft, years: number, live: LiveCase | undefined): void {
  const endColumn = VALUE_COLUMN + years - 1;
  const end = draft.options.startYear + draft.options.horizon;
  section(draft, EXITS.header - 1, "Savings freed by exited roles (GR.REALLOC_SAVINGS)", endColumn);
  draft.put(`A${EXITS.header}:C${EXITS.header}`, [["Role family", "Unit", `Roles exited by ${end}`]], "header");
  draft.format(`C${EXITS.header}`, { wrapText: true, horizontalAlignment: "Right" });
  const lastExit = EXITS.first + FAMILIES - 1;
  const rows = SAMPLE_FAMILIES.map((_, i) => i);
  draft.put(`A${EXITS.first}:B${lastExit}`, rows.map((i) => [`=A${ROW.firstFamily + i}&""`, "people"]), "label");
  // Computed from the inputs, not from the projection, so the native check stands without the add-in.
  const horizon = draft.options.horizon;
  const exits = rows.map((i) => [`=MAX(0,C${ROW.firstFamily + i}-C${ROW.firstFamily + i}*(1+D${ROW.firstFamily + i})^${horizon})`]);
  draft.put(columnRange(VALUE_COLUMN, EXITS.first, lastExit), exits, "calc", COUNT);
  labelledRow(draft, SAVINGS.totalExits, "Total roles exited", "people", [`=SUM(C${EXITS.first}:C${lastExit})`], "total", COUNT);
  const money = moneyFormat(draft.options);
  const unit = moneyUnit(draft.options);
  const annual = "=" + toScale(`SUMPRODUCT(C${EXITS.first}:C${lastExit},${familyRange("E")})`, draft.options);
  labelledRow(draft, SAVINGS.annualCost, "Annual cost of exited roles (today's cost)", unit, [annual], "calc", money);
  // Year t of the horizon avoids the cost grown t-1 times; the start-year column is the base year.
  yearHeader(draft, SAVINGS.years, "Year", years);
  const avoided = Array.from({ length: years }, (_, i) =>
    i === 0 ? null : `=$C$${SAVINGS.annualCost}*(1+${growthUsed(live)})^(${cell(VALUE_COLUMN + i, SAVINGS.years)}-$C$${SAVINGS.years}-1)`,
  );
  labelledRow(draft, SAVINGS.avoided, "Avoided cost of exited roles", unit, avoided, "calc", money);
  const severance = `=C${SAVINGS.annualCost}*$C$${ROW.severance}/12`;
  labelledRow(draft, SAVINGS.severance, "Severance paid once (start year)", unit, [severance], "calc", money);
}

function headlines(draft: SheetDraft, live: LiveCase | undefined): void {
  const { horizon, startYear } = draft.options;
  const endColumn = VALUE_COLUMN + horizon;
  const money = moneyFormat(draft.options);
  section(draft, HEADLINES - 1, "Headline figures", VALUE_COLUMN + 2);
  headlineHeader(draft, HEADLINES);
  headlineRow(draft, HEADLINES + 1, {
    label: "Savings freed for reallocation (PV, net of severance)",
    unit: moneyUnit(draft.options),
    gr: "=" + savingsFreedFormula(draft.options, "", `$C$${ROW.severance}`, growthUsed(live), discountUsed(live)),
    native: `=NPV(${discountUsed(live)},${rowRange(SAVINGS.avoided, VALUE_COLUMN + 1, endColumn)})-C${SAVINGS.severance}`,
    numberFormat: money,
  });
  headlineRow(draft, HEADLINES + 2, {
    label: `Total headcount in ${startYear + horizon}`,
    unit: "people",
    gr: fromSpill(cell(VALUE_COLUMN, ROW.firstPlan), `SUM(${columnRange(endColumn, ROW.firstPlan, LAST_PLAN)})`),
    native: "=" + endHeadcountFormula(draft.options, "", live?.hiringPace),
    numberFormat: COUNT,
  });
  headlineRow(draft, HEADLINES + 3, {
    label: `Net change in roles, ${startYear}–${startYear + horizon}`,
    unit: "people",
    gr: `=${cell(endColumn, TOTALS.total)}-C${TOTALS.total}`,
    native: `=D${HEADLINES + 2}-SUM(${familyRange("C")})`,
    numberFormat: COUNT,
  });
  repairHint(draft, cell(HEADLINE_COLUMNS.check + 1, HEADLINES + 1), `E${HEADLINES + 1}:E${HEADLINES + 3}`);
  draft.name("SavingsFreed", `C${HEADLINES + 1}`, "Present value of savings freed, net of severance");
}

/** Savings freed by severance months (rows) × growth of loaded cost (columns). */
function sensitivity(draft: SheetDraft, live: LiveCase | undefined): void {
  sensitivityGrid(draft, {
    top: GRID,
    title: "Sensitivity: savings freed by severance and cost growth (GR.REALLOC_SAVINGS in each cell)",
    rows: {
      title: "Severance per exited role",
      stepUnit: "months",
      steps: SEVERANCE_STEPS,
      base: 0,
      stepFormat: SIGNED_DECIMAL,
      stepRange: { min: -36, max: 36 },
      // Severance cannot be negative: a step below the input's value stops at none.
      used: { heading: "Months", formula: (step) => `MAX(0,$C$${ROW.severance}+${step})`, format: PERIODS },
    },
    columns: {
      title: "Growth of loaded cost",
      stepUnit: "% points",
      steps: COST_GROWTH_STEPS,
      base: 0,
      stepFormat: SIGNED_PERCENT,
      stepRange: { min: -0.5, max: 0.5 },
      used: { heading: "cost growth used", formula: (step) => `${growthUsed(live)}+${step}`, format: PERCENT },
    },
    cell: (row, column) => "=" + savingsFreedFormula(draft.options, "", row.used, column.used, discountUsed(live)),
    figure: "Savings freed",
    unit: moneyUnit(draft.options),
    format: moneyFormat(draft.options),
    good: "high",
    headline: { label: "savings freed", native: WORKFORCE_CELLS.savingsNative },
    name: "SavingsFreedSensitivity",
  });
}

function chart(draft: SheetDraft, years: number, lastColumn: number): void {
  const last = VALUE_COLUMN + years - 1;
  draft.chart({
    name: "WorkforceHeadcountChart",
    type: "ColumnClustered",
    title: "Operational-AI vs generative-AI headcount",
    categories: rowRange(ROW.years, VALUE_COLUMN, last),
    series: [
      { name: `${OPERATIONAL} headcount`, values: rowRange(TOTALS.operational, VALUE_COLUMN, last) },
      { name: `${GENERATIVE} headcount`, values: rowRange(TOTALS.generative, VALUE_COLUMN, last) },
    ],
    categoryAxisTitle: "Year",
    valueAxisTitle: "Headcount (people)",
    legend: "Bottom",
    position: { from: cell(lastColumn + 2, ROW.table - 1), to: cell(lastColumn + 10, ROW.table + 18) },
  });
}
