// Range proxy: values/formulas, number formats and cell formatting, per cell, with Excel's checks.
import type { CellValue, RangeApi } from "../../../src/excel/api";
import { type Area, areaColumns, areaRows, cellsOf, formatArea, isWholeColumns, isWholeRows, parseArea } from "./address";
import { StrictConditionalFormats, StrictDataValidation } from "./rangeObjects";
import { StrictRangeFormat } from "./rangeFormat";
import { StrictExcelError, invalidArgument } from "./errors";
import { ClientObject, Host } from "./host";
import { referencedSheets } from "./formulaRefs";
import { checkFormulaSyntax } from "./rules";
import type { CellState, SheetState } from "./state";

export type SheetResolver = () => SheetState;

/** The sheet and area a range proxy stands for, checked at sync. */
export function rangeOf(range: unknown, expectedSheet?: SheetState): { sheet: SheetState; area: Area } {
  if (!(range instanceof StrictRange)) throw invalidArgument("The range does not belong to this request context.");
  const target = { sheet: range.resolve(), area: range.area() };
  if (expectedSheet && target.sheet !== expectedSheet) throw invalidArgument("The range is on another worksheet.");
  return target;
}

/** The cell at an address, created on first write. */
export function cellAt(sheet: SheetState, address: string): CellState {
  return (sheet.cells[address] ??= {});
}

/** Drops cells that hold nothing, so snapshots compare by content. */
export function tidy(sheet: SheetState, address: string): void {
  const cell = sheet.cells[address];
  if (cell && Object.values(cell).every((v) => v === undefined)) delete sheet.cells[address];
}

export class StrictRange extends ClientObject implements RangeApi {
  // Made on first use: most ranges are only written, and fault injection builds thousands of them.
  private formatProxy?: StrictRangeFormat;
  private validationProxy?: StrictDataValidation;
  private conditionalProxy?: StrictConditionalFormats;

  constructor(host: Host, path: string, readonly resolve: SheetResolver, private readonly a1: string) {
    super(host, path, "Range");
  }

  get format(): StrictRangeFormat {
    return (this.formatProxy ??= new StrictRangeFormat(this.host, `${this.path}.format`, this));
  }

  get dataValidation(): StrictDataValidation {
    return (this.validationProxy ??= new StrictDataValidation(this.host, `${this.path}.dataValidation`, this));
  }

  get conditionalFormats(): StrictConditionalFormats {
    return (this.conditionalProxy ??= new StrictConditionalFormats(this.host, `${this.path}.conditionalFormats`, this));
  }

  area(): Area {
    return parseArea(this.a1);
  }

  /** The area, refused when it spans whole rows or columns (the fake stores formats per cell). */
  boundedArea(): Area {
    const area = this.area();
    if (isWholeColumns(area) || isWholeRows(area)) {
      throw new Error(`The strict fake does not model per-cell writes to whole rows/columns (${this.a1}).`);
    }
    return area;
  }

  get formulas(): CellValue[][] { return this.read("formulas"); }
  set formulas(value: CellValue[][]) {
    this.queue("formulas", [value], (v) => this.writeMatrix(v, (cell, x) => writeFormula(this.host, cell, x)));
  }

  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(value: string[][]) {
    this.queue("numberFormat", [value], (v) => this.writeMatrix(v, (cell, x) => writeNumberFormat(cell, x)));
  }

  get address(): string { return this.read("address"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames.split(",").map((p) => p.trim()), (p) => (p === "address" ? this.qualifiedAddress() : this.readMatrix(p)));
    return this;
  }

  /** "Sheet1!B2" or "'My Sheet'!B2", as Excel reports Range.address. */
  private qualifiedAddress(): string {
    const name = this.resolve().name;
    const sheet = /^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return `${sheet}!${formatArea(this.boundedArea())}`;
  }

  /** ExcelApi 1.12: the anchor of the spill this cell is in, or a null object. Single cells only in the fake. */
  getSpillParentOrNullObject(): StrictSpillParent {
    return new StrictSpillParent(this.host, `${this.path}.getSpillParentOrNullObject()`, () => this.resolve().cells[formatArea(this.boundedArea())]?.spill);
  }

  private readMatrix(property: string): unknown[][] {
    const read = CELL_PROPERTIES[property];
    if (!read) throw invalidArgument(`Cannot load '${property}' in the fake.`);
    const sheet = this.resolve();
    const area = this.boundedArea();
    return Array.from({ length: areaRows(area) }, (_, r) =>
      Array.from({ length: areaColumns(area) }, (_, c) => read(sheet.cells[formatArea({ top: area.top + r, left: area.left + c, bottom: area.top + r, right: area.left + c })])),
    );
  }

  /** Excel's rule: the 2-D array must match the range's size exactly. `null` leaves a cell unchanged. */
  private writeMatrix<T>(matrix: unknown, write: (cell: CellState, value: T) => void): void {
    const sheet = this.resolve();
    const area = this.boundedArea();
    const rows = areaRows(area);
    const columns = areaColumns(area);
    const fits = Array.isArray(matrix) && matrix.length === rows && matrix.every((r) => Array.isArray(r) && r.length === columns);
    if (!fits) {
      throw invalidArgument(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${this.a1}).`,
      );
    }
    for (const { row, column, address } of cellsOf(area)) {
      const value = (matrix as unknown[][])[row - area.top][column - area.left];
      if (value === null) continue;
      write(cellAt(sheet, address), value as T);
      tidy(sheet, address);
    }
  }
}

/** Per-cell loadable properties. A cell another formula spills into has a value but no formula. */
const CELL_PROPERTIES: Record<string, (cell: CellState | undefined) => unknown> = {
  formulas: (cell) => cell?.formula ?? "",
  numberFormat: (cell) => cell?.numberFormat ?? "General",
  valueTypes: (cell) => valueType(cell),
};

/**
 * Excel.RangeValueType of what the cell shows: a spilled value's type (an empty text is a String),
 * a constant's type, "Empty" for nothing. The fake does not evaluate formulas: an unseeded one is "Unknown".
 */
function valueType(cell: CellState | undefined): string {
  const value = cell?.spill ? cell.spill.value : cell?.formula;
  if (value === undefined || value === null) return "Empty";
  if (typeof value === "string" && value.startsWith("=") && !cell?.spill) return "Unknown";
  return typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
}

/** Range.getSpillParentOrNullObject's result: only `isNullObject` is modelled. */
export class StrictSpillParent extends ClientObject {
  constructor(host: Host, path: string, private readonly spillOf: () => CellState["spill"]) {
    super(host, path, "Range");
  }

  get isNullObject(): boolean { return this.read("isNullObject"); }

  load(propertyNames: string): this {
    this.queueLoad([propertyNames.trim()], (p) => {
      if (p !== "isNullObject") throw invalidArgument(`Cannot load '${p}' on a spill parent in the fake.`);
      return this.spillOf() === undefined;
    });
    return this;
  }
}

function writeFormula(host: Host, cell: CellState, value: unknown): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw invalidArgument(`${value} is not a valid cell value.`);
  if (!["string", "number", "boolean"].includes(typeof value)) throw invalidArgument(`Unsupported cell value ${String(value)}.`);
  if (typeof value === "string" && value.startsWith("=")) {
    checkFormulaSyntax(value);
    for (const sheet of referencedSheets(value)) {
      if (!host.state.sheets.some((s) => s.name.toUpperCase() === sheet.toUpperCase())) {
        throw new StrictExcelError("InvalidArgument", `The formula '${value}' refers to a sheet that does not exist: '${sheet}'.`);
      }
    }
  }
  cell.formula = value === "" ? undefined : (value as CellValue);
  delete cell.spill; // the write blocks the spill (Excel shows #SPILL! at the anchor; not modelled)
}

function writeNumberFormat(cell: CellState, value: unknown): void {
  if (typeof value !== "string" || value === "") throw invalidArgument(`'${String(value)}' is not a number format.`);
  let sections = 1;
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) sections++;
  }
  if (quoted || sections > 4) throw invalidArgument(`'${value}' is not a valid number format.`);
  cell.numberFormat = value === "General" ? undefined : value;
}
