// Sync 1: what the insertion needs to know about the workbook, and nothing more.
import type { ExcelApi } from "./api";

export type WorkbookFacts = {
  sheetNames: string[];
  /** The sheet the user was on: re-activated by id after a failure, whatever it is called by then. */
  active: { id: string; name: string; position: number };
  /**
   * Table names, workbook-scoped names and every sheet's sheet-scoped names: a new table's name
   * must differ from all of them.
   */
  takenTableNames: string[];
  /** Table names alone: a new sheet-scoped name must differ from these (one namespace in Excel). */
  tableNames: string[];
};

/**
 * Loads sheet names, the active sheet's id, name and position, and the names of tables, of
 * workbook-scoped names and of each sheet's sheet-scoped names, in one sync. Tables are named
 * workbook-wide, so a second insertion must rename its tables; and Excel keeps tables and defined
 * names in one namespace without documenting whether a sheet-scoped name on another sheet blocks a
 * table name, so the harsher reading is taken: it does. `items/names/items/name` is one nested
 * load of Worksheet.names (ExcelApi 1.4), which every host that passes checkRequirements (1.8)
 * has, so no fallback for older hosts is needed here.
 */
export async function readWorkbook(context: ExcelApi): Promise<WorkbookFacts> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name,items/names/items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("id,name,position");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  const sheetScoped = worksheets.items.flatMap((s) => s.names.items);
  return {
    sheetNames: worksheets.items.map((s) => s.name),
    active: { id: active.id, name: active.name, position: active.position },
    takenTableNames: [...tables.items, ...names.items, ...sheetScoped].map((t) => t.name),
    tableNames: tables.items.map((t) => t.name),
  };
}
