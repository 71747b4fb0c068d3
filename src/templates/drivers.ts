// The scenario drivers and how a model sheet reads the live case. Each driver is a change from the
// sheet's own inputs (0 = no change), so a model sheet inserted alone, or the Base case, computes
// exactly what its inputs say, and a blank Upside or Downside cell means "no change".
import { SheetDraft } from "./draft";
import { section, VALUE_COLUMN } from "./blocks";
import { SIGNED_DECIMAL, SIGNED_PERCENT } from "./formats";
import type { SheetKey, SheetRef } from "./types";

export type DriverKey = "savingsRealised" | "costGrowth" | "discountRate" | "adoptionTiming" | "hiringPace";

export type Driver = {
  key: DriverKey;
  label: string;
  unit: string;
  format: string;
  /** Illustrative changes; Base is no change by definition. */
  upside: number;
  downside: number;
  min: number;
  max: number;
  /** Where the driver enters the model, in the user's words. */
  appliesTo: string;
};

/** In the order of the Scenarios sheet's driver table. */
export const DRIVERS: Driver[] = [
  { key: "savingsRealised", label: "Savings realised, change from plan", unit: "% of plan", format: SIGNED_PERCENT, upside: 0.1, downside: -0.2, min: -1, max: 1, appliesTo: "JWO operational savings; GenAI maximum savings rates" },
  { key: "costGrowth", label: "Growth of loaded cost, shift", unit: "% points", format: SIGNED_PERCENT, upside: 0.01, downside: -0.01, min: -0.2, max: 0.2, appliesTo: "Workforce: growth of the cost the exits avoid" },
  { key: "discountRate", label: "Discount rate, shift", unit: "% points", format: SIGNED_PERCENT, upside: -0.01, downside: 0.02, min: -0.2, max: 0.2, appliesTo: "JWO and Workforce discount rates" },
  { key: "adoptionTiming", label: "Adoption timing, shift (later is +)", unit: "years", format: SIGNED_DECIMAL, upside: -0.5, downside: 1, min: -5, max: 5, appliesTo: "GenAI adoption midpoints; Budget: share reached by the end year" },
  { key: "hiringPace", label: "Hiring pace, change", unit: "% of plan", format: SIGNED_PERCENT, upside: 0.15, downside: -0.25, min: -1, max: 1, appliesTo: "Workforce: growth of growing role families; Talent: hires" },
];

export const CASES = ["Base", "Upside", "Downside"] as const;
export type CaseName = (typeof CASES)[number];

/** Where the Scenarios sheet keeps the switch and each driver's live value (scenarios.ts lays them out). */
export const SCENARIO_CELLS = {
  liveCase: "$C$7",
  firstDriverRow: 11,
  /** Columns of the driver table: Base, Upside, Downside, live case. */
  base: "C",
  upside: "D",
  downside: "E",
  live: "F",
} as const;

export const driverRow = (key: DriverKey): number => SCENARIO_CELLS.firstDriverRow + DRIVERS.findIndex((d) => d.key === key);

/** The live-case cells a model sheet reads: absent when the sheet is inserted on its own. */
export type LiveCase = { caseName: string } & Partial<Record<DriverKey, string>>;

/** The sheet prefix of another sheet of this insertion, or undefined when it is not part of it. */
export function optionalRef(sheetRef: SheetRef, key: SheetKey): string | undefined {
  try {
    return sheetRef(key);
  } catch {
    return undefined;
  }
}

/** Rows the live-case block takes: heading, case name, one per driver. */
export const liveCaseRows = (drivers: DriverKey[]): number => 2 + drivers.length;

/**
 * In the complete model: a block from `row` linking the live case and the drivers this sheet uses
 * from the Scenarios sheet, so the sheet's formulas refer to its own cells (and a reader sees the
 * adjustment beside the figures). Inserted alone, the sheet has no such block and no adjustment.
 */
export function liveCase(draft: SheetDraft, sheetRef: SheetRef, row: number, drivers: DriverKey[]): LiveCase | undefined {
  const scenarios = optionalRef(sheetRef, "scenarios");
  if (!scenarios) return undefined;
  const heading = drivers.length > 0 ? "Live case (set on the Scenarios sheet; changes from the inputs above)" : "Live case (set on the Scenarios sheet)";
  section(draft, row, heading, VALUE_COLUMN);
  const caseRow = row + 1;
  draft.put(`A${caseRow}:B${caseRow}`, [["Live case", "case"]], "label");
  draft.put(`C${caseRow}`, [[`=${scenarios}${SCENARIO_CELLS.liveCase}&""`]], "calc");
  draft.format(`C${caseRow}`, { horizontalAlignment: "Right" });
  const live: LiveCase = { caseName: `$C$${caseRow}` };
  drivers.forEach((key, i) => {
    const driver = DRIVERS.find((d) => d.key === key)!;
    const r = caseRow + 1 + i;
    draft.put(`A${r}:B${r}`, [[driver.label, driver.unit]], "label");
    draft.put(`C${r}`, [[`=${scenarios}$${SCENARIO_CELLS.live}$${driverRow(key)}`]], "calc", driver.format);
    live[key] = `$C$${r}`;
  });
  return live;
}

/** `expression` changed by a live-case percentage, e.g. savings × (1 + change); unchanged when inserted alone. */
export function changed(expression: string, change: string | undefined): string {
  return change ? `${expression}*(1+${change})` : expression;
}

/** `expression` shifted by a live-case amount, in brackets so it can be multiplied; unchanged when inserted alone. */
export function shifted(expression: string, shift: string | undefined): string {
  return shift ? `(${expression}+${shift})` : expression;
}

/** The heading of a model sheet's inputs, pointing at the live-case block in the complete model. */
export function inputsHeading(heading: string, live: LiveCase | undefined, liveRow: number): string {
  return live ? `${heading} (base case: the live case in row ${liveRow} adjusts them)` : heading;
}
