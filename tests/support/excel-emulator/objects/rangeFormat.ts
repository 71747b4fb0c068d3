// Range.format: alignment, wrap, indent, column width, font, fill and borders.
import { invalidArgument, notModelled } from "../errors";
import { type Area, cellsOf, columnLetters } from "../model/address";
import { bounded } from "../model/cells";
import { EDGES, type Edge, setAlignment, setBorder, setColumnWidth, setFill, setFont, setIndent, setWrap } from "../model/format";
import type { CellState } from "../model/state";
import { XlObject } from "./base";
import type { RangeObject } from "./range";

/**
 * What a format property reads for a range: the cells' common value, or null when they differ
 * ("If the … are not uniform, null will be returned", RangeFormat/RangeFont/RangeFill docs).
 */
function uniform(range: RangeObject, read: (cell: CellState | undefined) => unknown, area: Area = range.area): unknown {
  let first: unknown;
  let seen = false;
  for (const { address } of cellsOf(bounded(area, "reading formats"))) {
    const value = read(range.sheet.cells[address]);
    if (!seen) [first, seen] = [value, true];
    else if (JSON.stringify(value) !== JSON.stringify(first)) return null;
  }
  return first;
}

export class RangeFormatObject extends XlObject {
  readonly className = "RangeFormat";

  constructor(readonly range: RangeObject) {
    super(range.session);
    const { sheet, area } = range;
    this.props.HorizontalAlignment = { get: () => uniform(range, (c) => c?.horizontalAlignment ?? "General"), set: (v) => setAlignment(sheet, area, v) };
    this.props.WrapText = { get: () => uniform(range, (c) => c?.wrapText ?? false), set: (v) => setWrap(sheet, area, v) };
    this.props.IndentLevel = { get: () => uniform(range, (c) => c?.indentLevel ?? 0), set: (v) => setIndent(sheet, area, v) };
    this.props.ColumnWidth = { get: () => this.columnWidth(), set: (v) => setColumnWidth(sheet, area, v) };
    this.nav.Font = () => new RangeFontObject(range);
    this.nav.Fill = () => new RangeFillObject(range);
    this.nav.Borders = () => new RangeBorderCollectionObject(range);
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }

  private columnWidth(): number | null {
    const widths = new Set<number | undefined>();
    for (let c = this.range.area.left; c <= this.range.area.right; c++) widths.add(this.range.sheet.columnWidths[columnLetters(c)]);
    if (widths.size > 1) return null;
    const [width] = widths;
    if (width === undefined) throw notModelled("the default column width");
    return width;
  }
}

/** RangeFont; an unformatted cell reads as Excel's defaults (not bold, not italic, black, 11 pt). */
export class RangeFontObject extends XlObject {
  readonly className = "RangeFont";

  constructor(readonly range: RangeObject) {
    super(range.session);
    const { sheet, area } = range;
    const defaults = { bold: false, italic: false, color: "#000000", size: 11 };
    for (const p of ["bold", "italic", "color", "size"] as const) {
      const wire = p.charAt(0).toUpperCase() + p.slice(1);
      this.props[wire] = { get: () => uniform(range, (c) => c?.font?.[p] ?? defaults[p]), set: (v) => setFont(sheet, area, p, v) };
    }
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }
}

export class RangeFillObject extends XlObject {
  readonly className = "RangeFill";

  constructor(readonly range: RangeObject) {
    super(range.session);
    this.props.Color = { get: () => uniform(range, (c) => c?.fill ?? "#FFFFFF"), set: (v) => setFill(range.sheet, range.area, v) };
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }
}

/** Excel.BorderIndex. */
const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class RangeBorderCollectionObject extends XlObject {
  readonly className = "RangeBorderCollection";

  constructor(readonly range: RangeObject) {
    super(range.session);
  }

  override indexer([index]: unknown[]): XlObject {
    if (typeof index !== "string" || !BORDER_INDEXES.includes(index)) throw invalidArgument(`'${String(index)}' is not a border index.`);
    if (!(EDGES as readonly string[]).includes(index)) throw notModelled(`the ${index} border`);
    return new RangeBorderObject(this.range, index as Edge);
  }
}

export class RangeBorderObject extends XlObject {
  readonly className = "RangeBorder";

  constructor(readonly range: RangeObject, edge: Edge) {
    super(range.session);
    const { sheet, area } = range;
    // An edge belongs to the outline: EdgeBottom reads the bottom row's cells.
    const row = edge === "EdgeTop" ? area.top : area.bottom;
    const read = (p: "style" | "color", fallback: string) => uniform(range, (c) => c?.borders?.[edge]?.[p] ?? fallback, { ...area, top: row, bottom: row });
    this.props.Style = { get: () => read("style", "None"), set: (v) => setBorder(sheet, area, edge, { style: v }) };
    this.props.Color = { get: () => read("color", "#000000"), set: (v) => setBorder(sheet, area, edge, { color: v }) };
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }
}
