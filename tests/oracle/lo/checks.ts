// Expected values for cells of a workbook LibreOffice recalculates, and the comparison report: on a
// mismatch it names the sheet, the cell, the formula, LibreOffice's value and ours.
import type { CellResult, RecalculatedWorkbook } from "./libreoffice";

export interface CellCheck {
  /** The workbook file (as given to `recalculate`). */
  file: string;
  sheet: string;
  cell: string;
  /** Our value: a number, or the Excel error code we answer. */
  expected: number | { error: string };
  /**
   * The size the tolerance is relative to: at least |expected|, larger where terms cancel (an NPV of
   * flows in the millions can be near 0; 1e-9 of the flows is the honest bound there).
   */
  scale?: number;
  /** What is being checked, e.g. "JWO_NPV case 12". */
  label: string;
}

export const RELATIVE_TOLERANCE = 1e-9;

function show(value: CellResult | number | { error: string } | undefined): string {
  if (value === undefined) return "(no cell)";
  return typeof value === "object" && value !== null ? value.error : JSON.stringify(value);
}

function matches(actual: CellResult | undefined, check: CellCheck): boolean {
  const { expected } = check;
  if (typeof expected === "object") return typeof actual === "object" && actual !== null && actual.error === expected.error;
  if (typeof actual !== "number") return false;
  const scale = Math.max(Math.abs(expected), check.scale ?? 0, Number.MIN_VALUE);
  return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale;
}

/** One line per failed check: where, the formula, LibreOffice's value and the expected one. */
export function mismatches(workbooks: readonly RecalculatedWorkbook[], checks: readonly CellCheck[]): string[] {
  const byFile = new Map(workbooks.map((w) => [w.source, w]));
  const report: string[] = [];
  for (const check of checks) {
    const workbook = byFile.get(check.file);
    const actual = workbook?.values.get(check.sheet)?.get(check.cell);
    if (matches(actual, check)) continue;
    const formula = workbook?.formulas.get(check.sheet)?.get(check.cell) ?? "(no formula)";
    report.push(
      `${check.label}: ${check.sheet}!${check.cell} =${formula} → LibreOffice ${show(actual)}, model ${show(check.expected)}` +
        (check.scale ? ` (tolerance ${RELATIVE_TOLERANCE} × ${check.scale.toPrecision(3)})` : ""),
    );
  }
  return report;
}
