// Named items (workbook- and sheet-scoped) and tables (workbook-wide or per sheet).
import { itemNotFound } from "../errors";
import { addName, addTable, allTables, renameTable, setTableStyle } from "../model/names";
import type { NameState, SheetState, TableState } from "../model/state";
import { XlObject, type Session } from "./base";
import { rangeArgument } from "./range";

export class NamedItemCollectionObject extends XlObject {
  readonly className = "NamedItemCollection";

  /** `scope`: the worksheet of Worksheet.names, undefined for Workbook.names. */
  constructor(session: Session, readonly scope: SheetState | undefined) {
    super(session);
    // NamedItemCollection.add(name, reference: Range | string, comment).
    this.methods.Add = ([name, reference, comment]) => {
      const ref = typeof reference === "string" ? { text: reference } : rangeArgument(reference, undefined, "names.add reference");
      return new NamedItemObject(this, addName(this.model, scope, name, ref, comment));
    };
  }

  private list(): NameState[] {
    return this.scope ? this.scope.names : this.model.state.names;
  }

  override checkAlive(): void {
    if (this.scope) this.model.alive(this.scope);
  }

  override items(): XlObject[] {
    return this.list().map((n) => new NamedItemObject(this, n));
  }

  override indexer([name]: unknown[]): XlObject {
    const found = this.list().find((n) => typeof name === "string" && n.name.toUpperCase() === name.toUpperCase());
    if (!found) throw itemNotFound(`No name '${String(name)}'.`);
    return new NamedItemObject(this, found);
  }
}

export class NamedItemObject extends XlObject {
  readonly className = "NamedItem";

  constructor(readonly collection: NamedItemCollectionObject, readonly item: NameState) {
    super(collection.session);
    this.props.Name = { get: () => item.name };
    this.props.Formula = { get: () => (item.address.startsWith("=") ? item.address : `=${item.address}`) };
    this.props.Comment = { get: () => item.comment ?? "" };
    this.props.Type = { get: () => "Range" };
  }

  override checkAlive(): void {
    this.collection.checkAlive();
  }
}

export class TableCollectionObject extends XlObject {
  readonly className = "TableCollection";

  /** `sheet`: the worksheet of Worksheet.tables, undefined for Workbook.tables. */
  constructor(session: Session, readonly sheet: SheetState | undefined) {
    super(session);
    this.methods.Add = ([address, hasHeaders]) => {
      const owner = this.sheet ?? this.model.activeSheet();
      // A string address "without a sheet name" means the active sheet (TableCollection.add docs).
      const target = rangeArgument(address, this.model.activeSheet(), "tables.add address");
      return new TableObject(this.session, addTable(this.model, owner, target, hasHeaders));
    };
    this.methods.GetCount = () => this.tables().length;
  }

  private tables(): TableState[] {
    return this.sheet ? this.sheet.tables : allTables(this.model);
  }

  override checkAlive(): void {
    if (this.sheet) this.model.alive(this.sheet);
  }

  override items(): XlObject[] {
    return this.tables().map((t) => new TableObject(this.session, t));
  }

  /** TableCollection.getItem(key): "Name or ID of the table." */
  override indexer([key]: unknown[]): XlObject {
    const found = this.tables().find((t) => (typeof key === "string" && t.name.toUpperCase() === key.toUpperCase()) || String(t.id) === String(key));
    if (!found) throw itemNotFound(`No table '${String(key)}'.`);
    return new TableObject(this.session, found);
  }
}

export class TableObject extends XlObject {
  readonly className = "Table";

  constructor(session: Session, readonly table: TableState) {
    super(session);
    this.props.Name = { get: () => table.name, set: (v) => renameTable(this.model, table, v) };
    this.props.Style = { get: () => table.style, set: (v) => setTableStyle(table, v) };
    // Excel sends a table's id as a number; the library turns it into text (Table_HandleResult, line 34914).
    this.props.Id = { get: () => table.id };
    this.props.ShowHeaders = { get: () => table.hasHeaders };
  }

  override wireId(): number {
    return this.table.id;
  }

  override checkAlive(): void {
    if (!allTables(this.model).includes(this.table)) throw itemNotFound("The table no longer exists.");
  }
}
