// Sheet 7 of the complete model, Scenarios: Base, Upside and Downside values of the five drivers,
// the live-case switch every model sheet reads, the headline figures of all three cases at once
// (computed from the model sheets' own inputs, so they need no switching), and, with the
// Sensitivities option, a tornado of the swing in JWO NPV and savings freed per driver.
import { range } from "./a1";
import { checkColours, checkFormula, repairHint, section, titleBlock } from "./blocks";
import { BUDGET_CELLS, endShareFormula, reallocatedFormula } from "./budget";
import { CASES, DRIVERS, driverRow, SCENARIO_CELLS, type DriverKey } from "./drivers";
import { SheetDraft } from "./draft";
import { COUNT, moneyFormat, moneyUnit, PERCENT, PERIODS } from "./formats";
import { cumulativeSavingsFormula, GENAI_CELLS } from "./genai";
import { JWO_CELLS, jwoNpvFormula, jwoPaybackFormula } from "./jwo";
import { tornado } from "./tornado";
import { allProvidersVelocityFormula, TALENT_CELLS } from "./talent";
import type { InsertOptions, ModelSheetKey, SheetRef, SheetSpec } from "./types";
import { endHeadcountFormula, savingsFreedFormula, WORKFORCE_CELLS } from "./workforce";

/** Driver cells of one case (or of a tornado bar): the change each driver makes, as a cell. */
export type Adjust = (key: DriverKey) => string;

/** A headline figure recomputed for any case from its model sheet's inputs. */
export type ScenarioFigure = {
  label: string;
  sheet: ModelSheetKey;
  unit: (o: InsertOptions) => string;
  format: (o: InsertOptions) => string;
  /** Formula (without "=") of the figure with `adjust`'s changes, reading the sheet through `prefix`. */
  formula: (o: InsertOptions, prefix: string, adjust: Adjust) => string;
  /** The headline's native twin on its sheet: the live case's value must equal it. */
  model: string;
};

const money = { unit: moneyUnit, format: moneyFormat };

export const FIGURES: ScenarioFigure[] = [
  {
    label: "JWO: net present value",
    sheet: "jwo",
    ...money,
    formula: (o, p, a) => jwoNpvFormula(o, p, `${p}${JWO_CELLS.rate}+${a("discountRate")}`, `(1+${a("savingsRealised")})`),
    model: JWO_CELLS.npvNative,
  },
  {
    label: "JWO: payback period",
    sheet: "jwo",
    unit: () => "years",
    format: () => PERIODS,
    formula: (o, p, a) => jwoPaybackFormula(o, p, `(1+${a("savingsRealised")})`),
    model: JWO_CELLS.paybackNative,
  },
  {
    label: "Workforce: savings freed (PV, net of severance)",
    sheet: "workforce",
    ...money,
    formula: (o, p, a) =>
      savingsFreedFormula(o, p, `${p}${WORKFORCE_CELLS.severance}`, `${p}${WORKFORCE_CELLS.costGrowth}+${a("costGrowth")}`, `${p}${WORKFORCE_CELLS.discount}+${a("discountRate")}`),
    model: WORKFORCE_CELLS.savingsNative,
  },
  {
    label: "Workforce: total headcount in the end year",
    sheet: "workforce",
    unit: () => "people",
    format: () => COUNT,
    formula: (o, p, a) => endHeadcountFormula(o, p, a("hiringPace")),
    model: WORKFORCE_CELLS.headcountNative,
  },
  {
    label: "Budget: cumulative capital reallocated",
    sheet: "budget",
    ...money,
    formula: (o, p, a) => reallocatedFormula(o, p, endShareFormula(o, p, a("adoptionTiming"))),
    model: BUDGET_CELLS.reallocatedNative,
  },
  {
    label: "Talent: annualised velocity, all providers",
    sheet: "talent",
    unit: () => "% per year",
    format: () => PERCENT,
    formula: (_, p, a) => allProvidersVelocityFormula(p, a("hiringPace")),
    model: TALENT_CELLS.allNative,
  },
  {
    label: "GenAI: cumulative savings with reinvestment",
    sheet: "genai",
    ...money,
    formula: (o, p, a) => cumulativeSavingsFormula(o, p, (rate) => `${rate}*(1+${a("savingsRealised")})`, (midpoint) => `${midpoint}+${a("adoptionTiming")}`),
    model: GENAI_CELLS.cumulativeNative,
  },
];

export const LIVE_ROW = 7;
export const DRIVER_HEADER = SCENARIO_CELLS.firstDriverRow - 1;
export const FIGURES_HEADER = SCENARIO_CELLS.firstDriverRow + DRIVERS.length + 2;
export const FIRST_FIGURE = FIGURES_HEADER + 1;
const LAST_FIGURE = FIRST_FIGURE + FIGURES.length - 1;
export const LAST_FIGURE_ROW = LAST_FIGURE;
/** Comparison table columns: a figure's Base, Upside and Downside values, the live one, the model sheet's, the check. */
export const FIGURE_COLUMNS = { base: "C", upside: "D", downside: "E", live: "F", model: "G", check: "H" } as const;

/** Driver cells of a case column: the Base column holds zeros, Upside and Downside the inputs. */
export const caseAdjust = (column: string): Adjust => (key) => `$${column}$${driverRow(key)}`;

export function buildScenarios(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("scenarios", "Scenarios", options);
  titleBlock(draft, "Scenarios", "Base, upside and downside cases: the live case every model sheet reads, and each case's headline figures.", "driver changes in % of plan, % points or years");
  liveSwitch(draft);
  driverTable(draft);
  comparison(draft, sheetRef);
  if (options.sensitivities !== false) tornado(draft, sheetRef, FIGURES, FIRST_FIGURE, LAST_FIGURE + 2);
  draft.width("A:A", 330);
  draft.width("B:B", 90);
  draft.width("C:G", options.scale === "units" ? 105 : 95);
  draft.width("H:H", 110);
  draft.spec.freeze = { rows: LIVE_ROW, columns: 1 };
  draft.spec.tabColor = "#7030A0";
  return draft.build();
}

function liveSwitch(draft: SheetDraft): void {
  section(draft, LIVE_ROW - 1, "Live case", 3);
  draft.put(`A${LIVE_ROW}:B${LIVE_ROW}`, [["Live case: every model sheet reads this", "case"]], "label");
  // A choice, not an assumption: it stays Base when the inputs are left blank.
  draft.input(`C${LIVE_ROW}`, [["Base"]], undefined, {
    rule: { kind: "list", source: [...CASES] },
    errorMessage: `Choose ${CASES.join(", ")}.`,
    prompt: "The case the model sheets show; the table below shows all three.",
  });
  draft.format(`C${LIVE_ROW}`, { horizontalAlignment: "Right" });
  draft.name("LiveCase", `C${LIVE_ROW}`, "The scenario every model sheet of the complete model shows");
}

function driverTable(draft: SheetDraft): void {
  const first = SCENARIO_CELLS.firstDriverRow;
  const last = first + DRIVERS.length - 1;
  const { base, upside, downside, live } = SCENARIO_CELLS;
  section(draft, DRIVER_HEADER - 1, "Drivers: changes from each model sheet's own inputs (a blank Upside or Downside is no change)", 8);
  // "Applies to" in H, so its text starts clear of the live-case figures.
  draft.put(`A${DRIVER_HEADER}:H${DRIVER_HEADER}`, [["Driver", "Unit", ...CASES, "Live case", null, "Applies to"]], "header");
  draft.format(`C${DRIVER_HEADER}:F${DRIVER_HEADER}`, { horizontalAlignment: "Right" });
  DRIVERS.forEach((d, i) => {
    const row = first + i;
    draft.put(`A${row}:B${row}`, [[d.label, d.unit]], "label");
    // Base is no change by definition: the model sheets' inputs as they stand.
    draft.put(`${base}${row}`, [[0]], "calc", d.format);
    draft.input(`${upside}${row}:${downside}${row}`, [[draft.sampleOr(d.upside), draft.sampleOr(d.downside)]], d.format, {
      rule: { kind: "decimal", min: d.min, max: d.max },
      errorMessage: `${d.label} must be between ${d.min} and ${d.max} (${d.unit}).`,
    });
    draft.put(`${live}${row}`, [[pickLive(`${base}${row}`, `${upside}${row}`, `${downside}${row}`)]], "headline", d.format);
    draft.put(`H${row}`, [[d.appliesTo]], "note");
  });
  draft.name("DriverChanges", `${base}${first}:${downside}${last}`, "Change of each driver in the Base, Upside and Downside cases");
}

/** The live case's value: the Upside or Downside cell when chosen, Base otherwise. */
function pickLive(base: string, upside: string, downside: string): string {
  const live = `$C$${LIVE_ROW}`;
  return `=IF(${live}="${CASES[1]}",${upside},IF(${live}="${CASES[2]}",${downside},${base}))`;
}

function comparison(draft: SheetDraft, sheetRef: SheetRef): void {
  const o = draft.options;
  const c = FIGURE_COLUMNS;
  section(draft, FIGURES_HEADER - 1, "Headline figures in each case, computed at once from the model sheets' inputs", 8);
  draft.put(`A${FIGURES_HEADER}:H${FIGURES_HEADER}`, [["Figure", "Unit", ...CASES, "Live case", "Model sheet", "Check"]], "header");
  draft.format(`C${FIGURES_HEADER}:G${FIGURES_HEADER}`, { horizontalAlignment: "Right" });
  draft.format(`H${FIGURES_HEADER}`, { horizontalAlignment: "Center" });
  FIGURES.forEach((f, i) => {
    const row = FIRST_FIGURE + i;
    const prefix = sheetRef(f.sheet);
    const format = f.format(o);
    draft.put(`A${row}:B${row}`, [[f.label, f.unit(o)]], "label");
    // The comparison's case columns are the driver table's (C, D, E): each reads its own drivers.
    const cases = [c.base, c.upside, c.downside].map((column) => `=${f.formula(o, prefix, caseAdjust(column))}`);
    draft.put(`${c.base}${row}:${c.downside}${row}`, [cases], "calc", format);
    draft.put(`${c.live}${row}`, [[pickLive(`${c.base}${row}`, `${c.upside}${row}`, `${c.downside}${row}`)]], "headline", format);
    draft.put(`${c.model}${row}`, [[`=${prefix}${f.model}`]], "calc", format);
    draft.put(`${c.check}${row}`, [[checkFormula(`${c.live}${row}`, `${c.model}${row}`)]], "check");
    draft.format(`${c.base}${row}:${c.model}${row}`, { horizontalAlignment: "Right" });
    // With blank inputs a pool of 0 engineers has no velocity: errors, and "Inputs incomplete".
    if (f.sheet === "talent") draft.blankShows(`${c.base}${row}:${c.check}${row}`);
  });
  checkColours(draft, `${c.check}${FIRST_FIGURE}:${c.check}${LAST_FIGURE}`);
  repairHint(draft, `I${FIRST_FIGURE}`, `${c.check}${FIRST_FIGURE}:${c.check}${LAST_FIGURE}`);
  draft.name("ScenarioFigures", range(3, FIRST_FIGURE, 6, LAST_FIGURE), "Headline figures: Base, Upside, Downside, live case");
}
