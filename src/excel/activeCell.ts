// The "Insert example" button's two Excel requests. Reading and writing are separate runs because the pane may need to ask the
// user in between; the write re-checks that the cell is still empty unless the user agreed to replace.
import type { CellRangeApi, CellRequestApi, CellRun, RequirementsApi } from "./api";

/** Workbook.getActiveCell. */
export const ACTIVE_CELL_EXCEL_API = "1.7";
/** Range.getSpillParentOrNullObject. */
export const SPILL_EXCEL_API = "1.12";

/** This Excel cannot say which cell is selected; the message is written for the user. */
export class ActiveCellUnsupportedError extends Error {
  override readonly name = "ActiveCellUnsupportedError";
  constructor() {
    super(
      `This version of Excel can't tell the add-in which cell is selected (it needs Excel JavaScript API ${ACTIVE_CELL_EXCEL_API}: ` +
        "Excel 2019 or later, Microsoft 365 or Excel on the web). Type the example into the cell instead.",
    );
  }
}

/** The cell "Insert example" writes to: the active cell, where it was when the user clicked. */
export type TargetCell = {
  sheet: string;
  /** Sheet-local address, e.g. "B4". */
  address: string;
  /** Whether the cell holds nothing: no constant, no formula, and no value spilled into it by another formula. */
  empty: boolean;
};

export type CellHost = { run: CellRun; requirements: RequirementsApi };

const officeHost = (): CellHost => ({ run: Excel.run, requirements: Office.context.requirements });

/** "'My Sheet'!B4" → "B4"; "Sheet1!B4:C5" → "B4". */
function localFirstCell(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0];
}

/** "'My Sheet'!B4" → "My Sheet". */
function sheetOf(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Queues what decides whether the cell is empty; read the answer after the sync. A cell inside
 * another formula's spill has no formula of its own, and writing there turns that formula into
 * #SPILL!, so its value and (where ExcelApi 1.12 has it) its spill parent count too.
 */
function queueEmptiness(range: CellRangeApi, requirements: RequirementsApi): () => boolean {
  range.load("formulas, valueTypes");
  const parent = requirements.isSetSupported("ExcelApi", SPILL_EXCEL_API) ? range.getSpillParentOrNullObject() : undefined;
  parent?.load("isNullObject");
  return () => {
    const formula = range.formulas[0]?.[0];
    const noFormula = formula === "" || formula === null || formula === undefined;
    return noFormula && range.valueTypes[0]?.[0] === "Empty" && (parent?.isNullObject ?? true);
  };
}

export async function readActiveCell(host: CellHost = officeHost()): Promise<TargetCell> {
  if (!host.requirements.isSetSupported("ExcelApi", ACTIVE_CELL_EXCEL_API)) {
    throw new ActiveCellUnsupportedError();
  }
  return host.run(async (context: CellRequestApi) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address");
    const isEmpty = queueEmptiness(cell, host.requirements);
    await context.sync();
    return { sheet: sheetOf(cell.address), address: localFirstCell(cell.address), empty: isEmpty() };
  });
}

export type WriteOutcome = "written" | "notEmpty";

/**
 * Writes `formula` into the target cell. With "ifEmpty" it writes nothing when the cell has
 * meanwhile received content (returns "notEmpty"), so the pane never overwrites without asking.
 */
export async function writeFormula(
  target: Pick<TargetCell, "sheet" | "address">,
  formula: string,
  mode: "ifEmpty" | "replace",
  host: CellHost = officeHost(),
): Promise<WriteOutcome> {
  return host.run(async (context: CellRequestApi) => {
    const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.address);
    if (mode === "ifEmpty") {
      const isEmpty = queueEmptiness(range, host.requirements);
      await context.sync();
      if (!isEmpty()) return "notEmpty";
    }
    range.formulas = [[formula]];
    await context.sync();
    return "written";
  });
}
