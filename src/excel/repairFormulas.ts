// "Repair GR formulas" (Functions tab). A formula entered while the GR functions were not registered
// keeps showing #NAME? after the add-in loads, and recalculating does not help: Excel resolves the
// name only when the formula is entered again (office-js issues #6611 and #6355, the latter closed
// as by design). This re-enters exactly those formulas and writes nothing else.
//
// What counts: a cell whose own formula (Range.formulas starts with "=") calls a GR. function outside
// a text literal, and whose value is the #NAME? error (Range.valueTypes "Error" and Range.values
// "#NAME?"). Cells another formula spills into have no formula of their own (Range.formulas gives
// their value), so they are never written; re-entering a dynamic-array anchor lets it spill again.
//
// Requests. Excel on the web refuses a request or response over 5 MB ("Resource limits and
// performance optimization for Office Add-ins"), and a formula may be 8,192 characters long ("Excel
// specifications and limits"). So the work is read in two steps: every sheet's used range
// (Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4) in blocks of rows whose valueTypes alone are
// loaded (about 10 bytes a cell), then formulas and values of the error cells only, at most
// CELLS_PER_REQUEST per request, as are the writes. Whatever the workbook holds, no request carries
// more than about 2.5 MB, and the number of syncs is 3 + ⌈used cells / VALUE_TYPES_PER_REQUEST⌉
// (plus one per sheet split) + ⌈error cells / CELLS_PER_REQUEST⌉ + ⌈repairs / CELLS_PER_REQUEST⌉
// (+ one read-back per refused write request).
//
// Refusals. Protected sheets (WorksheetProtection.protected, ExcelApi 1.2) are not written and are
// reported. A cell of a legacy array formula (Ctrl+Shift+Enter) cannot be re-entered on its own, and
// no documented API tells such cells apart: when Excel refuses a write request, the cells of that
// request are read back, the report counts the ones no longer #NAME? as repaired and the rest as
// not repaired with Excel's message. Nothing undocumented is read from the error.
import type { CellValue, RequirementsApi } from "./api";

/** Worksheet.getUsedRangeOrNullObject. */
export const REPAIR_EXCEL_API = "1.4";
/** valueTypes cells loaded per request: ~10 bytes each in the response. */
export const VALUE_TYPES_PER_REQUEST = 200_000;
/** Formula cells read or written per request: 250 × (8,192 characters + JSON) stays near 2.5 MB. */
export const CELLS_PER_REQUEST = 250;

// The narrow slice of the Excel API used here (compile-time checked against the real one below).
export interface RepairRequestApi {
  readonly workbook: { readonly worksheets: { readonly items: RepairSheetApi[]; load(propertyNames: string): unknown } };
  sync(): Promise<void>;
}
export interface RepairSheetApi {
  readonly name: string;
  readonly protection: { readonly protected: boolean; load(propertyNames: string): unknown };
  getUsedRangeOrNullObject(valuesOnly?: boolean): UsedRangeApi;
  getRange(address?: string): CellBlockApi;
}
export interface UsedRangeApi {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  load(propertyNames: string): unknown;
}
export interface CellBlockApi {
  formulas: CellValue[][];
  readonly values: CellValue[][];
  readonly valueTypes: string[][];
  load(propertyNames: string): unknown;
}
export type RepairRun = <T>(batch: (context: RepairRequestApi) => Promise<T>) => Promise<T>;
export type RepairHost = { run: RepairRun; requirements: RequirementsApi };

/** Where the repair is, for the pane's progress line. */
export type RepairProgress = { step: "checking" | "repairing"; sheet: string; sheetNumber: number; sheetCount: number };

export type SheetRepair = { sheet: string; cells: number };
export type RepairReport = {
  repaired: SheetRepair[];
  /** Protected sheets with #NAME? GR cells, left as they were. */
  protectedSheets: SheetRepair[];
  /** Cells Excel refused to re-enter (read back still #NAME?), with Excel's message. */
  refused: (SheetRepair & { reason: string })[];
  syncs: number;
};

/** This Excel cannot list used ranges; the message is written for the user. */
export class RepairUnsupportedError extends Error {
  override readonly name = "RepairUnsupportedError";
  constructor() {
    super(`This version of Excel can't list the cells to repair (it needs Excel JavaScript API ${REPAIR_EXCEL_API}). Select each #NAME? cell, press F2, then Enter.`);
  }
}

/** True when the formula calls a GR. function (any case) outside text literals and quoted sheet names. */
export function callsGrFunction(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, " ");
  return /(^|[^A-Za-z0-9_.])GR\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i.test(code);
}

const isNameError = (type: string | undefined, value: CellValue | undefined) => type === "Error" && value === "#NAME?";

/** "A", …, "Z", "AA", … for a 0-based column index. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
const a1 = (row: number, column: number) => `${columnName(column)}${row + 1}`;
const a1Area = (row: number, column: number, rows: number, columns: number) =>
  rows === 1 && columns === 1 ? a1(row, column) : `${a1(row, column)}:${a1(row + rows - 1, column + columns - 1)}`;

type Block = { sheet: number; row: number; column: number; rows: number; columns: number };
type Cell = { sheet: number; row: number; column: number };
type Repair = Cell & { formula: string };

/** Row blocks of every used range, packed into requests of at most VALUE_TYPES_PER_REQUEST cells. */
function planValueTypeReads(used: (UsedRangeApi | undefined)[]): Block[][] {
  const requests: Block[][] = [[]];
  let load = 0;
  used.forEach((range, sheet) => {
    if (!range) return;
    const rowsPerBlock = Math.max(1, Math.floor(VALUE_TYPES_PER_REQUEST / range.columnCount));
    for (let r = 0; r < range.rowCount; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, range.rowCount - r);
      if (load + rows * range.columnCount > VALUE_TYPES_PER_REQUEST && load > 0) {
        requests.push([]);
        load = 0;
      }
      requests[requests.length - 1].push({ sheet, row: range.rowIndex + r, column: range.columnIndex, rows, columns: range.columnCount });
      load += rows * range.columnCount;
    }
  });
  return requests.filter((r) => r.length > 0);
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Writes grouped per sheet, then in requests of at most CELLS_PER_REQUEST cells. */
function writeRequests(repairs: Repair[]): Repair[][] {
  const bySheet = new Map<number, Repair[]>();
  for (const r of repairs) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
  return [...bySheet.values()].flatMap((list) => chunks(list, CELLS_PER_REQUEST));
}

function tally(cells: Cell[], names: string[]): SheetRepair[] {
  const counts = new Map<number, number>();
  for (const c of cells) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([sheet, count]) => ({ sheet: names[sheet], cells: count }));
}

const officeHost = (): RepairHost => ({ run: Excel.run, requirements: Office.context.requirements });

/** Finds every GR. formula cell showing #NAME? in the workbook and enters its formula again. */
export async function repairGrFormulas(onProgress: (p: RepairProgress) => void = () => undefined, host: RepairHost = officeHost()): Promise<RepairReport> {
  if (!host.requirements.isSetSupported("ExcelApi", REPAIR_EXCEL_API)) throw new RepairUnsupportedError();
  return host.run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await sync();
    const sheets = worksheets.items;
    const names = sheets.map((s) => s.name);
    const progress = (step: RepairProgress["step"], sheet: number) => onProgress({ step, sheet: names[sheet], sheetNumber: sheet + 1, sheetCount: sheets.length });

    // Microsoft documents only isNullObject as readable on a null object (a blank sheet's used
    // range), so the size is asked for in a second request, of the sheets that have one.
    const usedOrNull = sheets.map((s) => {
      s.protection.load("protected");
      const range = s.getUsedRangeOrNullObject(true);
      range.load("isNullObject");
      return range;
    });
    await sync();
    const used = usedOrNull.map((range) => (range.isNullObject ? undefined : range));
    used.forEach((range) => range?.load("rowIndex, columnIndex, rowCount, columnCount"));
    if (used.some((range) => range !== undefined)) await sync();

    const errorCells: Cell[] = [];
    for (const request of planValueTypeReads(used)) {
      progress("checking", request[0].sheet);
      const loaded = request.map((b) => {
        const range = sheets[b.sheet].getRange(a1Area(b.row, b.column, b.rows, b.columns));
        range.load("valueTypes");
        return { block: b, range };
      });
      await sync();
      for (const { block, range } of loaded) {
        range.valueTypes.forEach((line, r) =>
          line.forEach((type, c) => {
            if (type === "Error") errorCells.push({ sheet: block.sheet, row: block.row + r, column: block.column + c });
          }),
        );
      }
    }

    const candidates: Repair[] = [];
    for (const request of chunks(errorCells, CELLS_PER_REQUEST)) {
      progress("checking", request[0].sheet);
      const loaded = request.map((cell) => {
        const range = sheets[cell.sheet].getRange(a1(cell.row, cell.column));
        range.load("formulas, values, valueTypes");
        return { cell, range };
      });
      await sync();
      for (const { cell, range } of loaded) {
        const formula = range.formulas[0]?.[0];
        if (typeof formula === "string" && formula.startsWith("=") && callsGrFunction(formula) && isNameError(range.valueTypes[0]?.[0], range.values[0]?.[0])) {
          candidates.push({ ...cell, formula });
        }
      }
    }

    const writable = candidates.filter((c) => !sheets[c.sheet].protection.protected);
    const repaired: Cell[] = [];
    const refused: (SheetRepair & { reason: string })[] = [];
    for (const request of writeRequests(writable)) {
      progress("repairing", request[0].sheet);
      for (const r of request) sheets[r.sheet].getRange(a1(r.row, r.column)).formulas = [[r.formula]];
      try {
        await sync();
        repaired.push(...request);
      } catch (e) {
        // The request stopped at the refused write; read back which cells are still #NAME?.
        const reason = e instanceof Error ? e.message : String(e);
        const checks = request.map((r) => {
          const range = sheets[r.sheet].getRange(a1(r.row, r.column));
          range.load("values, valueTypes");
          return { r, range };
        });
        await sync();
        const still = checks.filter(({ range }) => isNameError(range.valueTypes[0]?.[0], range.values[0]?.[0]));
        repaired.push(...checks.filter((c) => !still.includes(c)).map((c) => c.r));
        if (still.length) refused.push({ sheet: names[request[0].sheet], cells: still.length, reason });
      }
    }
    const protectedCells = candidates.filter((c) => sheets[c.sheet].protection.protected);
    return { repaired: tally(repaired, names), protectedSheets: tally(protectedCells, names), refused, syncs };
  });
}

// Compile-time proof that the real API satisfies the slice (fails to type-check if it drifts).
type Satisfies<Narrow, Real extends Narrow> = Real;
export type RealContextSatisfiesRepairApi = Satisfies<RepairRequestApi, Excel.RequestContext>;
export type RealRunSatisfiesRepairRun = Satisfies<RepairRun, typeof Excel.run>;
