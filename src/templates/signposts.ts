// Template 6, Signposts Monitor: the three signposts that tell whether the reallocation is playing
// out — pace of generative-AI launches, further cuts in non-core divisions, AI talent flow — each
// with an indicator, a threshold, the latest value and a traffic-light status.
import { SheetDraft } from "./draft";
import { section, titleBlock } from "./blocks";
import { liveCase } from "./drivers";
import { COUNT, PERCENT } from "./formats";
import { BAD, GOOD, MUTED, NEUTRAL } from "./styles";
import type { InsertOptions, SheetRef, SheetSpec } from "./types";

export const AT_OR_ABOVE = "At or above";
export const AT_OR_BELOW = "At or below";
export const STATUS = { met: "Met", near: "Near", notMet: "Not met", noData: "No data" } as const;

type Signpost = { name: string; indicator: string; direction: string; threshold: number; latest: number; format: string };

/** Illustrative thresholds and readings; replace with the indicators you track. */
export const SAMPLE_SIGNPOSTS: Signpost[] = [
  { name: "Pace of new generative-AI service launches", indicator: "New generative-AI services launched, last 12 months", direction: AT_OR_ABOVE, threshold: 40, latest: 52, format: COUNT },
  { name: "Further cuts in non-core divisions", indicator: "Roles cut in non-core divisions, last 12 months", direction: AT_OR_ABOVE, threshold: 10000, latest: 8500, format: COUNT },
  { name: "AI talent flow", indicator: "Annualised net change in AI-specialist engineers", direction: AT_OR_ABOVE, threshold: 0.1, latest: 0.116, format: PERCENT },
];
export const SAMPLE_WATCH_BAND = 0.2;

const ROW = { table: 7, first: 8, last: 7 + SAMPLE_SIGNPOSTS.length, band: 9 + SAMPLE_SIGNPOSTS.length };
const MET_ROW = ROW.band + 2;

export function buildSignposts(options: InsertOptions, sheetRef: SheetRef): SheetSpec {
  const draft = new SheetDraft("signposts", "Signposts Monitor", options);
  titleBlock(draft, "Signposts Monitor", "The three signposts to watch, each against its threshold, with a traffic-light status.", "indicators in their own units", false);
  signpostTable(draft);
  statusColumn(draft);
  bandAndCount(draft);
  // Signposts are readings of the world, not assumptions: the live case is shown, nothing changes.
  if (liveCase(draft, sheetRef, MET_ROW + 2, [])) {
    draft.label(`A${MET_ROW + 4}`, "Signposts are observed readings: no scenario driver changes them.", "note");
  }
  draft.width("A:A", 250);
  draft.width("B:B", 290);
  draft.width("C:C", 95);
  draft.width("D:E", 80);
  draft.width("F:F", 90);
  draft.spec.freeze = { rows: ROW.table, columns: 1 };
  draft.spec.tabColor = "#7F6000";
  return draft.build();
}

function signpostTable(draft: SheetDraft): void {
  section(draft, ROW.table - 1, "Signposts to watch", 6);
  const header = [["Signpost", "Indicator", "Confirms when", "Threshold", "Latest value", "Status"]];
  draft.put(`A${ROW.table}:F${ROW.table}`, header, "header");
  draft.format(`C${ROW.table}:E${ROW.table}`, { horizontalAlignment: "Right" });
  draft.format(`F${ROW.table}`, { horizontalAlignment: "Center" }); // over the centred status cells
  // Names, indicators and directions describe what is watched; they stay when inputs are blank.
  draft.put(`A${ROW.first}:B${ROW.last}`, SAMPLE_SIGNPOSTS.map((s) => [s.name, s.indicator]), "input");
  draft.format(`A${ROW.first}:B${ROW.last}`, { wrapText: true });
  draft.input(`C${ROW.first}:C${ROW.last}`, SAMPLE_SIGNPOSTS.map((s) => [s.direction]), undefined, {
    rule: { kind: "list", source: [AT_OR_ABOVE, AT_OR_BELOW] },
    errorMessage: `Choose ${AT_OR_ABOVE} or ${AT_OR_BELOW}.`,
  });
  draft.format(`C${ROW.first}:C${ROW.last}`, { horizontalAlignment: "Right" });
  SAMPLE_SIGNPOSTS.forEach((s, i) => {
    const row = ROW.first + i;
    draft.input(`D${row}:E${row}`, [[draft.sampleOr(s.threshold), draft.sampleOr(s.latest)]], s.format);
  });
  draft.table({ name: "Signposts", address: `A${ROW.table}:F${ROW.last}`, style: "TableStyleLight9" });
  draft.name("Thresholds", `D${ROW.first}:D${ROW.last}`);
  draft.name("LatestValues", `E${ROW.first}:E${ROW.last}`);
}

/** Traffic lights on status cells: Met green, Near amber, Not met red, No data grey. */
export function statusColours(draft: SheetDraft, address: string): void {
  const first = address.split(":")[0];
  const colours = [[STATUS.met, GOOD], [STATUS.near, NEUTRAL], [STATUS.notMet, BAD], [STATUS.noData, MUTED]] as const;
  for (const [status, colour] of colours) draft.conditionalFormat({ address, formula: `=${first}="${status}"`, ...colour });
}

/** Met at the threshold, Near within the watch band of it, otherwise Not met. */
function statusFormula(row: number): string {
  const [direction, threshold, latest, band] = [`C${row}`, `D${row}`, `E${row}`, `$C$${ROW.band}`];
  const above = `IF(${latest}>=${threshold},"${STATUS.met}",IF(${latest}>=${threshold}*(1-${band}),"${STATUS.near}","${STATUS.notMet}"))`;
  const below = `IF(${latest}<=${threshold},"${STATUS.met}",IF(${latest}<=${threshold}*(1+${band}),"${STATUS.near}","${STATUS.notMet}"))`;
  return `=IF(OR(${threshold}="",${latest}=""),"${STATUS.noData}",IF(${direction}="${AT_OR_BELOW}",${below},${above}))`;
}

function statusColumn(draft: SheetDraft): void {
  const address = `F${ROW.first}:F${ROW.last}`;
  draft.put(address, SAMPLE_SIGNPOSTS.map((_, i) => [statusFormula(ROW.first + i)]), "check");
  statusColours(draft, address);
  draft.blankShows(address);
  draft.name("SignpostStatus", address);
}

function bandAndCount(draft: SheetDraft): void {
  draft.put(`A${ROW.band}:B${ROW.band}`, [["Watch band: Near within this share of threshold", "%"]], "label");
  draft.input(`C${ROW.band}`, [[draft.sampleOr(SAMPLE_WATCH_BAND)]], PERCENT, {
    rule: { kind: "decimal", min: 0, max: 1 },
    errorMessage: "The watch band must be between 0% and 100%.",
  });
  draft.name("WatchBand", `C${ROW.band}`);
  draft.put(`A${MET_ROW}:B${MET_ROW}`, [["Signposts met", `of ${SAMPLE_SIGNPOSTS.length}`]], "total");
  draft.put(`C${MET_ROW}`, [[`=COUNTIF(F${ROW.first}:F${ROW.last},"${STATUS.met}")`]], "headline", COUNT);
  draft.name("SignpostsMet", `C${MET_ROW}`, "Number of signposts at or past their threshold");
}
