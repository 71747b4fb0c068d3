// Sheet-scoped names, tables (on a sheet and read workbook-wide), and workbook-scoped names.
import type { NamedCollectionApi, RangeApi, TableApi } from "../../../src/excel/api";
import { cellsOf, formatArea, isWholeColumns, isWholeRows, overlaps, parseArea } from "./address";
import { StrictExcelError, invalidArgument } from "./errors";
import { ClientObject, Host } from "./host";
import { cellAt, rangeOf } from "./range";
import { checkDefinedName, checkTableStyle } from "./rules";
import type { SheetState, TableState } from "./state";

type SheetResolver = () => SheetState;

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export class StrictSheetNames extends ClientObject {
  constructor(host: Host, path: string, private readonly resolve: SheetResolver) {
    super(host, path, "NamedItemCollection");
  }

  /** The names, once a worksheet load of "names/items/name" filled them. */
  get items(): { name: string }[] {
    return this.read("items");
  }

  fillNames(): void {
    this.loaded.set("items", this.resolve().names.map((n) => ({ name: n.name })));
  }

  add(name: string, reference: RangeApi | string, comment?: string): void {
    this.queue("add", [name, reference, comment], (n, ref, c) => {
      const sheet = this.resolve();
      checkDefinedName(n, "name");
      if (sheet.names.some((x) => sameName(x.name, n))) {
        throw new StrictExcelError("ItemAlreadyExists", `The name '${n}' already exists on '${sheet.name}'.`);
      }
      // Excel keeps table names and defined names in one namespace, whatever the name's scope.
      if (allTables(this.host).some((t) => sameName(t.name, n))) {
        throw invalidArgument(`The name '${n}' is already used by a table.`);
      }
      if (c !== undefined && c.length > 255) throw invalidArgument("A name's comment is at most 255 characters.");
      sheet.names.push({ name: n, address: referenceText(ref, sheet), ...(c !== undefined ? { comment: c } : {}) });
    });
  }
}

/** A Range reference as a sheet-local address (or qualified when on another sheet); a string as given. */
function referenceText(reference: unknown, sheet: SheetState): string {
  if (typeof reference === "string") {
    if (!reference.startsWith("=")) throw invalidArgument(`The reference '${reference}' must start with '='.`);
    return reference;
  }
  const target = rangeOf(reference);
  const address = formatArea(target.area);
  return target.sheet === sheet ? address : `'${target.sheet.name.replace(/'/g, "''")}'!${address}`;
}

export class StrictSheetTables extends ClientObject {
  constructor(host: Host, path: string, private readonly resolve: SheetResolver) {
    super(host, path, "TableCollection");
  }

  add(address: RangeApi | string, hasHeaders: boolean): TableApi {
    let created: TableState | undefined;
    this.queue("add", [address, hasHeaders], (a, headers) => {
      created = this.createTable(a, headers);
    });
    const resolve = () => {
      const table = created && this.resolve().tables.find((t) => t.id === created!.id);
      if (!table) throw invalidArgument("The table was never added.");
      return table;
    };
    return new StrictTable(this.host, `${this.path}.add(...)`, resolve);
  }

  /**
   * Excel's documented rule for a string address without a sheet name: the *active* sheet is used.
   * The fake applies it literally, so passing a bare string for a sheet that is not active shows up.
   */
  private createTable(address: unknown, hasHeaders: boolean): TableState {
    const sheet = this.resolve();
    const target =
      typeof address === "string"
        ? { sheet: this.host.state.sheets.find((s) => s.id === this.host.state.activeSheetId)!, area: parseArea(address) }
        : rangeOf(address);
    if (target.sheet !== sheet) throw invalidArgument("The table's range is not on this worksheet.");
    const area = target.area;
    if (isWholeColumns(area) || isWholeRows(area)) throw new Error("The strict fake does not model whole-column tables.");
    if (sheet.tables.some((t) => overlaps(parseArea(t.address), area))) {
      throw invalidArgument("A table cannot overlap another table.");
    }
    const table: TableState = { id: this.host.newId(), name: nextTableName(allTables(this.host)), address: formatArea(area), style: "TableStyleMedium2", hasHeaders };
    if (hasHeaders) fillBlankHeaders(sheet, { ...area, bottom: area.top });
    sheet.tables.push(table);
    return table;
  }
}

/** Excel names blank header cells "Column1", "Column2", … */
function fillBlankHeaders(sheet: SheetState, headerRow: ReturnType<typeof parseArea>): void {
  let n = 1;
  for (const { address } of cellsOf(headerRow)) {
    const cell = cellAt(sheet, address);
    if (cell.formula === undefined) cell.formula = `Column${n}`;
    n++;
  }
}

const allTables = (host: Host) => host.state.sheets.flatMap((s) => s.tables);

function nextTableName(tables: TableState[]): string {
  let n = 1;
  while (tables.some((t) => sameName(t.name, `Table${n}`))) n++;
  return `Table${n}`;
}

class StrictTable extends ClientObject implements TableApi {
  constructor(host: Host, path: string, private readonly resolve: () => TableState) {
    super(host, path, "Table");
  }

  get name(): string { return this.read("name"); }
  set name(value: string) {
    this.queue("name", [value], (v) => {
      const table = this.resolve();
      checkDefinedName(v, "table name");
      const clash = allTables(this.host).some((t) => t !== table && sameName(t.name, v)) || this.host.state.names.some((x) => sameName(x.name, v));
      if (clash) throw new StrictExcelError("ItemAlreadyExists", `A table or name called '${v}' already exists.`);
      table.name = v;
    });
  }

  get style(): string { return this.read("style"); }
  set style(value: string) {
    this.queue("style", [value], (v) => (this.resolve().style = checkTableStyle(v)));
  }
}

/** workbook.tables / workbook.names, read for their members' names only. */
abstract class NameList extends ClientObject implements NamedCollectionApi {
  protected abstract names(): string[];

  get items(): { name: string }[] { return this.read("items"); }

  load(propertyNames: string): this {
    if (propertyNames.replace(/\s/g, "") !== "items/name") throw invalidArgument(`The fake loads only items/name here.`);
    this.queue("load", [propertyNames], () => this.loaded.set("items", this.names().map((name) => ({ name }))));
    return this;
  }
}

export class StrictWorkbookTables extends NameList {
  constructor(host: Host) {
    super(host, "workbook.tables", "TableCollection");
  }
  protected names(): string[] {
    return allTables(this.host).map((t) => t.name);
  }
}

export class StrictWorkbookNames extends NameList {
  constructor(host: Host) {
    super(host, "workbook.names", "NamedItemCollection");
  }
  protected names(): string[] {
    return this.host.state.names.map((n) => n.name);
  }
}
