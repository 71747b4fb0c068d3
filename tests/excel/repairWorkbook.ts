// A strict in-memory workbook for "Repair GR formulas", implementing the narrow API of
// src/excel/repairFormulas.ts the way Excel documents it: properties are readable only after load
// and sync (PropertyNotLoaded otherwise); queued writes run in order at sync, and a refused write
// fails the sync with the writes before it applied and those after it dropped; getUsedRangeOrNullObject
// gives a null object for a blank sheet; a spilled cell has a value but no formula of its own
// (Range.formulas returns its value). It also evaluates GR. formulas as Excel does around
// registration: #NAME? while the functions are unknown, and formulas entered before registration
// stay #NAME? after it (office-js #6611) until entered again. Every sync's request and response are
// measured as JSON, to hold them to Excel on the web's 5 MB limit.
// (It predates the Excel emulator, which has used ranges but calculates no formulas; the repair also
// runs through the emulator in tests/emulator/repairFormulas.test.ts.)
import type { CellValue } from "../../src/excel/api";
import type { CellBlockApi, RepairRequestApi, RepairRun, RepairSheetApi, UsedRangeApi } from "../../src/excel/repairFormulas";

export type FakeCell = { formula?: string; value: CellValue; type: string; spilledFrom?: string };
export type FakeSheet = { name: string; protected?: boolean; cells: Map<string, FakeCell>; legacyArrays?: string[] };
export type SyncStats = { requestBytes: number; responseBytes: number };

const NAME_ERROR = { value: "#NAME?", type: "Error" } as const;

function parseCell(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`InvalidArgument: bad address ${a1}`);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}
export function cellName(row: number, column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}
function cellsOf(address: string): { row: number; column: number }[][] {
  const [from, to = from] = address.split(":").map(parseCell);
  return Array.from({ length: to.row - from.row + 1 }, (_, r) => Array.from({ length: to.column - from.column + 1 }, (_, c) => ({ row: from.row + r, column: from.column + c })));
}

export class RepairWorkbook {
  readonly sheets: FakeSheet[] = [];
  registered = false;
  syncs: SyncStats[] = [];
  /** Addresses written, as "Sheet!A1". */
  written: string[] = [];

  addSheet(name: string, cells: Record<string, CellValue>, options: { protected?: boolean; legacyArrays?: string[] } = {}): FakeSheet {
    const sheet: FakeSheet = { name, protected: options.protected, cells: new Map(), legacyArrays: options.legacyArrays };
    for (const [address, content] of Object.entries(cells)) sheet.cells.set(address, this.evaluate(content));
    this.sheets.push(sheet);
    return sheet;
  }

  /** A dynamic array: the anchor holds the formula, every other cell only the spilled value. */
  addSpill(sheet: FakeSheet, anchor: string, formula: string, values: CellValue[][]): void {
    const { row, column } = parseCell(anchor);
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const own = r === 0 && c === 0;
        sheet.cells.set(cellName(row + r, column + c), { ...(own ? { formula } : { spilledFrom: anchor }), value, type: typeof value === "number" ? "Double" : "String" });
      }),
    );
  }

  /** What Excel shows for content entered now: GR. calls are #NAME? until the functions are registered. */
  private evaluate(content: CellValue): FakeCell {
    if (typeof content === "string" && content.startsWith("=")) {
      if (/UNKNOWNFN\(/.test(content)) return { formula: content, ...NAME_ERROR };
      if (/(^|[^A-Za-z0-9_.])GR\./i.test(content.replace(/"(?:[^"]|"")*"/g, ""))) return this.registered ? { formula: content, value: 42, type: "Double" } : { formula: content, ...NAME_ERROR };
      return { formula: content, value: 1, type: "Double" };
    }
    if (content === null) return { value: "", type: "Empty" };
    return { value: content, type: typeof content === "number" ? "Double" : typeof content === "string" ? "String" : "Boolean" };
  }

  /** A plain copy of every cell, to compare before and after. */
  snapshot(): Record<string, Record<string, FakeCell>> {
    return Object.fromEntries(this.sheets.map((s) => [s.name, Object.fromEntries([...s.cells].map(([a, c]) => [a, { ...c }]))]));
  }

  run: RepairRun = async (batch) => batch(new Context(this));

  applyWrite(sheet: FakeSheet, address: string, formulas: CellValue[][]): void {
    if (sheet.protected) throw Object.assign(new Error("The cell or chart you're trying to change is protected."), { code: "AccessDenied" });
    cellsOf(address).forEach((line, r) =>
      line.forEach(({ row, column }, c) => {
        const name = cellName(row, column);
        if (sheet.legacyArrays?.some((area) => cellsOf(area).flat().some((x) => cellName(x.row, x.column) === name))) {
          throw Object.assign(new Error("You can't change part of an array."), { code: "InvalidOperation" });
        }
        sheet.cells.set(name, this.evaluate(formulas[r][c]));
        this.written.push(`${sheet.name}!${name}`);
      }),
    );
  }
}

type Op = { bytes: number; apply: () => void };

class Context implements RepairRequestApi {
  readonly queue: Op[] = [];
  readonly workbook: RepairRequestApi["workbook"];
  constructor(readonly book: RepairWorkbook) {
    const items: SheetProxy[] = [];
    let loaded = false;
    this.workbook = {
      worksheets: {
        get items() {
          if (!loaded) throw new Error("PropertyNotLoaded: worksheets.items");
          return items;
        },
        load: () => this.queue.push({ bytes: 30, apply: () => ((loaded = true), items.splice(0, items.length, ...book.sheets.map((s) => new SheetProxy(this, s)))) }),
      },
    };
  }

  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const stats = { requestBytes: ops.reduce((n, o) => n + o.bytes, 0), responseBytes: 0 };
    this.book.syncs.push(stats);
    this.responseBytes = (n) => (stats.responseBytes += n);
    for (const op of ops) op.apply(); // a throwing write stops the batch here
  }
  responseBytes: (n: number) => void = () => undefined;
}

/** A loadable object: `values` fills at sync, reading before that throws PropertyNotLoaded. */
class Loadable<T extends Record<string, unknown>> {
  protected data: Partial<T> = {};
  constructor(protected readonly context: Context, private readonly read: (p: keyof T) => unknown) {}
  load(propertyNames: string): void {
    const props = propertyNames.split(",").map((p) => p.trim()) as (keyof T & string)[];
    this.context.queue.push({
      bytes: 40 + propertyNames.length,
      apply: () => {
        for (const p of props) this.data[p] = this.read(p) as T[typeof p];
        this.context.responseBytes(JSON.stringify(props.map((p) => this.data[p])).length);
      },
    });
  }
  protected get<K extends keyof T>(p: K): T[K] {
    if (!(p in this.data)) throw new Error(`PropertyNotLoaded: ${String(p)}`);
    return this.data[p] as T[K];
  }
}

class SheetProxy implements RepairSheetApi {
  readonly protection: RepairSheetApi["protection"];
  constructor(private readonly context: Context, private readonly sheet: FakeSheet) {
    const p = new (class extends Loadable<{ protected: boolean }> {
      get protected() { return this.get("protected"); }
    })(context, () => sheet.protected === true);
    this.protection = p;
  }
  get name(): string { return this.sheet.name; }
  getUsedRangeOrNullObject(valuesOnly?: boolean): UsedRangeApi {
    if (valuesOnly !== true) throw new Error("the fake models getUsedRangeOrNullObject(true) only");
    const sheet = this.sheet;
    const at = [...sheet.cells].filter(([, c]) => c.type !== "Empty").map(([a]) => parseCell(a));
    const extreme = (pick: (c: { row: number; column: number }) => number, better: (a: number, b: number) => boolean) =>
      at.reduce((best, c) => (better(pick(c), best) ? pick(c) : best), pick(at[0] ?? { row: 0, column: 0 }));
    const top = extreme((c) => c.row, (a, b) => a < b);
    const left = extreme((c) => c.column, (a, b) => a < b);
    const rowCount = extreme((c) => c.row, (a, b) => a > b) - top + 1;
    const columnCount = extreme((c) => c.column, (a, b) => a > b) - left + 1;
    const shape = { isNullObject: at.length === 0, rowIndex: top, columnIndex: left, rowCount, columnCount };
    return new (class extends Loadable<typeof shape> implements UsedRangeApi {
      get isNullObject() { return this.get("isNullObject"); }
      get rowIndex() { return this.get("rowIndex"); }
      get columnIndex() { return this.get("columnIndex"); }
      get rowCount() { return this.get("rowCount"); }
      get columnCount() { return this.get("columnCount"); }
    })(this.context, (p) => {
      // Microsoft documents only isNullObject as usable on a null object: the stricter reading is that
      // loading anything else on it fails the request.
      if (shape.isNullObject && p !== "isNullObject") throw new Error("InvalidObjectPath: the used range of a blank sheet is a null object");
      return shape[p];
    });
  }
  getRange(address = "A1"): CellBlockApi {
    const { sheet, context } = this;
    const cells = cellsOf(address);
    const cellAt = (row: number, column: number): FakeCell => sheet.cells.get(cellName(row, column)) ?? { value: "", type: "Empty" };
    const read = (p: "formulas" | "values" | "valueTypes") =>
      cells.map((line) => line.map(({ row, column }) => {
        const c = cellAt(row, column);
        return p === "valueTypes" ? c.type : p === "values" ? c.value : (c.formula ?? c.value);
      }));
    return new (class extends Loadable<{ formulas: CellValue[][]; values: CellValue[][]; valueTypes: string[][] }> implements CellBlockApi {
      get formulas() { return this.get("formulas"); }
      set formulas(v: CellValue[][]) {
        context.queue.push({ bytes: 60 + address.length + JSON.stringify(v).length, apply: () => context.book.applyWrite(sheet, address, v) });
      }
      get values() { return this.get("values"); }
      get valueTypes() { return this.get("valueTypes"); }
    })(context, (p) => read(p as "formulas" | "values" | "valueTypes"));
  }
}
