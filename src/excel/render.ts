// renderTemplate: one Excel.run per insertion. Sync 1 reads the sheet names; then the template's
// sheets are built with the names they will get; sync 2 writes everything. A failed write is rolled
// back so the user's workbook is as it was.
import { SHEET_BUILDERS, TEMPLATES } from "../templates/catalog";
import { STYLES } from "../templates/styles";
import type { CellStyleDefinition, InsertOptions, SheetKey, SheetSpec, StyleName, TemplateId } from "../templates/types";
import type { ExcelApi, ExcelRun, RequirementsApi } from "./api";
import { InsertError, excelMessage } from "./errors";
import { readWorkbook, type WorkbookFacts } from "./read";
import { type Capabilities, checkRequirements } from "./requirements";
import { rollBack } from "./rollback";
import { sheetReference, uniqueSheetName, uniqueTableName } from "./sheetNames";
import { StepLog } from "./steps";
import { type Renames, queueSheetWrites, renameInFormulas } from "./writeSheet";

export type InsertResult = { sheetNames: string[]; activated: string };

/** The sheets of one insertion, built and named. */
export type PlannedSheet = { key: SheetKey; name: string; spec: SheetSpec };

/** The catalog, injectable so the renderer can be tested on small fixture sheets. */
export type SheetSource = {
  sheetsOf(templateId: TemplateId): SheetKey[];
  build(key: SheetKey, options: InsertOptions, ref: (key: SheetKey) => string): SheetSpec;
  styles: Record<StyleName, CellStyleDefinition>;
};

export const CATALOG: SheetSource = {
  sheetsOf(templateId) {
    const template = TEMPLATES.find((t) => t.id === templateId);
    if (!template) throw new Error(`Unknown template '${templateId}'`);
    return template.sheets;
  },
  build: (key, options, ref) => SHEET_BUILDERS[key](options, ref),
  styles: STYLES,
};

export type RenderDependencies = { requirements: RequirementsApi; source?: SheetSource };

export async function renderTemplate(run: ExcelRun, templateId: TemplateId, options: InsertOptions, deps: RenderDependencies): Promise<InsertResult> {
  const capabilities = checkRequirements(deps.requirements); // before the workbook is touched
  const source = deps.source ?? CATALOG;
  const keys = source.sheetsOf(templateId);
  return run(async (context) => {
    const facts = await readOrExplain(context);
    const planned = planSheets(keys, options, source, facts.sheetNames);
    await writeOrRollBack(context, planned, facts, { capabilities, styles: source.styles });
    const sheetNames = planned.map((p) => p.name);
    return { sheetNames, activated: sheetNames[0] };
  });
}

async function readOrExplain(context: ExcelApi): Promise<WorkbookFacts> {
  try {
    return await readWorkbook(context);
  } catch (error) {
    const message = `Could not read the workbook's sheet names: ${excelMessage(error)}. Nothing was changed in your workbook.`;
    throw new InsertError(message, "read the workbook's sheet names", undefined, undefined, [], error);
  }
}

/**
 * Builds each sheet and gives it a free name, in order; a sheet can refer to the ones before it
 * (the Summary links the six model sheets) through their quoted, final names.
 */
export function planSheets(keys: SheetKey[], options: InsertOptions, source: SheetSource, existing: string[]): PlannedSheet[] {
  const planned: PlannedSheet[] = [];
  const taken = [...existing];
  const ref = (key: SheetKey) => {
    const target = planned.find((p) => p.key === key);
    if (!target) throw new Error(`Sheet '${key}' is referred to before it is built`); // catalog order bug
    return sheetReference(target.name);
  };
  for (const key of keys) {
    const spec = source.build(key, options, ref);
    const name = uniqueSheetName(spec.baseName, taken);
    taken.push(name);
    planned.push({ key, name, spec });
  }
  return planned;
}

/**
 * Gives every table of the insertion a workbook-unique name, and every sheet-scoped name one that no
 * table uses (Excel keeps table and defined names in one namespace, so `names.add("Capex")` fails
 * when a table is called Capex), then fixes the formulas that use them.
 */
function uniqueNames(planned: PlannedSheet[], facts: WorkbookFacts): Renames {
  const tables = new Map<string, string>();
  const usedByTables = [...facts.takenTableNames];
  for (const t of planned.flatMap((p) => p.spec.tables)) {
    const unique = uniqueTableName(t.name, usedByTables);
    usedByTables.push(unique);
    if (unique !== t.name) tables.set(t.name, unique);
  }
  const tableNames = [...facts.tableNames, ...planned.flatMap((p) => p.spec.tables.map((t) => tables.get(t.name) ?? t.name))];
  const names = new Map<string, string>();
  // One new name per template name, shared by every sheet, so 'Sheet'!Capex links stay consistent.
  for (const { name } of planned.flatMap((p) => p.spec.names)) {
    if (names.has(name)) continue;
    const unique = uniqueTableName(name, tableNames);
    if (unique !== name) names.set(name, unique);
  }
  const renames = { tables, names };
  for (const p of planned) renameInFormulas(p.spec, renames);
  return renames;
}

type WriteSettings = { capabilities: Capabilities; styles: Record<StyleName, CellStyleDefinition> };

async function writeOrRollBack(context: ExcelApi, planned: PlannedSheet[], facts: WorkbookFacts, settings: WriteSettings): Promise<void> {
  const log = new StepLog();
  const renames = uniqueNames(planned, facts);
  queueSheetWrites(context, planned, facts.active.position, { log, renames, ...settings });
  try {
    await context.sync();
  } catch (error) {
    const leftBehind = await rollBack(context, log.sheetsAddedBefore(error), facts.active.name);
    throw insertError(error, log, leftBehind);
  }
}

function insertError(error: unknown, log: StepLog, leftBehind: string[]): InsertError {
  const step = log.failedStep(error);
  const what = step?.label ?? "insert the template";
  const outcome =
    leftBehind.length === 0
      ? "No sheets were added; your workbook is unchanged."
      : `Some of the new sheets may still be there: ${leftBehind.map((n) => `'${n}'`).join(", ")}. Your other sheets were not changed.`;
  const message = `Could not ${what}: ${excelMessage(error)}. ${outcome}`;
  return new InsertError(message, what, step?.location, step?.sheet, leftBehind, error);
}
