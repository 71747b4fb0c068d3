// After a failed write: remove the sheets this insertion created and re-activate the sheet the
// user was on. The failing request stopped part-way, so which new sheets exist is read first.
// The caller passes only the sheets whose add ran before the failure (StepLog.sheetsAddedBefore):
// a sheet of the same name as a later one may belong to someone else.
import type { ExcelApi } from "./api";

/** Returns the names of new sheets that could not be removed (empty when the rollback worked). */
export async function rollBack(context: ExcelApi, addedNames: string[], previouslyActive: string): Promise<string[]> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((s) => s.name));
    const created = addedNames.filter((n) => present.has(n));
    if (created.length === 0) return [];
    // Activate first, so deleting an active new sheet never lands the user somewhere else.
    worksheets.getItem(previouslyActive).activate();
    for (const name of created) worksheets.getItem(name).delete();
    await context.sync();
    return [];
  } catch {
    // The rollback itself failed: say which sheets may be left (the caller tells the user).
    return addedNames;
  }
}
