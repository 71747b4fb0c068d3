// range.format: font, fill, borders, alignment and column widths.
import type { RangeFormatApi } from "../../../src/excel/api";
import { cellsOf, columnLetters } from "./address";
import { invalidArgument } from "./errors";
import { ClientObject, Host } from "./host";
import { cellAt, tidy, type StrictRange } from "./range";
import { checkColour, checkOneOf } from "./rules";
import type { CellState } from "./state";

const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
/** Excel's widest column: 255 characters of the default font, about 1,790 points. */
const MAX_COLUMN_WIDTH = 1790;

/** Applies `change` to every cell of the range at sync. */
function eachCell(range: StrictRange, change: (cell: CellState) => void): void {
  const sheet = range.resolve();
  for (const { address } of cellsOf(range.boundedArea())) {
    change(cellAt(sheet, address));
    tidy(sheet, address);
  }
}

function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`${what} must be true or false.`);
  return value;
}

export class StrictRangeFormat extends ClientObject implements RangeFormatApi {
  readonly font: StrictFont;
  readonly fill: StrictFill;
  readonly borders: StrictBorders;

  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "RangeFormat");
    this.font = new StrictFont(host, `${path}.font`, range);
    this.fill = new StrictFill(host, `${path}.fill`, range);
    this.borders = new StrictBorders(host, `${path}.borders`, range);
  }

  get columnWidth(): number { return this.read("columnWidth"); }
  set columnWidth(value: number) {
    this.queue("columnWidth", [value], (v) => {
      if (typeof v !== "number" || !(v >= 0 && v <= MAX_COLUMN_WIDTH)) throw invalidArgument(`Column width ${v} is out of range.`);
      const sheet = this.range.resolve();
      const area = this.range.area();
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths[columnLetters(c)] = v;
    });
  }

  get horizontalAlignment(): string { return this.read("horizontalAlignment"); }
  set horizontalAlignment(value: string) {
    this.queue("horizontalAlignment", [value], (v) => {
      const alignment = checkOneOf(v, ALIGNMENTS, "horizontal alignment");
      eachCell(this.range, (cell) => (cell.horizontalAlignment = alignment === "General" ? undefined : alignment));
    });
  }

  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(value: boolean) {
    this.queue("wrapText", [value], (v) => {
      const wrap = requireBoolean(v, "wrapText");
      eachCell(this.range, (cell) => (cell.wrapText = wrap || undefined));
    });
  }

  get indentLevel(): number { return this.read("indentLevel"); }
  set indentLevel(value: number) {
    this.queue("indentLevel", [value], (v) => {
      if (!Number.isInteger(v) || v < 0 || v > 250) throw invalidArgument(`Indent level ${v} is out of range (0–250).`);
      eachCell(this.range, (cell) => (cell.indentLevel = v || undefined));
    });
  }
}

export class StrictFont extends ClientObject {
  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "RangeFont");
  }

  private setFont(property: "bold" | "italic" | "color" | "size", value: boolean | string | number): void {
    eachCell(this.range, (cell) => (cell.font = { ...cell.font, [property]: value }));
  }

  get bold(): boolean { return this.read("bold"); }
  set bold(value: boolean) {
    this.queue("bold", [value], (v) => this.setFont("bold", requireBoolean(v, "bold")));
  }

  get italic(): boolean { return this.read("italic"); }
  set italic(value: boolean) {
    this.queue("italic", [value], (v) => this.setFont("italic", requireBoolean(v, "italic")));
  }

  get color(): string { return this.read("color"); }
  set color(value: string) {
    this.queue("color", [value], (v) => this.setFont("color", checkColour(v)));
  }

  get size(): number { return this.read("size"); }
  set size(value: number) {
    this.queue("size", [value], (v) => {
      if (typeof v !== "number" || !(v >= 1 && v <= 409)) throw invalidArgument(`Font size ${v} is out of range (1–409).`);
      this.setFont("size", v);
    });
  }
}

export class StrictFill extends ClientObject {
  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "RangeFill");
  }

  get color(): string { return this.read("color"); }
  set color(value: string) {
    this.queue("color", [value], (v) => {
      const colour = checkColour(v);
      eachCell(this.range, (cell) => (cell.fill = colour));
    });
  }
}

export class StrictBorders extends ClientObject {
  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "RangeBorderCollection");
  }

  getItem(index: "EdgeTop" | "EdgeBottom"): StrictBorder {
    return new StrictBorder(this.host, `${this.path}.getItem("${index}")`, this.range, index);
  }
}

export class StrictBorder extends ClientObject {
  constructor(host: Host, path: string, private readonly range: StrictRange, private readonly edge: "EdgeTop" | "EdgeBottom") {
    super(host, path, "RangeBorder");
  }

  /** Edges belong to the range's outline: EdgeBottom styles the bottom row's cells. */
  private setEdge(change: { style?: string; color?: string }): void {
    const area = this.range.boundedArea();
    const row = this.edge === "EdgeTop" ? area.top : area.bottom;
    const edgeRange = { ...area, top: row, bottom: row };
    const sheet = this.range.resolve();
    for (const { address } of cellsOf(edgeRange)) {
      const cell = cellAt(sheet, address);
      const current = cell.borders?.[this.edge] ?? { style: "None", color: "#000000" };
      cell.borders = { ...cell.borders, [this.edge]: { ...current, ...change } };
    }
  }

  get style(): string { return this.read("style"); }
  set style(value: string) {
    this.queue("style", [value], (v) => this.setEdge({ style: checkOneOf(v, BORDER_STYLES, "border style") }));
  }

  get color(): string { return this.read("color"); }
  set color(value: string) {
    this.queue("color", [value], (v) => this.setEdge({ color: checkColour(v) }));
  }
}
