// The insert's two write requests. Sync 2 adds the new sheets under temporary names, with their
// charts, and loads their ids; sync 3 finds each sheet by id, gives it its final name and place,
// fills it and activates the first. Every write of sync 3 goes to a sheet found by the id sync 2
// returned, so it can only ever land on a sheet this insert created.
import type { CellStyleDefinition, SheetSpec, StyleName } from "../templates/types";
import type { ExcelApi, WorksheetApi } from "./api";
import type { PlannedSheet } from "./render";
import type { Capabilities } from "./requirements";
import type { StepLog } from "./steps";
import { writeContents, writeFormats, writeView } from "./writeCells";
import { type NewChart, addCharts, writeCharts } from "./writeCharts";
import { writeColorScales, writeConditionalFormats, writeNames, writeTables, writeValidations } from "./writeObjects";
import type { SheetWriter } from "./writer";

/** A sheet added in sync 2: its proxy (whose id that sync loads) and its charts. */
export type NewSheet = { plan: PlannedSheet; sheet: WorksheetApi; charts: NewChart[] };

/** Sync 2: every sheet of the insert under its temporary name, its id loaded, and its charts. */
export function queueNewSheets(context: ExcelApi, planned: PlannedSheet[], temporaryNames: string[], log: StepLog): NewSheet[] {
  const worksheets = context.workbook.worksheets;
  return planned.map((plan, i) => {
    const step = { label: `add the sheet '${plan.name}'`, sheet: plan.name };
    const sheet = log.add({ ...step, location: "WorksheetCollection.add" }, () => worksheets.add(temporaryNames[i]));
    log.add({ ...step, location: "Worksheet.load" }, () => sheet.load("id"));
    return { plan, sheet, charts: addCharts({ sheet, name: plan.name, log }, plan.spec) };
  });
}

export type WriteContext = {
  log: StepLog;
  capabilities: Capabilities;
  renames: Renames;
  styles: Record<StyleName, CellStyleDefinition>;
};

/**
 * Sync 3. All sheets get their final names before any is filled, so cross-sheet formulas (the
 * Summary) always refer to sheets that exist under those names.
 */
export function queueFill(context: ExcelApi, added: NewSheet[], activePosition: number, c: WriteContext): void {
  const worksheets = context.workbook.worksheets;
  const writers: SheetWriter[] = added.map(({ plan, sheet: proxy }) => {
    const sheet = worksheets.getItem(proxy.id);
    const name = plan.name;
    c.log.add({ label: `name the new sheet '${name}'`, location: "Worksheet.name", sheet: name }, () => (sheet.name = name));
    return { sheet, name, log: c.log, capabilities: c.capabilities, styles: c.styles };
  });
  writers.forEach(({ sheet, name }, i) => {
    const position = activePosition + 1 + i;
    c.log.add({ label: `place '${name}' after the active sheet`, location: "Worksheet.position", sheet: name }, () => (sheet.position = position));
  });
  added.forEach(({ plan, charts }, i) => writeSheet(writers[i], plan.spec, charts, c.renames));
  const first = writers[0];
  c.log.add({ label: `activate '${first.name}'`, location: "Worksheet.activate", sheet: first.name }, () => first.sheet.activate());
}

function writeSheet(w: SheetWriter, spec: SheetSpec, charts: NewChart[], renames: Renames): void {
  writeContents(w, spec);
  writeFormats(w, spec);
  writeView(w, spec);
  writeNames(w, spec, renames.names);
  writeValidations(w, spec);
  writeConditionalFormats(w, spec);
  writeColorScales(w, spec);
  writeTables(w, spec, renames.tables);
  writeCharts(w, charts);
}

/** Old → new names this insertion had to change because the workbook already uses them. */
export type Renames = {
  /** Tables: used in formulas as structured references, `Old[`. */
  tables: Map<string, string>;
  /** Sheet-scoped defined names: used as a bare identifier, `Old` or `'Sheet'!Old`. */
  names: Map<string, string>;
};

/** Rewrites the renamed tables and names in the spec's cell and conditional-format formulas. */
export function renameInFormulas(spec: SheetSpec, renames: Renames): void {
  if (renames.tables.size === 0 && renames.names.size === 0) return;
  const lookup = { tables: upperKeys(renames.tables), names: upperKeys(renames.names) };
  for (const block of spec.cells) {
    block.formulas = block.formulas.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? renameInFormula(v, lookup) : v)),
    );
  }
  for (const cf of spec.conditionalFormats) cf.formula = renameInFormula(cf.formula, lookup);
}

/** Excel compares table and defined names without regard to case. */
const upperKeys = (map: Map<string, string>) => new Map([...map].map(([k, v]) => [k.toUpperCase(), v]));

// A quoted sheet name, a bracketed part of a structured reference, or an identifier with what follows
// it: "(" makes it a function, "!" a sheet, "[" a table; otherwise it is a defined name (or a cell,
// which no name can look like).
const TOKEN = /'(?:[^']|'')*'|\[[^\]]*\]|[A-Za-z_\\][\w.\\]*(?=\s*([(![])|)/g;

function renameInFormula(formula: string, renames: Renames): string {
  // Even-indexed parts are outside "..." literals (Excel escapes quotes by doubling, which splits
  // into an empty odd part and keeps the parity right).
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(TOKEN, (token, next: string | undefined) => {
            if (token.startsWith("'") || token.startsWith("[") || next === "(" || next === "!") return token;
            return (next === "[" ? renames.tables : renames.names).get(token.toUpperCase()) ?? token;
          }),
    )
    .join('"');
}
