// Cell formatting: font, fill, borders, alignment, wrap, indent, and column widths.
import { invalidArgument } from "../errors";
import { type Area, cellsOf, columnLetters } from "./address";
import { bounded, cellAt, tidy } from "./cells";
import { checkBoolean, checkColour, checkOneOf } from "./rules";
import type { CellState, SheetState } from "./state";

/** Excel.HorizontalAlignment. */
export const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
/** Excel.BorderLineStyle. */
export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
/** Edges the emulator stores (Excel.BorderIndex has more; others are refused as not modelled). */
export const EDGES = ["EdgeTop", "EdgeBottom"] as const;
export type Edge = (typeof EDGES)[number];

/** "Column width: 255 characters" (Excel specifications and limits), about 1,790 points in Calibri 11. */
export const MAX_COLUMN_WIDTH = 1790;

/** Applies `change` to every cell of the area. */
export function eachCell(sheet: SheetState, area: Area, change: (cell: CellState) => void): void {
  for (const { address } of cellsOf(bounded(area, "formatting cells"))) {
    change(cellAt(sheet, address));
    tidy(sheet, address);
  }
}

/** RangeFormat.columnWidth, in points, for every column of the range (whole columns included). */
export function setColumnWidth(sheet: SheetState, area: Area, width: unknown): void {
  if (typeof width !== "number" || !(width >= 0 && width <= MAX_COLUMN_WIDTH)) throw invalidArgument(`Column width ${String(width)} is out of range.`);
  for (let c = area.left; c <= area.right; c++) sheet.columnWidths[columnLetters(c)] = width;
}

export function setAlignment(sheet: SheetState, area: Area, value: unknown): void {
  const alignment = checkOneOf(value, ALIGNMENTS, "horizontal alignment");
  eachCell(sheet, area, (cell) => (cell.horizontalAlignment = alignment === "General" ? undefined : alignment));
}

export function setWrap(sheet: SheetState, area: Area, value: unknown): void {
  const wrap = checkBoolean(value, "wrapText");
  eachCell(sheet, area, (cell) => (cell.wrapText = wrap || undefined));
}

/** RangeFormat.indentLevel: "An integer from 0 to 250". */
export function setIndent(sheet: SheetState, area: Area, value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 250) throw invalidArgument(`Indent level ${String(value)} is out of range (0–250).`);
  eachCell(sheet, area, (cell) => (cell.indentLevel = value || undefined));
}

type FontProperty = "bold" | "italic" | "color" | "size";

/** RangeFont: bold/italic booleans, a colour, a size of 1–409 points (Excel's font size limits). */
export function setFont(sheet: SheetState, area: Area, property: FontProperty, value: unknown): void {
  let checked: boolean | string | number;
  if (property === "color") checked = checkColour(value);
  else if (property === "size") {
    if (typeof value !== "number" || !(value >= 1 && value <= 409)) throw invalidArgument(`Font size ${String(value)} is out of range (1–409).`);
    checked = value;
  } else checked = checkBoolean(value, property);
  eachCell(sheet, area, (cell) => (cell.font = { ...cell.font, [property]: checked }));
}

export function setFill(sheet: SheetState, area: Area, value: unknown): void {
  const colour = checkColour(value);
  eachCell(sheet, area, (cell) => (cell.fill = colour));
}

/** A border edge belongs to the range's outline: EdgeBottom styles the bottom row's cells. */
export function setBorder(sheet: SheetState, area: Area, edge: Edge, change: { style?: unknown; color?: unknown }): void {
  const checked: { style?: string; color?: string } = {};
  if (change.style !== undefined) checked.style = checkOneOf(change.style, BORDER_STYLES, "border style");
  if (change.color !== undefined) checked.color = checkColour(change.color);
  const row = edge === "EdgeTop" ? area.top : area.bottom;
  eachCell(sheet, { ...area, top: row, bottom: row }, (cell) => {
    const current = cell.borders?.[edge] ?? { style: "None", color: "#000000" };
    cell.borders = { ...cell.borders, [edge]: { ...current, ...checked } };
  });
}
