// Workbook, worksheet collection and worksheet proxies.
import type { ExcelApi, RangeApi, WorkbookApi, WorksheetApi, WorksheetCollectionApi } from "../../../src/excel/api";
import { parseArea } from "./address";
import { StrictChartCollection } from "./chart";
import { StrictExcelError, invalidArgument } from "./errors";
import { ClientObject, Host, loadList } from "./host";
import { StrictRange, rangeOf } from "./range";
import { checkColour, checkSheetName } from "./rules";
import { StrictSheetNames, StrictSheetTables, StrictWorkbookNames, StrictWorkbookTables } from "./sheetObjects";
import type { SheetState } from "./state";

export type SheetResolver = () => SheetState;

export function sheetById(host: Host, id: number): SheetState {
  const sheet = host.state.sheets.find((s) => s.id === id);
  if (!sheet) throw new StrictExcelError("ItemNotFound", "The requested worksheet does not exist.");
  return sheet;
}

/**
 * Worksheet.id: "uniquely identifies the worksheet in a given workbook ... the same even when the
 * worksheet is renamed or moved". Shaped like Excel's ids ("{00000000-0001-0000-0000-000000000000}"):
 * 38 characters, longer than any sheet name, so no name can be mistaken for an id.
 */
export const worksheetId = (id: number) => `{${id.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;

/** WorksheetCollection.getItem(key): "using its name or ID" (names compared without regard to case). */
export function sheetByKey(host: Host, key: string): SheetState {
  const sheet = host.state.sheets.find((s) => s.name.toUpperCase() === key.toUpperCase() || worksheetId(s.id) === key);
  if (!sheet) throw new StrictExcelError("ItemNotFound", `The worksheet '${key}' does not exist.`);
  return sheet;
}

export class StrictContext implements ExcelApi {
  readonly workbook: StrictWorkbook;
  constructor(private readonly host: Host) {
    this.workbook = new StrictWorkbook(host);
  }
  sync(): Promise<void> {
    return this.host.sync();
  }
}

export class StrictWorkbook implements WorkbookApi {
  readonly worksheets: StrictWorksheetCollection;
  readonly tables: StrictWorkbookTables;
  readonly names: StrictWorkbookNames;
  constructor(host: Host) {
    this.worksheets = new StrictWorksheetCollection(host);
    this.tables = new StrictWorkbookTables(host);
    this.names = new StrictWorkbookNames(host);
  }

  /** ExcelApi 1.7: the selected cell of the active sheet (StrictExcel.select). */
  getActiveCell(): StrictRange {
    return this.worksheets.getActiveWorksheet().getRange(this.worksheets.host.selection);
  }
}

export class StrictWorksheetCollection extends ClientObject implements WorksheetCollectionApi {
  constructor(host: Host) {
    super(host, "workbook.worksheets", "WorksheetCollection");
  }

  get items(): StrictWorksheet[] {
    return this.read("items");
  }

  load(propertyNames: string): this {
    const itemProperties = loadList(propertyNames).map((p) => p.replace(/^items\//, ""));
    this.queue("load", [propertyNames], () => {
      const items = this.host.state.sheets.map((s) => new StrictWorksheet(this.host, sheetPath(s.name), () => s));
      items.forEach((item) => item.fill(itemProperties));
      this.loaded.set("items", items);
    });
    return this;
  }

  add(name?: string): StrictWorksheet {
    let added: SheetState | undefined;
    const resolve = () => {
      if (!added) throw new StrictExcelError("InvalidReference", "The worksheet was never added.");
      return sheetById(this.host, added.id);
    };
    const sheet = new StrictWorksheet(this.host, `${this.path}.add(${JSON.stringify(name)})`, resolve);
    this.queue("add", [name], (n) => {
      const existing = this.host.state.sheets.map((s) => s.name);
      const finalName = n ?? defaultSheetName(existing);
      checkSheetName(finalName, existing);
      added = this.host.addSheetState(finalName);
    });
    return sheet;
  }

  getActiveWorksheet(): StrictWorksheet {
    return new StrictWorksheet(this.host, `${this.path}.getActiveWorksheet()`, () =>
      sheetById(this.host, this.host.state.activeSheetId),
    );
  }

  getItem(key: string): StrictWorksheet {
    return new StrictWorksheet(this.host, sheetPath(key), () => sheetByKey(this.host, key));
  }
}

const sheetPath = (name: string) => `workbook.worksheets.getItem(${JSON.stringify(name)})`;

function defaultSheetName(existing: string[]): string {
  let n = existing.length + 1;
  while (existing.some((e) => e.toUpperCase() === `SHEET${n}`)) n++;
  return `Sheet${n}`;
}

export class StrictWorksheet extends ClientObject implements WorksheetApi {
  readonly freezePanes: StrictFreezePanes;
  readonly names: StrictSheetNames;
  readonly tables: StrictSheetTables;
  readonly charts: StrictChartCollection;

  constructor(host: Host, path: string, readonly resolve: SheetResolver) {
    super(host, path, "Worksheet");
    this.freezePanes = new StrictFreezePanes(host, `${path}.freezePanes`, resolve);
    this.names = new StrictSheetNames(host, `${path}.names`, resolve);
    this.tables = new StrictSheetTables(host, `${path}.tables`, resolve);
    this.charts = new StrictChartCollection(host, `${path}.charts`, resolve);
  }

  /** Copies the named properties from the state now (used by loads while a sync applies them). */
  fill(properties: string[]): void {
    const sheet = this.resolve();
    const position = this.host.state.sheets.indexOf(sheet);
    const values: Record<string, unknown> = { id: worksheetId(sheet.id), name: sheet.name, position, showGridlines: sheet.showGridlines, tabColor: sheet.tabColor };
    for (const p of properties) {
      if (p === "names/items/name") { this.names.fillNames(); continue; } // the renderer's sync 1 (src/excel/read.ts)
      if (!(p in values)) throw invalidArgument(`The property '${p}' cannot be loaded on a worksheet in the fake.`);
      this.loaded.set(p, values[p]);
    }
  }

  load(propertyNames: string): this {
    this.queue("load", [propertyNames], () => this.fill(loadList(propertyNames)));
    return this;
  }

  get id(): string { return this.read("id"); }

  get name(): string { return this.read("name"); }
  set name(value: string) {
    this.queue("name", [value], (v) => {
      const sheet = this.resolve();
      checkSheetName(v, this.host.state.sheets.map((s) => s.name), sheet.name);
      sheet.name = v;
    });
  }

  get position(): number { return this.read("position"); }
  set position(value: number) {
    this.queue("position", [value], (v) => {
      const sheets = this.host.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument(`Position ${v} is out of range.`);
      const sheet = this.resolve();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(v, 0, sheet);
    });
  }

  get showGridlines(): boolean { return this.read("showGridlines"); }
  set showGridlines(value: boolean) {
    this.queue("showGridlines", [value], (v) => {
      if (typeof v !== "boolean") throw invalidArgument("showGridlines must be a boolean.");
      this.resolve().showGridlines = v;
    });
  }

  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(value: string) {
    this.queue("tabColor", [value], (v) => {
      this.resolve().tabColor = v === "" ? "" : checkColour(v);
    });
  }

  activate(): void {
    this.queue("activate", [], () => {
      this.host.state.activeSheetId = this.resolve().id;
    });
  }

  delete(): void {
    this.queue("delete", [], () => deleteSheet(this.host, this.resolve()));
  }

  getRange(address?: string): StrictRange {
    return new StrictRange(this.host, `${this.path}.getRange(${JSON.stringify(address)})`, this.resolve, address ?? "A1:XFD1048576");
  }
}

function deleteSheet(host: Host, sheet: SheetState): void {
  const sheets = host.state.sheets;
  if (sheets.length === 1) throw new StrictExcelError("InvalidOperation", "A workbook must contain at least one sheet.");
  const index = sheets.indexOf(sheet);
  sheets.splice(index, 1);
  if (host.state.activeSheetId === sheet.id) host.state.activeSheetId = sheets[Math.min(index, sheets.length - 1)].id;
}

export class StrictFreezePanes extends ClientObject {
  constructor(host: Host, path: string, private readonly resolve: SheetResolver) {
    super(host, path, "WorksheetFreezePanes");
  }

  freezeAt(frozenRange: RangeApi | string): void {
    this.queue("freezeAt", [frozenRange], (r) => {
      const sheet = this.resolve();
      const area = typeof r === "string" ? parseArea(r) : rangeOf(r, sheet).area;
      this.setFreeze(area.bottom + 1 === 1_048_576 ? 0 : area.bottom + 1, area.right + 1 === 16_384 ? 0 : area.right + 1);
    });
  }

  freezeRows(count = 1): void {
    this.queue("freezeRows", [count], (n) => this.setFreeze(n, 0));
  }

  freezeColumns(count = 1): void {
    this.queue("freezeColumns", [count], (n) => this.setFreeze(0, n));
  }

  private setFreeze(rows: number, columns: number): void {
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
      throw invalidArgument("Freeze counts must be whole numbers ≥ 0.");
    }
    const sheet = this.resolve();
    if (rows === 0 && columns === 0) delete sheet.freeze;
    else sheet.freeze = { rows, columns };
  }
}
