// renderTemplate: one Excel.run per insert, a transaction that knows its own sheets, in three
// requests on success (docs/inserts.md). Sync 1 reads the workbook; sync 2 adds the new sheets under
// temporary names, with their charts, and returns their ids; sync 3 names, places and fills them by
// id. A failure in sync 2 or 3 deletes exactly this insert's sheets and says what the workbook holds
// as read back.
import { SHEET_BUILDERS, TEMPLATES } from "../templates/catalog";
import { STYLES } from "../templates/styles";
import type { CellStyleDefinition, InsertOptions, SheetKey, SheetSpec, StyleName, TemplateId } from "../templates/types";
import type { ExcelApi, ExcelRun, RequirementsApi } from "./api";
import { InsertError, excelMessage } from "./errors";
import { readWorkbook, type WorkbookFacts } from "./read";
import { type Capabilities, checkRequirements } from "./requirements";
import { type OwnSheets, describeOutcome, rollBack } from "./rollback";
import { sheetReference, temporarySheetNames, uniqueSheetName, uniqueTableName } from "./sheetNames";
import { StepLog } from "./steps";
import { type NewSheet, type Renames, queueFill, queueNewSheets, renameInFormulas } from "./writeSheet";

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
    const renames = uniqueNames(planned, facts);
    const insert: Insert = { context, planned, facts, temporary: temporarySheetNames(planned.length) };
    const added = await addSheets(insert);
    await fillSheets(insert, added, { capabilities, renames, styles: source.styles });
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
 * Gives each sheet a free name, in order, then builds it; any sheet can refer to any other of the
 * insertion (the Summary and the Scenarios sheet read the model sheets, the model sheets read the
 * live case on the Scenarios sheet) through their quoted, final names. A first build with a
 * placeholder reference only reads each sheet's base name; a reference to a sheet outside the
 * insertion throws, which is how a model sheet inserted alone knows it has no Scenarios sheet.
 */
export function planSheets(keys: SheetKey[], options: InsertOptions, source: SheetSource, existing: string[]): PlannedSheet[] {
  const inInsertion = (key: SheetKey) => {
    if (!keys.includes(key)) throw new Error(`Sheet '${key}' is not part of this insertion`);
  };
  const placeholder = (key: SheetKey) => (inInsertion(key), "'?'!");
  const taken = [...existing];
  const names = keys.map((key) => {
    const name = uniqueSheetName(source.build(key, options, placeholder).baseName, taken);
    taken.push(name);
    return name;
  });
  const ref = (key: SheetKey) => (inInsertion(key), sheetReference(names[keys.indexOf(key)]));
  return keys.map((key, i) => ({ key, name: names[i], spec: source.build(key, options, ref) }));
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

/** One insert in progress: what it planned and how to recognise its sheets. */
type Insert = { context: ExcelApi; planned: PlannedSheet[]; facts: WorkbookFacts; temporary: { prefix: string; names: string[] } };

/** Sync 2: the sheets under their temporary names, with their charts; returns them with their ids loaded. */
async function addSheets(insert: Insert): Promise<NewSheet[]> {
  const log = new StepLog("add the new sheets");
  const queue = () => queueNewSheets(insert.context, insert.planned, insert.temporary.names, log);
  return syncOrRollBack(insert, log, { temporaryNames: insert.temporary.names }, queue);
}

type WriteSettings = { capabilities: Capabilities; renames: Renames; styles: Record<StyleName, CellStyleDefinition> };

/** Sync 3: final names and places, contents, charts' series, and the first sheet activated. */
async function fillSheets(insert: Insert, added: NewSheet[], settings: WriteSettings): Promise<void> {
  const log = new StepLog("fill in the new sheets");
  const own = { ids: added.map((a) => a.sheet.id), temporaryNames: insert.temporary.names };
  await syncOrRollBack(insert, log, own, () => queueFill(insert.context, added, insert.facts.active.position, { log, ...settings }));
}

/**
 * Queues a request and syncs it; any failure, Excel's or a bug while queueing, rolls back. (After a
 * bug, the rollback's first sync also sends what was queued: it can only touch this insert's
 * sheets, which are then deleted.)
 */
async function syncOrRollBack<T>(insert: Insert, log: StepLog, own: OwnSheets, queue: () => T): Promise<T> {
  try {
    const queued = queue();
    await insert.context.sync();
    return queued;
  } catch (error) {
    const plannedNames = insert.planned.map((p) => p.name);
    const outcome = await rollBack(insert.context, own, insert.facts.active.id, plannedNames);
    const step = log.failedStep(error);
    const message = `Could not ${step.label}: ${excelMessage(error)}. ${describeOutcome(outcome, plannedNames, insert.temporary.prefix)}`;
    const leftBehind = outcome.verified ? outcome.left : (outcome.mayBeLeft ?? plannedNames);
    throw new InsertError(message, step.label, step.location, step.sheet, leftBehind, error);
  }
}
