// Template 4, AI Talent Velocity: AI-specialist engineers at the major cloud providers, hires and
// exits over a period, and the annualised net change of each pool (GR.TALENT_VELOCITY).
import { cell, range } from "./a1";
import { headlineHeader, headlineRow, repairHint, section, standardWidths, titleBlock } from "./blocks";
import { changed, inputsHeading, liveCase, type LiveCase } from "./drivers";
import { SheetDraft } from "./draft";
import { COUNT, PERCENT, PERIODS } from "./formats";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

/** Illustrative pools: [provider label, engineers today, hires, exits]. Labels are editable. */
export const SAMPLE_PROVIDERS: [string, number, number, number][] = [
  ["Cloud provider A", 5000, 1800, 600],
  ["Cloud provider B", 4200, 1500, 500],
  ["Cloud provider C", 4800, 1200, 900],
  ["Cloud provider D", 1500, 500, 150],
];
export const SAMPLE_PERIOD_YEARS = 2;

const PROVIDERS = SAMPLE_PROVIDERS.length;
const ROW = { table: 7, first: 8, last: 7 + PROVIDERS, total: 9 + PROVIDERS, period: 11 + PROVIDERS };
const VELOCITY = { header: ROW.period + 3, first: ROW.period + 4 };
const ALL_PROVIDERS = VELOCITY.first + PROVIDERS;
const EXTRA = { net: "F", end: "G" };
const LIVE = ALL_PROVIDERS + 2;

/** Cells other sheets read. */
export const TALENT_CELLS = { allNative: `$D$${ALL_PROVIDERS}` };

/** All providers' velocity, hires changed by `pace` (a cell or formula), from `prefix`'s sheet. */
export function allProvidersVelocityFormula(prefix: string, pace?: string): string {
  const at = (column: string) => `${prefix}$${column}$${ROW.total}`;
  return `GR.TALENT_VELOCITY(${at("B")},${changed(at("C"), pace)},${at("D")},${prefix}$C$${ROW.period})`;
}

export function buildTalent(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("talent", "AI Talent Velocity", options);
  const live = liveCase(draft, sheetRef, LIVE, ["hiringPace"]);
  titleBlock(draft, "AI Talent Velocity", "AI-specialist engineers at major cloud providers: hires, exits, net change and annualised velocity.", "engineers in people; velocity in % per year", false);
  providerInputs(draft, live);
  velocity(draft, live);
  chart(draft);
  standardWidths(draft, 7);
  draft.spec.freeze = { rows: 4, columns: 1 };
  draft.spec.tabColor = "#548235";
  return draft.build();
}

function providerInputs(draft: SheetDraft, live: LiveCase | undefined): void {
  const people = { rule: { kind: "decimal" as const, min: 0 }, errorMessage: "Enter a number of engineers, zero or more." };
  section(draft, ROW.table - 1, inputsHeading("Inputs: AI-specialist engineers by provider", live, LIVE), 4);
  draft.put(`A${ROW.table}:D${ROW.table}`, [["Provider", "Engineers today", "Hires over the period", "Exits over the period"]], "header");
  draft.format(`A${ROW.table}:D${ROW.table}`, { wrapText: true });
  draft.format(`B${ROW.table}:D${ROW.table}`, { horizontalAlignment: "Right" }); // over the numbers
  // Provider names are editable labels and stay when inputs are blank.
  draft.put(`A${ROW.first}:A${ROW.last}`, SAMPLE_PROVIDERS.map((p) => [p[0]]), "input");
  draft.input(`B${ROW.first}:D${ROW.last}`, SAMPLE_PROVIDERS.map((p) => p.slice(1).map((v) => draft.sampleOr(v))), COUNT, people);
  draft.table({ name: "TalentProviders", address: `A${ROW.table}:D${ROW.last}`, style: "TableStyleLight9" });
  const totals = ["B", "C", "D"].map((c) => `=SUM(${c}${ROW.first}:${c}${ROW.last})`);
  draft.put(`A${ROW.total}:D${ROW.total}`, [["All providers", ...totals]], "total", COUNT);
  draft.put(`A${ROW.period}:B${ROW.period}`, [["Period covered by hires and exits", "years"]], "label");
  draft.input(`C${ROW.period}`, [[draft.sampleOr(SAMPLE_PERIOD_YEARS)]], PERIODS, {
    rule: { kind: "decimal", min: 0.25, max: 10 },
    errorMessage: "The period must be between 0.25 and 10 years.",
  });
  draft.name("EngineersToday", `B${ROW.first}:B${ROW.last}`);
  draft.name("Hires", `C${ROW.first}:C${ROW.last}`);
  draft.name("Exits", `D${ROW.first}:D${ROW.last}`);
  draft.name("PeriodYears", `C${ROW.period}`, "Years covered by the hires and exits");
}

/** One headline row per provider and one for all providers, with net change and end headcount. */
function velocity(draft: SheetDraft, live: LiveCase | undefined): void {
  section(draft, VELOCITY.header - 1, "Annualised velocity (GR.TALENT_VELOCITY)", 7);
  headlineHeader(draft, VELOCITY.header);
  draft.put(`${EXTRA.net}${VELOCITY.header}:${EXTRA.end}${VELOCITY.header}`, [["Net change", "Engineers at end"]], "header");
  draft.format(`${EXTRA.net}${VELOCITY.header}:${EXTRA.end}${VELOCITY.header}`, { horizontalAlignment: "Right" });
  const sources = [...SAMPLE_PROVIDERS.map((p, i) => ({ label: p[0], row: ROW.first + i })), { label: "All providers", row: ROW.total }];
  sources.forEach((source, i) => {
    const row = VELOCITY.first + i;
    const [base, plannedHires, exits] = ["B", "C", "D"].map((c) => `${c}${source.row}`);
    const hires = changed(plannedHires, live?.hiringPace);
    const period = `$C$${ROW.period}`;
    headlineRow(draft, row, {
      label: `Annualised velocity: ${source.label}`,
      labelFormula: i < PROVIDERS ? `=A${source.row}&""` : undefined,
      unit: "% per year",
      gr: `=GR.TALENT_VELOCITY(${base},${hires},${exits},${period})`,
      native: `=((${base}+${hires}-${exits})/${base})^(1/${period})-1`,
      numberFormat: PERCENT,
    });
    draft.put(`${EXTRA.net}${row}:${EXTRA.end}${row}`, [[`=${hires}-${exits}`, `=${base}+${hires}-${exits}`]], i < PROVIDERS ? "calc" : "total", COUNT);
  });
  draft.format(`A${ALL_PROVIDERS}:B${ALL_PROVIDERS}`, { style: "total" });
  draft.blankShows(range(3, VELOCITY.first, 5, ALL_PROVIDERS));
  repairHint(draft, `H${VELOCITY.first}`, `E${VELOCITY.first}:E${ALL_PROVIDERS}`);
  draft.name("VelocityAllProviders", `C${ALL_PROVIDERS}`, "Annualised net change of all providers' AI engineers");
}

function chart(draft: SheetDraft): void {
  const last = VELOCITY.first + PROVIDERS - 1;
  draft.chart({
    name: "TalentVelocityChart",
    type: "LineMarkers",
    title: "Annualised AI-talent velocity by provider",
    categories: `A${VELOCITY.first}:A${last}`,
    series: [{ name: "Annualised velocity", values: `C${VELOCITY.first}:C${last}`, markersOnly: true }],
    categoryAxisTitle: "Provider",
    valueAxisTitle: "Net change per year (%)",
    legend: "Bottom",
    position: { from: cell(9, ROW.table - 1), to: cell(17, ROW.table + 18) },
  });
}
