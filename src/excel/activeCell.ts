// The "Insert example" button's two Excel requests. Reading and writing are separate runs because the pane may need to ask the
// user in between; the write re-checks that the cell is still empty unless the user agreed to replace.

/** The cell "Insert example" writes to: the active cell, where it was when the user clicked. */
export type TargetCell = {
  sheet: string;
  /** Sheet-local address, e.g. "B4". */
  address: string;
  /** Whether the cell holds nothing (no constant, no formula). */
  empty: boolean;
};

const isEmptyContent = (formula: unknown) => formula === "" || formula === null || formula === undefined;

/** "'My Sheet'!B4" → "B4"; "Sheet1!B4:C5" → "B4". */
function localFirstCell(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0];
}

export async function readActiveCell(): Promise<TargetCell> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const cell = context.workbook.getActiveCell().load("address, formulas");
    await context.sync();
    return { sheet: sheet.name, address: localFirstCell(cell.address), empty: isEmptyContent(cell.formulas[0]?.[0]) };
  });
}

export type WriteOutcome = "written" | "notEmpty";

/**
 * Writes `formula` into the target cell. With "ifEmpty" it writes nothing when the cell has
 * meanwhile received content (returns "notEmpty"), so the pane never overwrites without asking.
 */
export async function writeFormula(target: Pick<TargetCell, "sheet" | "address">, formula: string, mode: "ifEmpty" | "replace"): Promise<WriteOutcome> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.address);
    if (mode === "ifEmpty") {
      range.load("formulas");
      await context.sync();
      if (!isEmptyContent(range.formulas[0]?.[0])) return "notEmpty";
    }
    range.formulas = [[formula]];
    await context.sync();
    return "written";
  });
}
