// The workbook behind the emulator: its state plus the switches that decide what Excel does where
// Microsoft documents nothing. Sheet-level rules live here; cells, objects and charts in their files.
import type { CellValue } from "../../../../src/excel/api";
import { ExcelError, invalidArgument, itemNotFound } from "../errors";
import type { InsertedNameClash } from "../objects/insertFromBase64";
import { checkSheetName } from "./rules";
import { type SheetState, type WorkbookState, newSheet } from "./state";

/**
 * Which series ChartCollection.add makes from its source range (Microsoft documents neither case
 * for a range without values): "everyLine", one per row/column whatever it holds;
 * "linesWithValues", none for a row/column holding no value.
 */
export type SeriesFromSource = "everyLine" | "linesWithValues";

/** Computes a formula's value when a test wants formulas to have one (the emulator calculates nothing). */
export type Calculate = (cell: { sheet: string; address: string; formula: string }) => CellValue | undefined;

export type WorkbookSwitches = {
  /**
   * Whether the GR. custom functions are registered. While they are not, a formula entered with a
   * GR. call shows #NAME? (and keeps it after registration until it is entered again: office-js
   * issues #6611, #6355). Default true.
   */
  functionsRegistered: boolean;
  /**
   * Microsoft documents no series for a source row/column holding no values. The harsher reading,
   * "linesWithValues" (no series for such a line, so none at all from an empty range), is the
   * emulator's default; "everyLine" makes one per row/column whatever it holds.
   */
  seriesFromSource: SeriesFromSource;
  calculate?: Calculate;
  /** Workbook.insertWorksheetsFromBase64 with a taken sheet name: "refuse" (default) or "rename" (objects/insertFromBase64.ts). */
  insertedNameClash?: InsertedNameClash;
};

export class WorkbookModel {
  readonly state: WorkbookState = { sheets: [], activeSheetId: 0, names: [] };
  /** The active cell of the active sheet (Workbook.getActiveCell). */
  selection = "A1";
  private nextId = 1;

  constructor(readonly switches: WorkbookSwitches) {}

  newId(): number {
    return this.nextId++;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** Appends a sheet (WorksheetCollection.add: "The new worksheet will be added at the end"). */
  addSheet(name: unknown): SheetState {
    const existing = this.sheetNames();
    const finalName = name === undefined || name === null ? defaultSheetName(existing) : checkSheetName(name, existing);
    const sheet = newSheet(this.newId(), finalName);
    this.state.sheets.push(sheet);
    return sheet;
  }

  /** A sheet by name (without regard to case) or by its id, as WorksheetCollection.getItem(key) takes. */
  findSheet(key: unknown): SheetState | undefined {
    if (typeof key !== "string") return undefined;
    return this.state.sheets.find((s) => s.name.toUpperCase() === key.toUpperCase() || sheetWireId(s) === key);
  }

  sheetByKey(key: unknown): SheetState {
    const sheet = this.findSheet(key);
    if (!sheet) throw itemNotFound(`No worksheet is called or has the id ${JSON.stringify(key)}.`);
    return sheet;
  }

  activeSheet(): SheetState {
    return this.alive(this.state.sheets.find((s) => s.id === this.state.activeSheetId));
  }

  /** A sheet object of an earlier path or request: fails once the sheet has been deleted. */
  alive(sheet: SheetState | undefined): SheetState {
    if (!sheet || !this.state.sheets.includes(sheet)) throw itemNotFound("The worksheet no longer exists.");
    return sheet;
  }

  rename(sheet: SheetState, name: unknown): void {
    sheet.name = checkSheetName(name, this.sheetNames(), sheet.name);
  }

  /** Worksheet.position: "The zero-based position of the worksheet within the workbook." */
  move(sheet: SheetState, position: unknown): void {
    const sheets = this.state.sheets;
    if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= sheets.length) {
      throw invalidArgument(`Position ${String(position)} is outside 0…${sheets.length - 1}.`);
    }
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(position, 0, sheet);
  }

  /**
   * Worksheet.delete. A workbook keeps at least one visible sheet (Excel refuses to delete the last
   * one); deleting the active sheet activates its neighbour, the next one or else the previous one.
   */
  deleteSheet(sheet: SheetState): void {
    const sheets = this.state.sheets;
    if (sheets.length === 1) throw new ExcelError("InvalidOperation", "A workbook must contain at least one sheet.");
    const index = sheets.indexOf(sheet);
    sheets.splice(index, 1);
    if (this.state.activeSheetId === sheet.id) this.state.activeSheetId = sheets[Math.min(index, sheets.length - 1)].id;
  }
}

/** "Sheet<n>" with the lowest n above the count that is free, as Excel names a new sheet. */
function defaultSheetName(existing: string[]): string {
  let n = existing.length + 1;
  while (existing.some((e) => e.toUpperCase() === `SHEET${n}`)) n++;
  return `Sheet${n}`;
}

/** Worksheet.id as Excel reports it: a GUID in braces ("{00000000-0001-0000-0000-000000000000}"). */
export function sheetWireId(sheet: SheetState): string {
  return `{00000000-0001-0000-0000-${sheet.id.toString(16).toUpperCase().padStart(12, "0")}}`;
}
