// The write request: add the new sheets after the active one, fill each, activate the first.
import type { CellStyleDefinition, SheetSpec, StyleName } from "../templates/types";
import type { ExcelApi } from "./api";
import type { PlannedSheet } from "./render";
import type { Capabilities } from "./requirements";
import type { StepLog } from "./steps";
import { writeContents, writeFormats, writeView } from "./writeCells";
import { writeCharts } from "./writeCharts";
import { writeConditionalFormats, writeNames, writeTables, writeValidations } from "./writeObjects";
import type { SheetWriter } from "./writer";

export type WriteContext = {
  log: StepLog;
  capabilities: Capabilities;
  tableNames: Map<string, string>;
  styles: Record<StyleName, CellStyleDefinition>;
};

/**
 * Queues the whole insertion as one request. All sheets are added before any is filled, so
 * cross-sheet formulas (the Summary) always refer to sheets that exist.
 */
export function queueSheetWrites(context: ExcelApi, planned: PlannedSheet[], activePosition: number, c: WriteContext): void {
  const worksheets = context.workbook.worksheets;
  const writers: SheetWriter[] = planned.map(({ name }, i) => {
    const sheet = c.log.add({ label: `add the sheet '${name}'`, location: "WorksheetCollection.add", sheet: name }, () => worksheets.add(name));
    const position = activePosition + 1 + i;
    c.log.add({ label: `place '${name}' after the active sheet`, location: "Worksheet.position", sheet: name }, () => (sheet.position = position));
    return { sheet, name, log: c.log, capabilities: c.capabilities, styles: c.styles };
  });
  planned.forEach(({ spec }, i) => writeSheet(writers[i], spec, c.tableNames));
  const first = writers[0];
  c.log.add({ label: `activate '${first.name}'`, location: "Worksheet.activate", sheet: first.name }, () => first.sheet.activate());
}

function writeSheet(w: SheetWriter, spec: SheetSpec, tableNames: Map<string, string>): void {
  writeContents(w, spec);
  writeFormats(w, spec);
  writeView(w, spec);
  writeNames(w, spec);
  writeValidations(w, spec);
  writeConditionalFormats(w, spec);
  writeTables(w, spec, tableNames);
  writeCharts(w, spec);
}

/** Rewrites structured references `Old[` to `New[` outside string literals. */
export function renameTablesInFormulas(spec: SheetSpec, renamed: Map<string, string>): void {
  if (renamed.size === 0) return;
  for (const block of spec.cells) {
    block.formulas = block.formulas.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? renameInFormula(v, renamed) : v)),
    );
  }
}

function renameInFormula(formula: string, renamed: Map<string, string>): string {
  // Even-indexed parts are outside "..." literals (Excel escapes quotes by doubling, which splits
  // into an empty odd part and keeps the parity right).
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([A-Za-z_\\][\w.\\]*)\[/g, (m, name: string) => (renamed.has(name) ? `${renamed.get(name)}[` : m))))
    .join('"');
}
