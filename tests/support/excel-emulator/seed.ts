// The user's workbook before a test (same options as the retired API-level fake had), and the
// co-author: another person editing the same workbook between the add-in's requests. Both go
// through the model's rules, so a seed or an edit Excel would refuse fails here too.
import type { CellValue } from "../../../src/excel/api";
import { cellAddress, formatArea, parseArea } from "./model/address";
import { cellAt, writeContent } from "./model/cells";
import { addName, addTable, renameTable } from "./model/names";
import { checkDefinedName } from "./model/rules";
import type { SheetState } from "./model/state";
import type { WorkbookModel } from "./model/workbook";

/** A seeded cell: a constant or formula, or a formula with the value Excel calculated for it. */
export type SeedCell = CellValue | { formula: string; value: CellValue };

export type SeedSheet = {
  name: string;
  /** A1 address → constant or formula (or {formula, value}). */
  cells?: Record<string, SeedCell>;
  tables?: { name: string; address: string }[];
  /** Dynamic arrays: the anchor's formula and the values it spills, anchor first. */
  spills?: { anchor: string; formula: string; values: CellValue[][] }[];
  /** Sheet-scoped defined names. */
  names?: { name: string; address: string }[];
  /** Worksheet.protection.protected. */
  protected?: boolean;
};

export type WorkbookSeed = {
  /** The user's workbook before the test; default: one empty "Sheet1". */
  sheets?: SeedSheet[];
  /** Name of the active sheet; default: the first. */
  active?: string;
  /** Workbook-scoped defined names (A1 references on the first sheet). */
  names?: string[];
  /** The active cell on the active sheet (Workbook.getActiveCell); default A1. */
  selection?: string;
};

export function seedWorkbook(model: WorkbookModel, seed: WorkbookSeed): void {
  const sheets = seed.sheets ?? [{ name: "Sheet1" }];
  for (const s of sheets) seedSheet(model, s);
  const active = model.findSheet(seed.active ?? sheets[0].name);
  if (!active) throw new Error(`The active sheet '${seed.active}' is not among the seeded sheets.`);
  model.state.activeSheetId = active.id;
  model.selection = seed.selection ?? "A1";
  for (const name of seed.names ?? []) {
    model.state.names.push({ name: checkDefinedName(name, "name"), address: `'${sheets[0].name}'!A1` });
  }
}

function seedSheet(model: WorkbookModel, seed: SeedSheet): void {
  const sheet = model.addSheet(seed.name);
  if (seed.protected) sheet.protected = true;
  for (const [address, content] of Object.entries(seed.cells ?? {})) {
    const cell = cellAt(sheet, address);
    if (typeof content === "object" && content !== null) {
      writeContent(model, cell, content.formula);
      cell.value = content.value;
    } else writeContent(model, cell, content);
  }
  for (const spill of seed.spills ?? []) seedSpill(sheet, spill);
  for (const t of seed.tables ?? []) renameTable(model, addTable(model, sheet, { sheet, area: parseArea(t.address) }, true), t.name);
  for (const n of seed.names ?? []) addName(model, sheet, n.name, { sheet, area: parseArea(n.address) }, undefined);
}

function seedSpill(sheet: SheetState, spill: NonNullable<SeedSheet["spills"]>[number]): void {
  const { top, left } = parseArea(spill.anchor);
  spill.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const address = cellAddress(top + r, left + c);
      sheet.cells[address] = { ...(r === 0 && c === 0 ? { formula: spill.formula } : {}), spill: { anchor: spill.anchor, value } };
    }),
  );
}

/** Another user's edits, applied directly to the workbook (as Excel applies a co-author's changes). */
export class CoAuthor {
  constructor(private readonly model: WorkbookModel) {}

  /** Adds a sheet at the end, or at `position`. */
  addSheet(name: string, position?: number): void {
    const sheet = this.model.addSheet(name);
    if (position !== undefined) this.model.move(sheet, position);
  }

  renameSheet(from: string, to: string): void {
    this.model.rename(this.model.sheetByKey(from), to);
  }

  deleteSheet(name: string): void {
    this.model.deleteSheet(this.model.sheetByKey(name));
  }

  activate(name: string): void {
    this.model.state.activeSheetId = this.model.sheetByKey(name).id;
  }

  setCell(sheet: string, address: string, content: CellValue): void {
    const target = this.model.sheetByKey(sheet);
    writeContent(this.model, cellAt(target, formatArea(parseArea(address))), content);
  }

  addTable(sheet: string, address: string, name?: string): void {
    const target = this.model.sheetByKey(sheet);
    const table = addTable(this.model, target, { sheet: target, area: parseArea(address) }, true);
    if (name !== undefined) renameTable(this.model, table, name);
  }

  /** A defined name on `sheet` (sheet scope) or, without a sheet, on the workbook. */
  addName(name: string, address: string, sheet?: string): void {
    const scope = sheet === undefined ? undefined : this.model.sheetByKey(sheet);
    const target = scope ?? this.model.state.sheets[0];
    addName(this.model, scope, name, { sheet: target, area: parseArea(address) }, undefined);
  }
}
