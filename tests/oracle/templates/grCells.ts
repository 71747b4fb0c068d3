// The GR. cells of a rendered workbook, evaluated. LibreOffice does not know the add-in's functions,
// so HyperFormula evaluates the whole workbook with them registered (grPlugin.ts) and we keep only
// the GR. cells' results: anchors and every cell their arrays spill into. Everything native is left
// to LibreOffice.
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { SheetSnapshot, WorkbookSnapshot } from "../../support/excel-emulator/model/state";
import { cellAddress, tryParseArea } from "../../support/excel-emulator/model/address";
import type { CellResult } from "../lo/libreoffice";
import { registerGrFunctions } from "./grPlugin";
import { arrayResultSizes, sizeKey } from "./grValues";

/** One cell whose value comes from a GR. function: the anchor itself or a cell its array spills into. */
export type GrCell = {
  sheet: string;
  address: string;
  /** The cell holding the GR. formula (itself, for a scalar result). */
  anchor: string;
  /** The anchor's formula, as the renderer wrote it. */
  formula: string;
  value: CellResult;
  /** HyperFormula's or the model's message, when the value is an error. */
  message?: string;
};

/** The array a GR. anchor returned, for comparison with the spill range the template declares. */
export type ArrayResult = { sheet: string; anchor: string; rows: number; columns: number; fn: string };

export type GrEvaluation = { cells: GrCell[]; arrays: ArrayResult[] };

const CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false };

/** A GR. call outside string literals (a label may mention "GR.WORKFORCE_PLAN" in quotes). */
export function isGrFormula(content: unknown): content is string {
  return typeof content === "string" && content.startsWith("=") && /\bGR\.[A-Z_]+\s*\(/i.test(content.replace(/"(?:[^"]|"")*"/g, '""'));
}

/** HyperFormula's input for one sheet: formulas as they are, texts forced to stay text. */
function sheetMatrix(sheet: SheetSnapshot): (string | number | boolean | null)[][] {
  const rows: (string | number | boolean | null)[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const content = cell.formula;
    if (content === undefined || content === null) continue;
    const area = tryParseArea(address)!;
    rows[area.top] ??= [];
    // A leading apostrophe keeps "1.5" or "10%" a text, as it is in Excel when written as a string.
    rows[area.top][area.left] = typeof content === "string" && !content.startsWith("=") ? `'${content}` : content;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}

function resultOf(value: unknown): { value: CellResult; message?: string } {
  if (value instanceof DetailedCellError) return { value: { error: value.value }, message: value.message };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  return { value: null };
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Sheet-scoped names as in Excel; the templates' formulas use A1 references, the names are kept for fidelity. */
function addNames(hf: HyperFormula, snapshot: WorkbookSnapshot): void {
  for (const sheet of snapshot.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const name of sheet.names) {
      const target = name.address.includes("!") ? name.address : `${quoted(sheet.name)}!${absolute(name.address)}`;
      hf.addNamedExpression(name.name, `=${target}`, id);
    }
  }
}

export const absolute = (address: string): string => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

export function evaluateGrCells(snapshot: WorkbookSnapshot): GrEvaluation {
  registerGrFunctions();
  arrayResultSizes.clear();
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(snapshot.sheets.map((s) => [s.name, sheetMatrix(s)])), CONFIG);
  try {
    addNames(hf, snapshot);
    const cells: GrCell[] = [];
    const arrays: ArrayResult[] = [];
    for (const sheet of snapshot.sheets) collectSheet(hf, sheet, cells, arrays);
    return { cells, arrays };
  } finally {
    hf.destroy();
  }
}

function collectSheet(hf: HyperFormula, sheet: SheetSnapshot, cells: GrCell[], arrays: ArrayResult[]): void {
  const id = hf.getSheetId(sheet.name)!;
  for (const [anchor, cell] of Object.entries(sheet.cells)) {
    if (!isGrFormula(cell.formula)) continue;
    const at = tryParseArea(anchor)!;
    // A GR. array nested in a native function (SUMPRODUCT(GR.GENAI_SAVINGS(…),…)) gives one value:
    // only a cell HyperFormula holds as an array spills (a 1×1 array is the cell itself either way).
    const returned = arrayResultSizes.get(sizeKey({ sheet: id, row: at.top, col: at.left }));
    const single = returned !== undefined && returned.rows * returned.columns === 1;
    const size = hf.isCellPartOfArray({ sheet: id, row: at.top, col: at.left }) || single ? returned : undefined;
    if (size) arrays.push({ sheet: sheet.name, anchor, ...size });
    const [rows, columns] = size ? [size.rows, size.columns] : [1, 1];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const address = cellAddress(at.top + r, at.left + c);
        const value = hf.getCellValue({ sheet: id, row: at.top + r, col: at.left + c });
        cells.push({ sheet: sheet.name, address, anchor, formula: cell.formula, ...resultOf(value) });
      }
    }
  }
}
