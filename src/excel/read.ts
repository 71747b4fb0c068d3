// Sync 1: what the insertion needs to know about the workbook, and nothing more.
import type { ExcelApi } from "./api";

export type WorkbookFacts = {
  sheetNames: string[];
  /** The sheet the user was on: re-activated by id after a failure, whatever it is called by then. */
  active: { id: string; name: string; position: number };
  /** Table names and workbook-scoped names: a new table's name must differ from all of them. */
  takenTableNames: string[];
  /** Table names alone: a new sheet-scoped name must differ from these (one namespace in Excel). */
  tableNames: string[];
};

/**
 * Loads sheet names, the active sheet's id, name and position, and table and workbook-name names
 * (tables are named workbook-wide, so a second insertion must rename its tables), in one sync.
 */
export async function readWorkbook(context: ExcelApi): Promise<WorkbookFacts> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("id,name,position");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  return {
    sheetNames: worksheets.items.map((s) => s.name),
    active: { id: active.id, name: active.name, position: active.position },
    takenTableNames: [...tables.items, ...names.items].map((t) => t.name),
    tableNames: tables.items.map((t) => t.name),
  };
}
