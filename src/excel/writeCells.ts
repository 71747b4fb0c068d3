// Cells, number formats, styles, column widths and the sheet view.
import { columnLetters, rangeSize } from "../templates/a1";
import type { CellStyleDefinition, FormatSpec, SheetSpec } from "../templates/types";
import type { RangeApi } from "./api";
import { type SheetWriter, filled, queueStep } from "./writer";

/** Contents via range.formulas in en-US syntax (never formulasLocal), so they work in every locale. */
export function writeContents(w: SheetWriter, spec: SheetSpec): void {
  for (const block of spec.cells) {
    const range = w.sheet.getRange(block.address);
    queueStep(w, `write the cells ${block.address}`, "Range.formulas", () => (range.formulas = block.formulas));
  }
}

export function writeFormats(w: SheetWriter, spec: SheetSpec): void {
  for (const format of spec.formats) {
    const range = w.sheet.getRange(format.address);
    if (format.numberFormat !== undefined) {
      const matrix = filled(rangeSize(format.address), format.numberFormat);
      queueStep(w, `set the number format of ${format.address}`, "Range.numberFormat", () => (range.numberFormat = matrix));
    }
    if (format.style) applyStyle(w, range, `the '${format.style}' style to ${format.address}`, w.styles[format.style]);
    applyAlignment(w, range, format);
  }
}

function applyAlignment(w: SheetWriter, range: RangeApi, format: FormatSpec): void {
  const where = format.address;
  if (format.horizontalAlignment) {
    const alignment = format.horizontalAlignment;
    queueStep(w, `align ${where}`, "RangeFormat.horizontalAlignment", () => (range.format.horizontalAlignment = alignment));
  }
  if (format.wrapText !== undefined) {
    const wrap = format.wrapText;
    queueStep(w, `wrap the text in ${where}`, "RangeFormat.wrapText", () => (range.format.wrapText = wrap));
  }
}

/** A named style: one operation per property it sets (Excel has no "apply these" call for a range). */
function applyStyle(w: SheetWriter, range: RangeApi, what: string, style: CellStyleDefinition): void {
  const apply = (location: string, queue: () => void) => queueStep(w, `apply ${what}`, location, queue);
  const { font, fill, borderTop, borderBottom } = style;
  if (font?.bold !== undefined) apply("RangeFont.bold", () => (range.format.font.bold = font.bold!));
  if (font?.italic !== undefined) apply("RangeFont.italic", () => (range.format.font.italic = font.italic!));
  if (font?.color !== undefined) apply("RangeFont.color", () => (range.format.font.color = font.color!));
  if (font?.size !== undefined) apply("RangeFont.size", () => (range.format.font.size = font.size!));
  if (fill !== undefined) apply("RangeFill.color", () => (range.format.fill.color = fill));
  for (const [edge, border] of [["EdgeTop", borderTop], ["EdgeBottom", borderBottom]] as const) {
    if (!border) continue;
    const item = range.format.borders.getItem(edge);
    apply("RangeBorder.style", () => (item.style = border.style));
    apply("RangeBorder.color", () => (item.color = border.color));
  }
  if (style.horizontalAlignment) {
    const alignment = style.horizontalAlignment;
    apply("RangeFormat.horizontalAlignment", () => (range.format.horizontalAlignment = alignment));
  }
  if (style.indentLevel !== undefined && w.capabilities.indent) {
    const indent = style.indentLevel;
    apply("RangeFormat.indentLevel", () => (range.format.indentLevel = indent));
  }
}

/** Column widths, freeze panes, gridlines and tab colour. */
export function writeView(w: SheetWriter, spec: SheetSpec): void {
  for (const { columns, width } of spec.columnWidths) {
    const range = w.sheet.getRange(columns);
    queueStep(w, `set the width of columns ${columns}`, "RangeFormat.columnWidth", () => (range.format.columnWidth = width));
  }
  if (spec.freeze) freeze(w, spec.freeze);
  const gridlines = spec.showGridlines;
  queueStep(w, gridlines ? "show the gridlines" : "hide the gridlines", "Worksheet.showGridlines", () => (w.sheet.showGridlines = gridlines));
  if (spec.tabColor) {
    const colour = spec.tabColor;
    queueStep(w, "colour the sheet tab", "Worksheet.tabColor", () => (w.sheet.tabColor = colour));
  }
}

function freeze(w: SheetWriter, { rows, columns }: { rows: number; columns: number }): void {
  const panes = w.sheet.freezePanes;
  const what = "freeze the header rows and label columns";
  if (rows > 0 && columns > 0) {
    const corner = w.sheet.getRange(`A1:${columnLetters(columns)}${rows}`);
    queueStep(w, what, "WorksheetFreezePanes.freezeAt", () => panes.freezeAt(corner));
  } else if (rows > 0) queueStep(w, what, "WorksheetFreezePanes.freezeRows", () => panes.freezeRows(rows));
  else if (columns > 0) queueStep(w, what, "WorksheetFreezePanes.freezeColumns", () => panes.freezeColumns(columns));
}
