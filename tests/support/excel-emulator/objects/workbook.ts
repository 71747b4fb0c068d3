// Workbook, worksheet collection, worksheet and freeze panes (Workbook from line 28280 of
// excel-web-16.00.debug.js, Worksheet from 29152, WorksheetCollection from 30307).
import { invalidArgument } from "../errors";
import { parseArea } from "../model/address";
import { usedArea } from "../model/cells";
import { checkBoolean, checkColour } from "../model/rules";
import type { SheetState } from "../model/state";
import { sheetWireId } from "../model/workbook";
import { XlObject, type Session } from "./base";
import { ChartCollectionObject } from "./charts";
import { insertWorksheetsFromBase64 } from "./insertFromBase64";
import { NamedItemCollectionObject, TableCollectionObject } from "./names";
import { RangeObject, rangeArgument, resolveAddress } from "./range";

export class WorkbookObject extends XlObject {
  readonly className = "Workbook";

  constructor(session: Session) {
    super(session);
    this.nav.Worksheets = () => new WorksheetCollectionObject(session);
    this.nav.Tables = () => new TableCollectionObject(session, undefined);
    this.nav.Names = () => new NamedItemCollectionObject(session, undefined);
    // Workbook.getActiveCell (ExcelApi 1.7): the active cell of the active sheet.
    this.methods.GetActiveCell = () => {
      const sheet = this.model.activeSheet();
      return new RangeObject(session, sheet, parseArea(this.model.selection));
    };
    // Workbook._RemoveReference: Excel.run's cleanup of kept objects (line 28789).
    this.methods._RemoveReference = ([id]) => session.release(id);
    this.methods.InsertWorksheetsFromBase64 = (args) => insertWorksheetsFromBase64(this.model, args, this.model.switches.insertedNameClash ?? "refuse");
  }
}

export class WorksheetCollectionObject extends XlObject {
  readonly className = "WorksheetCollection";

  constructor(session: Session) {
    super(session);
    this.methods.Add = ([name]) => new WorksheetObject(session, this.model.addSheet(name));
    this.methods.GetActiveWorksheet = () => new WorksheetObject(session, this.model.activeSheet());
    this.methods.GetItem = ([key]) => new WorksheetObject(session, this.model.sheetByKey(key));
    this.methods.GetItemOrNullObject = ([key]) => {
      const sheet = this.model.findSheet(key);
      return sheet ? new WorksheetObject(session, sheet) : null;
    };
    this.methods.GetCount = () => this.model.state.sheets.length;
  }

  override items(): XlObject[] {
    return this.model.state.sheets.map((s) => new WorksheetObject(this.session, s));
  }

  /** WorksheetCollection.getItem(key): "The name or ID of the worksheet." */
  override indexer([key]: unknown[]): XlObject {
    return new WorksheetObject(this.session, this.model.sheetByKey(key));
  }
}

export class WorksheetObject extends XlObject {
  readonly className = "Worksheet";

  constructor(session: Session, readonly sheet: SheetState) {
    super(session);
    const model = this.model;
    this.props.Name = { get: () => sheet.name, set: (v) => model.rename(sheet, v) };
    this.props.Id = { get: () => sheetWireId(sheet) };
    this.props.Position = { get: () => model.state.sheets.indexOf(sheet), set: (v) => model.move(sheet, v) };
    this.props.ShowGridlines = { get: () => sheet.showGridlines };
    // Setting showGridlines sends "Gridlines" (Worksheet_ShowGridlines_Set, line 30192); loading reads "ShowGridlines".
    this.props.Gridlines = { set: (v) => (sheet.showGridlines = checkBoolean(v, "showGridlines")) };
    // Worksheet.tabColor: "#RRGGBB" or a colour name; "" removes the colour.
    this.props.TabColor = { get: () => sheet.tabColor, set: (v) => (sheet.tabColor = v === "" ? "" : checkColour(v)) };
    this.props.Visibility = { get: () => "Visible" };
    this.nav.FreezePanes = () => new FreezePanesObject(this);
    this.nav.Protection = () => new WorksheetProtectionObject(this);
    this.nav.Names = () => new NamedItemCollectionObject(session, sheet);
    this.nav.Tables = () => new TableCollectionObject(session, sheet);
    this.nav.Charts = () => new ChartCollectionObject(session, sheet);
    this.methods.GetRange = ([address]) => {
      const target = resolveAddress(session, sheet, address);
      return new RangeObject(session, target.sheet, target.area);
    };
    this.methods.GetUsedRange = ([valuesOnly]) => this.usedRange(valuesOnly) ?? new RangeObject(session, sheet, parseArea("A1"));
    this.methods.GetUsedRangeOrNullObject = ([valuesOnly]) => this.usedRange(valuesOnly);
    this.methods.Activate = () => (model.state.activeSheetId = sheet.id);
    this.methods.Delete = () => model.deleteSheet(sheet);
  }

  override checkAlive(): void {
    this.model.alive(this.sheet);
  }

  override wireId(): string {
    return sheetWireId(this.sheet);
  }

  /** Worksheet.getUsedRangeOrNullObject: a null object when the sheet is blank. */
  private usedRange(valuesOnly: unknown): RangeObject | null {
    const area = usedArea(this.sheet, valuesOnly === true, parseArea);
    return area ? new RangeObject(this.session, this.sheet, area) : null;
  }
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected. */
export class WorksheetProtectionObject extends XlObject {
  readonly className = "WorksheetProtection";

  constructor(readonly worksheet: WorksheetObject) {
    super(worksheet.session);
    this.props.Protected = { get: () => worksheet.sheet.protected ?? false };
  }

  override checkAlive(): void {
    this.worksheet.checkAlive();
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): freezeAt(range), freezeRows(n), freezeColumns(n). */
export class FreezePanesObject extends XlObject {
  readonly className = "WorksheetFreezePanes";

  constructor(readonly worksheet: WorksheetObject) {
    super(worksheet.session);
    const sheet = worksheet.sheet;
    this.methods.FreezeAt = ([frozen]) => {
      const area = rangeArgument(frozen, sheet, "freezeAt").area;
      this.setFreeze(area.bottom + 1 === 1_048_576 ? 0 : area.bottom + 1, area.right + 1 === 16_384 ? 0 : area.right + 1);
    };
    // freezeRows/freezeColumns: "Optional. The number of rows to freeze, or zero to unfreeze all rows." Default 1.
    this.methods.FreezeRows = ([count]) => this.setFreeze(count ?? 1, 0);
    this.methods.FreezeColumns = ([count]) => this.setFreeze(0, count ?? 1);
    this.methods.Unfreeze = () => delete sheet.freeze;
  }

  override checkAlive(): void {
    this.worksheet.checkAlive();
  }

  private setFreeze(rows: unknown, columns: unknown): void {
    const whole = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (!whole(rows) || !whole(columns)) throw invalidArgument("Freeze counts must be whole numbers ≥ 0.");
    const sheet = this.worksheet.sheet;
    if (rows === 0 && columns === 0) delete sheet.freeze;
    else sheet.freeze = { rows: rows as number, columns: columns as number };
  }
}
