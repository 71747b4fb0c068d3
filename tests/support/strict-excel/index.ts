// The strict in-memory Excel: entry point, seeding, fault injection and what tests assert on.
// No Node APIs: the pane's browser tests bundle it into a fake Office host.
import type { CellValue } from "../../../src/excel/api";
import { StrictExcelError } from "./errors";
import { Host, type Failure, type RequestStats } from "./host";
import { checkDefinedName, checkSheetName } from "./rules";
import { cellAddress, parseArea } from "./address";
import { type SheetSnapshot, type SheetState, type WorkbookSnapshot, snapshotOf } from "./state";
import { StrictContext } from "./worksheet";

export type SeedSheet = {
  name: string;
  /** A1 address → constant or formula. */
  cells?: Record<string, CellValue>;
  tables?: { name: string; address: string }[];
  /** Dynamic arrays: the anchor's formula and the values it spills, anchor first. */
  spills?: { anchor: string; formula: string; values: CellValue[][] }[];
};

export type StrictExcelOptions = {
  /** The user's workbook before the test; default: one empty "Sheet1". */
  sheets?: SeedSheet[];
  /** Name of the active sheet; default: the first. */
  active?: string;
  /** Workbook-scoped defined names (A1 references on the first sheet). */
  names?: string[];
  /** The active cell on the active sheet (Workbook.getActiveCell); default A1. */
  selection?: string;
  /**
   * What a failed sync's error says about where it failed. Excel documents debugInfo.errorLocation
   * and statement as given "if available" (OfficeExtension.DebugInfo), so code must work without
   * them. "reported" (default): both, e.g. errorLocation "Range.formulas"; "omitted": only code and
   * message.
   */
  errorLocation?: "reported" | "omitted";
  /**
   * Which series Workbook charts.add makes from its source range; Microsoft documents neither case
   * for a range without values. "everyLine" (default): one series per row (or column, by seriesBy),
   * whatever it holds; "linesWithValues": none for a row (column) in which no cell holds a constant,
   * a formula or a spilled value, so an empty range gives a chart with no series.
   */
  seriesFromSource?: "everyLine" | "linesWithValues";
};

export class StrictExcel {
  private readonly host: Host;

  constructor(options: StrictExcelOptions = {}) {
    this.host = new Host({ errorLocation: options.errorLocation ?? "reported", seriesFromSource: options.seriesFromSource ?? "everyLine" });
    const seeds = options.sheets ?? [{ name: "Sheet1" }];
    for (const seed of seeds) this.seedSheet(seed);
    const active = options.active ?? seeds[0].name;
    this.host.state.activeSheetId = this.host.state.sheets.find((s) => s.name === active)!.id;
    this.host.selection = options.selection ?? "A1";
    for (const name of options.names ?? []) {
      checkDefinedName(name, "name");
      this.host.state.names.push({ name, address: `'${seeds[0].name}'!A1` });
    }
  }

  private seedSheet(seed: SeedSheet): void {
    checkSheetName(seed.name, this.host.state.sheets.map((s) => s.name));
    const sheet = this.host.addSheetState(seed.name);
    for (const [address, formula] of Object.entries(seed.cells ?? {})) sheet.cells[address] = { formula };
    for (const spill of seed.spills ?? []) seedSpill(sheet, spill);
    for (const t of seed.tables ?? []) {
      sheet.tables.push({ id: this.host.newId(), name: t.name, address: t.address, style: "TableStyleMedium2", hasHeaders: true });
    }
  }

  /**
   * Like Excel.run: one request context for the batch. Operations still queued when the batch ends
   * were never synced; the fake treats that as a bug in the caller and throws.
   */
  run = async <T>(batch: (context: StrictContext) => Promise<T>): Promise<T> => {
    const context = new StrictContext(this.host);
    try {
      const result = await batch(context);
      if (this.host.pendingCount > 0) {
        throw new Error(`${this.host.pendingCount} operations were queued but never synced.`);
      }
      return result;
    } finally {
      this.host.discardPending();
    }
  };

  /**
   * Makes the n-th queued operation fail (1-based, counted over this fake's life, loads included)
   * with GeneralException "Injected fault at operation n (<location>)"; more indexes fail more
   * operations, e.g. one in the write and one in the rollback.
   */
  failAt(operationIndex: number, ...more: number[]): void {
    this.host.failAt([operationIndex, ...more]);
  }

  /** Selects a cell on the active sheet (what Workbook.getActiveCell returns). */
  select(address: string): void {
    this.host.selection = address;
  }

  /** Operations queued so far (loads, property writes and method calls). */
  get operationCount(): number { return this.host.operationCount; }
  get syncCount(): number { return this.host.syncCount; }
  /** One entry per sync: how many operations it carried and their estimated JSON size. */
  get requests(): readonly RequestStats[] { return this.host.requests; }
  get lastFailure(): Failure | undefined { return this.host.lastFailure; }

  /** A deep copy of the workbook: compare two with toEqual. */
  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.host.state);
  }

  sheet(name: string): SheetSnapshot {
    const found = this.snapshot().sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named '${name}'. Sheets: ${this.sheetNames().join(", ")}`);
    return found;
  }

  sheetNames(): string[] {
    return this.host.state.sheets.map((s) => s.name);
  }
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

export { StrictExcelError };
export { fakeRequirements } from "./requirements";
export { formulaReferences, type FormulaRef } from "./formulaRefs";
export { tryParseArea, cellsOf, cellAddress, columnLetters, columnIndex, type Area } from "./address";
export type * from "./state";
export type { Failure, RequestStats } from "./host";
export type { StrictDebugInfo } from "./errors";
