// Range: contents, number formats, address, spill parent, and its navigation to format, data
// validation and conditional formats. Wire names as the library sends them (Range class,
// excel-web-16.00.debug.js from line 31302).
import { ExcelError, invalidArgument, notModelled } from "../errors";
import { type Area, areaColumns, areaRows, cellAddress, columnLetters, isWholeColumns, isWholeRows, parseArea } from "../model/address";
import { ARRAY_SIZE_MESSAGE, MATRIX_PROPERTIES, readMatrix, writeContent, writeMatrix, writeNumberFormat } from "../model/cells";
import { quoteSheet } from "../model/names";
import type { SheetState } from "../model/state";
import { XlObject, type Session } from "./base";
import { ConditionalFormatCollectionObject, DataValidationObject } from "./rangeObjects";
import { RangeFormatObject } from "./rangeFormat";

/** A1 text of an area as Range.address reports it: "B2", "B2:C4", whole columns "C:H", whole rows "2:4". */
export function areaText(a: Area): string {
  if (isWholeColumns(a)) return `${columnLetters(a.left)}:${columnLetters(a.right)}`;
  if (isWholeRows(a)) return `${a.top + 1}:${a.bottom + 1}`;
  const first = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${cellAddress(a.bottom, a.right)}`;
}

export class RangeObject extends XlObject {
  readonly className = "Range";
  readonly format: RangeFormatObject;

  constructor(session: Session, readonly sheet: SheetState, readonly area: Area) {
    super(session);
    this.format = new RangeFormatObject(this);
    for (const name of MATRIX_PROPERTIES) this.props[name] = { get: () => readMatrix(this.model, this.sheet, this.area, name) };
    this.props.Formulas.set = (v) => writeMatrix(this.sheet, this.area, v, (cell, x) => writeContent(this.model, cell, x));
    // Range.values: "If the value starts with '=', Excel interprets it as a formula", as formulas does.
    this.props.Values.set = this.props.Formulas.set;
    this.props.NumberFormat.set = (v) => writeMatrix(this.sheet, this.area, v, (cell, x) => writeNumberFormat(cell, x));
    // Range.address: "the sheet reference (e.g., 'Sheet1!A1:B4')", quoted where Excel quotes.
    this.props.Address = { get: () => `${quoteSheet(this.sheet.name)}!${areaText(this.area)}` };
    this.props.RowCount = { get: () => areaRows(this.area) };
    this.props.ColumnCount = { get: () => areaColumns(this.area) };
    // Range.rowIndex / columnIndex: "zero-based" index of the range's first row / column.
    this.props.RowIndex = { get: () => this.area.top };
    this.props.ColumnIndex = { get: () => this.area.left };
    this.nav.Format = () => this.format;
    this.nav.DataValidation = () => new DataValidationObject(this);
    this.nav.ConditionalFormats = () => new ConditionalFormatCollectionObject(this);
    this.methods.GetSpillParentOrNullObject = () => this.spillParent();
    // The library writes a matrix of more than 1,500 cells in slices (setRangePropertiesInBulk,
    // excel-web-16.00.debug.js line 26483): _ValidateArraySize, then getRow(i).getBoundingRect(getRow(j)).
    this.methods._ValidateArraySize = ([rows, columns]) => {
      if (rows !== areaRows(this.area) || columns !== areaColumns(this.area)) {
        throw new ExcelError("InvalidArgument", `A ${String(rows)}×${String(columns)} array was written to a ${areaRows(this.area)}×${areaColumns(this.area)} range.`, ARRAY_SIZE_MESSAGE);
      }
      return undefined;
    };
    this.methods.GetRow = ([row]) => this.part(row, 0, 1, areaColumns(this.area));
    this.methods.GetColumn = ([column]) => this.part(0, column, areaRows(this.area), 1);
    this.methods.GetCell = ([row, column]) => this.part(row, column, 1, 1);
    this.methods.GetBoundingRect = ([other]) => {
      const b = rangeArgument(other, undefined, "getBoundingRect");
      if (b.sheet !== this.sheet) throw invalidArgument("getBoundingRect: the ranges are on different sheets.");
      const a = this.area;
      return new RangeObject(this.session, this.sheet, { top: Math.min(a.top, b.area.top), left: Math.min(a.left, b.area.left), bottom: Math.max(a.bottom, b.area.bottom), right: Math.max(a.right, b.area.right) });
    };
  }

  /** A cell block relative to the range's top-left corner (getRow, getColumn, getCell). */
  private part(row: unknown, column: unknown, rows: number, columns: number): RangeObject {
    const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (!whole(row) || !whole(column)) throw invalidArgument("Row and column offsets are whole numbers ≥ 0.");
    const top = this.area.top + row;
    const left = this.area.left + column;
    if (top + rows - 1 > 1_048_575 || left + columns - 1 > 16_383) throw invalidArgument("The offset leaves the sheet.");
    return new RangeObject(this.session, this.sheet, { top, left, bottom: top + rows - 1, right: left + columns - 1 });
  }

  override checkAlive(): void {
    this.model.alive(this.sheet);
  }

  protected override keepable(): boolean {
    return true;
  }

  /**
   * Range.getSpillParentOrNullObject (ExcelApi 1.12): "the anchor cell for the cell getting spilled
   * into. If it's not a spilled cell, or more than one cell is given, then this method returns a null object."
   */
  private spillParent(): RangeObject | null {
    if (areaRows(this.area) !== 1 || areaColumns(this.area) !== 1) return null;
    const spill = this.sheet.cells[cellAddress(this.area.top, this.area.left)]?.spill;
    return spill ? new RangeObject(this.session, this.sheet, parseArea(spill.anchor)) : null;
  }
}

/** A Range argument (ReferencedObjectPathIds) or, where the API takes one, an address string. */
export function rangeArgument(value: unknown, sheet: SheetState | undefined, what: string): { sheet: SheetState; area: Area } {
  if (value instanceof RangeObject) {
    value.checkAlive();
    return { sheet: value.sheet, area: value.area };
  }
  if (typeof value === "string" && sheet) return { sheet, area: parseArea(value) };
  if (value === null) throw invalidArgument(`${what}: the range is a null object.`);
  throw invalidArgument(`${what} must be a Range${sheet ? " or an address" : ""}.`);
}

/** Worksheet.getRange(address): an A1 address, or a name defined on the sheet or the workbook. */
export function resolveAddress(session: Session, sheet: SheetState, address: unknown): { sheet: SheetState; area: Area } {
  if (address === undefined || address === null) return { sheet, area: parseArea("A1:XFD1048576") };
  if (typeof address !== "string") throw invalidArgument("A range address is text.");
  if (address.includes("!")) throw notModelled(`sheet-qualified addresses in getRange ('${address}')`);
  const name = [...sheet.names, ...session.model.state.names].find((n) => n.name.toUpperCase() === address.toUpperCase());
  if (!name) return { sheet, area: parseArea(address) };
  if (name.address.includes("!")) throw notModelled(`names that refer to other sheets ('${name.name}')`);
  return { sheet, area: parseArea(name.address.replace(/^=/, "")) };
}
