// Sheet 7, Summary (complete model only): links the headline figures of the six model sheets by
// cross-sheet references, through whatever names those sheets received on insertion; and the live
// case of the Scenarios sheet.
import { parseRange } from "./a1";
import { ADD_IN_NOT_LOADED, checkColours, INPUTS_INCOMPLETE, repairHint, section, titleBlock } from "./blocks";
import { optionalRef, SCENARIO_CELLS } from "./drivers";
import { SheetDraft } from "./draft";
import { statusColours } from "./signposts";
import type { InsertOptions, ModelSheetKey, SheetBuilder, SheetKey, SheetRef, SheetSpec } from "./types";

/** Builds one model sheet; the summary reads their layouts so its links follow any option. */
export type ModelBuilders = Record<ModelSheetKey, SheetBuilder>;

/** Figures linked from a sheet: its headlines, then named figures that have no GR. counterpart. */
const EXTRA_NAMED_FIGURES: Partial<Record<ModelSheetKey, string[]>> = { jwo: ["JwoIRR"], signposts: ["SignpostStatus", "SignpostsMet"] };

type Link = {
  sheet: SheetKey;
  /** Cell whose row holds the figure's label (A) and unit (B) on the source sheet. */
  label: string;
  value: string;
  numberFormat?: string;
  check?: string;
  /** A fixed unit where the source row's B column holds something else (a signpost's indicator). */
  unit?: string;
  /** Source cells that show an error or a text by design when inputs are blank. */
  blankShows: boolean;
};

const FIRST_ROW = 8;

export function buildSummary(options: InsertOptions, sheetRef: SheetRef, builders: ModelBuilders): SheetSpec {
  const draft = new SheetDraft("summary", "Summary", options);
  titleBlock(draft, "Summary", "Headline figures of the complete model, linked live from each model sheet.", "each figure in its sheet's units");
  // Figures with a check first, so the checks form one column the overall check can count.
  const all = (Object.keys(builders) as ModelSheetKey[]).flatMap((key) => linksOf(builders[key](options, sheetRef)));
  const links = [...all.filter((l) => l.check), ...all.filter((l) => !l.check)];
  section(draft, FIRST_ROW - 2, "Headline figures from the model sheets", 5);
  draft.put(`A${FIRST_ROW - 1}:E${FIRST_ROW - 1}`, [["Figure", "Unit", "Value", "Check", "Sheet"]], "header");
  draft.format(`C${FIRST_ROW - 1}`, { horizontalAlignment: "Right" });
  draft.format(`D${FIRST_ROW - 1}`, { horizontalAlignment: "Center" }); // over the centred OK cells
  links.forEach((link, i) => linkRow(draft, FIRST_ROW + i, link, sheetRef));
  overallCheck(draft, FIRST_ROW + links.length + 1, links);
  liveCaseRow(draft, FIRST_ROW + links.length + 3, sheetRef);
  draft.width("A:A", 340);
  draft.width("B:B", 95);
  draft.width("C:D", 110);
  draft.width("E:E", 190);
  draft.spec.freeze = { rows: FIRST_ROW - 1, columns: 1 };
  draft.spec.tabColor = "#1F3864";
  return draft.build();
}

/** The number format the source sheet gives a cell (the last format written over it wins). */
export function numberFormatAt(spec: SheetSpec, address: string): string | undefined {
  const target = parseRange(address);
  const covering = spec.formats.filter((f) => {
    if (!f.numberFormat) return false;
    const box = parseRange(f.address);
    return box.top <= target.top && target.bottom <= box.bottom && box.left <= target.left && target.right <= box.right;
  });
  return covering.at(-1)?.numberFormat;
}

/** Whether `address` lies in one of the sheet's blank-input error cells. */
function showsWhenBlank(spec: SheetSpec, address: string): boolean {
  const target = parseRange(address);
  return (spec.blankInputErrors ?? []).some((a) => {
    const box = parseRange(a);
    return box.top <= target.top && target.top <= box.bottom && box.left <= target.left && target.left <= box.right;
  });
}

function linksOf(spec: SheetSpec): Link[] {
  const headlines: Link[] = spec.headlines.map((h) => ({
    sheet: spec.key,
    label: h.gr,
    value: h.gr,
    check: h.check,
    numberFormat: numberFormatAt(spec, h.gr),
    blankShows: showsWhenBlank(spec, h.gr) || showsWhenBlank(spec, h.check),
  }));
  const named = (EXTRA_NAMED_FIGURES[spec.key as ModelSheetKey] ?? []).flatMap((name) => {
    const target = spec.names.find((n) => n.name === name);
    if (!target) throw new Error(`${spec.key} has no name ${name}`);
    const box = parseRange(target.address);
    return Array.from({ length: box.bottom - box.top + 1 }, (_, i) => {
      const value = `${target.address.replace(/\d+.*$/, "")}${box.top + i}`;
      const unit = box.bottom > box.top ? "status" : undefined;
      return { sheet: spec.key, label: value, value, unit, numberFormat: numberFormatAt(spec, value), blankShows: showsWhenBlank(spec, value) };
    });
  });
  return [...headlines, ...named];
}

/** Label and unit are linked too, so renamed providers or functions show here as renamed. */
function linkRow(draft: SheetDraft, row: number, link: Link, sheetRef: SheetRef): void {
  const ref = sheetRef(link.sheet);
  const labelRow = parseRange(link.label).top;
  draft.put(`A${row}:B${row}`, [[`=${ref}A${labelRow}&""`, link.unit ?? `=${ref}B${labelRow}&""`]], "label");
  draft.put(`C${row}`, [[`=${ref}${link.value}`]], "headline", link.numberFormat);
  draft.format(`C${row}`, { horizontalAlignment: "Right" });
  if (link.check) {
    draft.put(`D${row}`, [[`=${ref}${link.check}`]], "check");
    checkColours(draft, `D${row}`);
  }
  if (link.sheet === "signposts" && !link.numberFormat) statusColours(draft, `C${row}`);
  draft.put(`E${row}`, [[sheetNameOf(ref)]], "note");
  if (link.blankShows) draft.blankShows(link.check ? `C${row}:D${row}` : `C${row}`);
}

/** "'JWO Investment Case (2)'!" → "JWO Investment Case (2)". */
export function sheetNameOf(ref: string): string {
  const name = ref.replace(/!$/, "");
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * OK when every check does; CHECK when any does; otherwise what keeps the others from OK: the
 * add-in not loaded (every GR. figure shows #NAME? at once), or inputs still missing (amber, not
 * red). Anything else a check could show (an error) reads CHECK.
 */
export function overallCheckFormula(range: string, checks: number): string {
  const any = (text: string) => `COUNTIF(${range},"${text}")>0`;
  const reason = `IF(${any(ADD_IN_NOT_LOADED)},"${ADD_IN_NOT_LOADED}",IF(${any(INPUTS_INCOMPLETE)},"${INPUTS_INCOMPLETE}","CHECK"))`;
  return `=IF(COUNTIF(${range},"OK")=${checks},"OK",IF(${any("CHECK")},"CHECK",${reason}))`;
}

function overallCheck(draft: SheetDraft, row: number, links: Link[]): void {
  const checks = links.filter((link) => link.check).length;
  const range = `D${FIRST_ROW}:D${FIRST_ROW + checks - 1}`;
  draft.put(`A${row}:B${row}`, [["All add-in figures agree with their native checks", ""]], "total");
  draft.put(`C${row}:D${row}`, [[null, overallCheckFormula(range, checks)]], "total");
  draft.format(`D${row}`, { style: "check" });
  checkColours(draft, `D${row}`);
  repairHint(draft, `E${row}`, `D${row}`);
  // With blank inputs some figures cannot be computed yet: the overall check reads Inputs incomplete.
  if (draft.options.inputs === "blank") draft.spec.blankInputErrors?.push(`D${row}`);
}

/** The case the model sheets show, when the insertion has a Scenarios sheet. */
function liveCaseRow(draft: SheetDraft, row: number, sheetRef: SheetRef): void {
  const scenarios = optionalRef(sheetRef, "scenarios");
  if (!scenarios) return;
  draft.put(`A${row}:B${row}`, [["Live case (set on the Scenarios sheet)", "case"]], "label");
  draft.put(`C${row}`, [[`=${scenarios}${SCENARIO_CELLS.liveCase}&""`]], "headline");
  draft.format(`C${row}`, { horizontalAlignment: "Right" });
  draft.put(`E${row}`, [[sheetNameOf(scenarios)]], "note");
}
