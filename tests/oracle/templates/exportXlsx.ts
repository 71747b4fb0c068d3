// Writes a rendered workbook (the Excel emulator's snapshot) to .xlsx with exceljs, as Excel would save
// it: constants, native formulas, number formats and sheet-scoped names. GR. cells are written as the
// values the add-in computes (LibreOffice does not know the functions), with the GR. formula kept in
// the cell's note so a reader of the file sees where the number came from.
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/excel/api";
import type { SheetSnapshot, WorkbookSnapshot } from "../../support/excel-emulator/model/state";
import type { CellResult } from "../lo/libreoffice";
import { absolute, type GrCell } from "./grCells";

/**
 * Functions newer than Excel 2007 are stored with the `_xlfn.` prefix in the file (Excel adds it on
 * save; the API's `range.formulas` shows them without). LibreOffice reads IFNA without the prefix as
 * an unknown name, so the export adds it as Excel does.
 */
const FUTURE_FUNCTIONS = ["IFNA", "IFS", "SWITCH", "MAXIFS", "MINIFS", "CONCAT", "TEXTJOIN", "XOR", "XLOOKUP", "XMATCH", "RRI", "PDURATION"];
const FUTURE = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");

/** The formula as stored in a file: no leading "=", future functions prefixed, string literals untouched. */
export function fileFormula(formula: string): string {
  return formula
    .slice(1)
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE, (_, name: string) => `_xlfn.${name.toUpperCase()}(`)))
    .join('"');
}

function constantValue(content: CellValue): ExcelJS.CellValue {
  return typeof content === "string" && content.startsWith("=") ? { formula: fileFormula(content) } : content;
}

function resultValue(value: CellResult): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetSnapshot, grCells: GrCell[]): void {
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const target = worksheet.getCell(address);
    if (cell.formula !== undefined && cell.formula !== null) target.value = constantValue(cell.formula);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
  }
  for (const gr of grCells.filter((g) => g.sheet === sheet.name)) {
    const target = worksheet.getCell(gr.address);
    target.value = resultValue(gr.value);
    if (gr.address === gr.anchor) target.note = `Value of ${gr.formula} (evaluated with src/model; LibreOffice does not know GR. functions)`;
  }
}

type DefinedName = { name: string; ranges: string[]; localSheetId?: number };

/** Every sheet's names, scoped to their sheet (localSheetId), so equal names on two sheets coexist. */
function sheetScopedNames(snapshot: WorkbookSnapshot): DefinedName[] {
  return snapshot.sheets.flatMap((sheet, index) =>
    sheet.names.map((n) => ({
      name: n.name,
      ranges: [n.address.includes("!") ? n.address : `'${sheet.name.replace(/'/g, "''")}'!${absolute(n.address)}`],
      localSheetId: index,
    })),
  );
}

export async function writeXlsx(snapshot: WorkbookSnapshot, grCells: GrCell[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet, grCells);
  // exceljs only writes workbook-scoped names from its API, but its writer renders whatever
  // `definedNames.model` returns, localSheetId included: give it the sheet-scoped list.
  const names = sheetScopedNames(snapshot);
  Object.defineProperty(workbook.definedNames, "model", { get: () => names, configurable: true });
  await workbook.xlsx.writeFile(file);
}
