// Defined names (sheet- and workbook-scoped) and tables: one namespace for both.
import { ExcelError, invalidArgument, notModelled } from "../errors";
import { type Area, cellsOf, formatArea, isWholeSheetSpan, overlaps, parseArea } from "./address";
import { cellAt } from "./cells";
import { checkDefinedName, checkTableStyle, sameName } from "./rules";
import type { NameState, SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook";

export const allTables = (model: WorkbookModel) => model.state.sheets.flatMap((s) => s.tables);
const allNames = (model: WorkbookModel) => [...model.state.names, ...model.state.sheets.flatMap((s) => s.names)];

/** Quotes a sheet name in a reference when it is not a plain identifier (as Excel writes it). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A name's reference: a Range (sheet-local when on the name's own sheet) or a formula text. */
export type NameReference = { text: string } | { sheet: SheetState; area: Area };

/**
 * NamedItemCollection.add(name, reference, comment) on a worksheet (`scope`) or the workbook. Rules:
 * a valid defined name; unique in its scope (ItemAlreadyExists); never the name of a table, which
 * shares the namespace (Excel's documented one namespace; the code it answers is not documented:
 * InvalidArgument, as the strict fake had it); a comment of at most 255 characters.
 */
export function addName(model: WorkbookModel, scope: SheetState | undefined, name: unknown, reference: NameReference, comment: unknown): NameState {
  const checked = checkDefinedName(name, "name");
  const list = scope ? scope.names : model.state.names;
  if (list.some((x) => sameName(x.name, checked))) throw new ExcelError("ItemAlreadyExists", `The name '${checked}' already exists in its scope.`);
  if (allTables(model).some((t) => sameName(t.name, checked))) throw invalidArgument(`The name '${checked}' is already used by a table.`);
  if (comment !== undefined && comment !== null && (typeof comment !== "string" || comment.length > 255)) {
    throw invalidArgument("A name's comment is text of at most 255 characters.");
  }
  const address = "text" in reference ? referenceText(reference.text) : rangeReference(reference, scope);
  const added: NameState = { name: checked, address, ...(typeof comment === "string" ? { comment } : {}) };
  list.push(added);
  return added;
}

function referenceText(text: string): string {
  if (!text.startsWith("=")) throw invalidArgument(`The reference '${text}' must start with '='.`);
  return text;
}

function rangeReference(target: { sheet: SheetState; area: Area }, scope: SheetState | undefined): string {
  const address = formatArea(target.area);
  return target.sheet === scope ? address : `${quoteSheet(target.sheet.name)}!${address}`;
}

/**
 * TableCollection.add(address, hasHeaders). "If the address doesn't contain a sheet name, the
 * currently-active sheet is used" (docs), so a bare string for a sheet that is not active lands on
 * the active sheet and is refused here as not this sheet's. Tables never overlap; blank header cells
 * become "Column1", "Column2", …; the new table is named "Table<n>", the lowest n free.
 */
export function addTable(model: WorkbookModel, sheet: SheetState, target: { sheet: SheetState; area: Area }, hasHeaders: unknown): TableState {
  if (target.sheet !== sheet) throw invalidArgument("The table's range is not on this worksheet.");
  const area = target.area;
  if (isWholeSheetSpan(area)) throw notModelled("tables on whole rows or columns");
  if (hasHeaders !== true) throw notModelled("TableCollection.add without headers (Excel inserts a header row)");
  if (sheet.tables.some((t) => overlaps(parseArea(t.address), area))) throw invalidArgument("A table cannot overlap another table.");
  const table: TableState = { id: model.newId(), name: nextTableName(model), address: formatArea(area), style: "TableStyleMedium2", hasHeaders: true };
  let n = 1;
  for (const { address } of cellsOf({ ...area, bottom: area.top })) {
    const cell = cellAt(sheet, address);
    if (cell.formula === undefined || cell.formula === "") cell.formula = `Column${n}`;
    n++;
  }
  sheet.tables.push(table);
  return table;
}

function nextTableName(model: WorkbookModel): string {
  let n = 1;
  while (allTables(model).some((t) => sameName(t.name, `Table${n}`))) n++;
  return `Table${n}`;
}

/**
 * Table.name: a valid name that no other table and no defined name of any scope uses. Microsoft
 * documents the shared namespace but not whether a sheet-scoped name elsewhere blocks a table name:
 * the harsher reading (it does) is taken.
 */
export function renameTable(model: WorkbookModel, table: TableState, name: unknown): void {
  const checked = checkDefinedName(name, "table name");
  const clash = allTables(model).some((t) => t !== table && sameName(t.name, checked)) || allNames(model).some((x) => sameName(x.name, checked));
  if (clash) throw new ExcelError("ItemAlreadyExists", `A table or name called '${checked}' already exists.`);
  table.name = checked;
}

export function setTableStyle(table: TableState, style: unknown): void {
  table.style = checkTableStyle(style);
}
