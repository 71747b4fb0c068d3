// One recalculated sheet as the assertions read it: LibreOffice's values, the formula behind each
// cell (the GR. formula for cells whose value the add-in computed), and rows found by their label,
// so the checks follow the template's structure rather than hard-coded row numbers.
import type { SheetSpec } from "../../../src/templates/types";
import { cellAddress, columnLetters, tryParseArea } from "../../support/excel-emulator/model/address";
import type { CellResult } from "../lo/libreoffice";
import type { GrCell } from "./grCells";
import type { OracleWorkbook } from "./pipeline";

/** A finding: where, what the sheet says, what it should say, and which rule says so. */
export type Problem = {
  sheet: string;
  cell: string;
  formula: string;
  libreOffice: CellResult;
  expected: unknown;
  rule: string;
  /** Where the expected value comes from: "model" (src/model) or "expected" (the sheet's own structure). */
  from: "model" | "expected";
};

/** Values are 0-based inside, A1 outside; columns as numbers 0 = A. */
export class SheetView {
  private readonly gr: Map<string, GrCell>;

  constructor(
    readonly name: string,
    readonly spec: SheetSpec,
    private readonly workbook: OracleWorkbook,
  ) {
    this.gr = new Map(workbook.gr.cells.filter((c) => c.sheet === name).map((c) => [c.address, c]));
  }

  value(address: string): CellResult {
    return this.workbook.values.get(this.name)?.get(address) ?? null;
  }

  number(address: string): number | undefined {
    const v = this.value(address);
    return typeof v === "number" ? v : undefined;
  }

  /** What produced the cell: its formula, the GR. formula it spills from, or its constant. */
  formula(address: string): string {
    const gr = this.gr.get(address);
    if (gr) return gr.address === gr.anchor ? gr.formula : `spilled from ${gr.anchor}: ${gr.formula}`;
    const content = this.snapshotSheet()?.cells[address]?.formula;
    return content === undefined || content === null ? "(empty)" : String(content);
  }

  grCell(address: string): GrCell | undefined {
    return this.gr.get(address);
  }

  /** Cells holding a formula, spilled GR. cells included, in reading order. */
  formulaCells(): string[] {
    const written = Object.entries(this.snapshotSheet()?.cells ?? {})
      .filter(([, c]) => typeof c.formula === "string" && c.formula.startsWith("="))
      .map(([a]) => a);
    return [...new Set([...written, ...this.gr.keys()])].sort(byReadingOrder);
  }

  /** 1-based row whose column A reads `label`, the first one after the row reading `after` (a prefix). */
  row(label: string, after?: string): number {
    const start = after === undefined ? 0 : this.rowsWhere((a) => a.startsWith(after))[0];
    const found = start === undefined ? undefined : this.rowsWhere((a) => a === label).find((r) => r > start);
    if (found === undefined) throw new Error(`${this.name}: no row labelled "${label}"${after ? ` after "${after}"` : ""}`);
    return found;
  }

  /** 1-based rows whose column A satisfies `test`, top to bottom. */
  rowsWhere(test: (label: string) => boolean): number[] {
    const rows: number[] = [];
    for (const [address, value] of this.workbook.values.get(this.name) ?? []) {
      const area = tryParseArea(address)!;
      if (area.left === 0 && typeof value === "string" && test(value)) rows.push(area.top + 1);
    }
    return rows.sort((a, b) => a - b);
  }

  /** 0-based columns from C (the first value column) that hold a value in `row`. */
  valueColumns(row: number): number[] {
    const columns: number[] = [];
    for (const address of this.workbook.values.get(this.name)?.keys() ?? []) {
      const area = tryParseArea(address)!;
      if (area.top === row - 1 && area.left >= 2 && this.value(address) !== null) columns.push(area.left);
    }
    return columns.sort((a, b) => a - b);
  }

  problem(address: string, expected: unknown, rule: string, from: Problem["from"] = "expected"): Problem {
    return { sheet: this.name, cell: address, formula: this.formula(address), libreOffice: this.value(address), expected, rule, from };
  }

  private snapshotSheet() {
    return this.workbook.snapshot.sheets.find((s) => s.name === this.name);
  }
}

export const at = (column: number, row: number): string => cellAddress(row - 1, column);
export const letters = columnLetters;

function byReadingOrder(a: string, b: string): number {
  const [x, y] = [tryParseArea(a)!, tryParseArea(b)!];
  return x.top - y.top || x.left - y.left;
}

export function viewsOf(workbook: OracleWorkbook): SheetView[] {
  return workbook.plans.map((p) => new SheetView(p.name, p.spec, workbook));
}

const shown = (v: unknown): string => (typeof v === "object" && v !== null && "error" in v ? String((v as { error: unknown }).error) : JSON.stringify(v));

/** One line per problem: sheet and cell, formula, LibreOffice's value, the expected value, the rule. */
export function formatProblem(p: Problem): string {
  const sheet = `'${p.sheet.replace(/'/g, "''")}'!${p.cell}`;
  return `${sheet}  ${p.formula}\n    LibreOffice: ${shown(p.libreOffice)}  ${p.from}: ${shown(p.expected)}  [${p.rule}]`;
}

/** Equal within a relative tolerance of 1e-9 of the larger of the figure and the parts it is built from. */
export function close(actual: number | undefined, expected: number, magnitude = Math.abs(expected)): boolean {
  if (actual === undefined || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(magnitude, Math.abs(expected), 1e-12);
}
