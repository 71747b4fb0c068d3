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
import { queueSheetWrites, renameTablesInFormulas } from "./writeSheet";

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

/** Gives every table of the insertion a workbook-unique name and fixes formulas that use it. */
function nameTables(planned: PlannedSheet[], taken: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = [...taken];
  for (const t of planned.flatMap((p) => p.spec.tables)) {
    const unique = uniqueTableName(t.name, used);
    used.push(unique);
    if (unique !== t.name) names.set(t.name, unique);
  }
  for (const p of planned) renameTablesInFormulas(p.spec, names);
  return names;
}

type WriteSettings = { capabilities: Capabilities; styles: Record<StyleName, CellStyleDefinition> };

async function writeOrRollBack(context: ExcelApi, planned: PlannedSheet[], facts: WorkbookFacts, settings: WriteSettings): Promise<void> {
  const log = new StepLog();
  const tableNames = nameTables(planned, facts.takenTableNames);
  queueSheetWrites(context, planned, facts.active.position, { log, tableNames, ...settings });
  try {
    await context.sync();
  } catch (error) {
    const names = planned.map((p) => p.name);
    const leftBehind = await rollBack(context, names, facts.active.name);
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
