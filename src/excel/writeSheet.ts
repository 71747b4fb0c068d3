// The write request: add the new sheets after the active one, fill each, activate the first.
import type { CellStyleDefinition, SheetSpec, StyleName } from "../templates/types";
import type { ExcelApi } from "./api";
import type { PlannedSheet } from "./render";
import type { Capabilities } from "./requirements";
import { SHEET_ADD, type StepLog } from "./steps";
import { writeContents, writeFormats, writeView } from "./writeCells";
import { writeCharts } from "./writeCharts";
import { writeConditionalFormats, writeNames, writeTables, writeValidations } from "./writeObjects";
import type { SheetWriter } from "./writer";

export type WriteContext = {
  log: StepLog;
  capabilities: Capabilities;
  renames: Renames;
  styles: Record<StyleName, CellStyleDefinition>;
};

/**
 * Queues the whole insertion as one request. All sheets are added before any is filled, so
 * cross-sheet formulas (the Summary) always refer to sheets that exist.
 */
export function queueSheetWrites(context: ExcelApi, planned: PlannedSheet[], activePosition: number, c: WriteContext): void {
  const worksheets = context.workbook.worksheets;
  const writers: SheetWriter[] = planned.map(({ name }, i) => {
    const sheet = c.log.add({ label: `add the sheet '${name}'`, location: SHEET_ADD, sheet: name }, () => worksheets.add(name));
    const position = activePosition + 1 + i;
    c.log.add({ label: `place '${name}' after the active sheet`, location: "Worksheet.position", sheet: name }, () => (sheet.position = position));
    return { sheet, name, log: c.log, capabilities: c.capabilities, styles: c.styles };
  });
  planned.forEach(({ spec }, i) => writeSheet(writers[i], spec, c.renames));
  const first = writers[0];
  c.log.add({ label: `activate '${first.name}'`, location: "Worksheet.activate", sheet: first.name }, () => first.sheet.activate());
}

function writeSheet(w: SheetWriter, spec: SheetSpec, renames: Renames): void {
  writeContents(w, spec);
  writeFormats(w, spec);
  writeView(w, spec);
  writeNames(w, spec, renames.names);
  writeValidations(w, spec);
  writeConditionalFormats(w, spec);
  writeTables(w, spec, renames.tables);
  writeCharts(w, spec);
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
