// Equivalence with native spreadsheet formulas: for many generated inputs, workbooks whose NATIVE
// formulas compute the same quantity as each GR function (net_0 + NPV(...) for JWO_NPV, a PV
// SUMPRODUCT for REALLOC_SAVINGS, ((b+h−e)/b)^(1/y)−1 for TALENT_VELOCITY, …) are recalculated by
// LibreOffice in one headless run and compared with the model, cell by cell (relative 1e-9).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import "../functions/customFunctionsFake";
import { cashflowsSheet, npvSheet, paybackSheet, reallocSheet } from "./lo/cashSheets";
import { mismatches, type CellCheck } from "./lo/checks";
import { recalculate, type RecalculatedWorkbook } from "./lo/libreoffice";
import { budgetSheet, genaiSheet, velocitySheet, workforceSheet } from "./lo/peopleSheets";

/** Generated cases per function (plus the spec's examples, always first). */
const CASES = Number(process.env.ORACLE_CASES ?? 150);

const SHEETS: [string, (workbook: ExcelJS.Workbook, file: string, count: number) => CellCheck[]][] = [
  ["REALLOC_SAVINGS", reallocSheet],
  ["JWO_NPV", npvSheet],
  ["JWO_PAYBACK", paybackSheet],
  ["JWO_CASHFLOWS", cashflowsSheet],
  ["WORKFORCE_PLAN", workforceSheet],
  ["BUDGET_SHIFT", budgetSheet],
  ["TALENT_VELOCITY", velocitySheet],
  ["GENAI_SAVINGS", genaiSheet],
];

const checks = new Map<string, CellCheck[]>();
let recalculated: RecalculatedWorkbook[];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gr-oracle-functions-"));
  const files: string[] = [];
  for (const [id, build] of SHEETS) {
    const workbook = new ExcelJS.Workbook();
    const file = path.join(dir, `${id}.xlsx`);
    checks.set(id, build(workbook, file, CASES));
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  recalculated = await recalculate(files, { outDir: path.join(dir, "recalculated") });
});

describe("GR functions agree with native formulas recalculated by LibreOffice", () => {
  it.each(SHEETS.map(([id]) => id))("%s", (id) => {
    const own = checks.get(id)!;
    expect(own.length).toBeGreaterThan(CASES);
    const report = mismatches(recalculated, own);
    if (report.length > 0) console.log(`${id}: ${report.length} of ${own.length} cells differ\n${report.slice(0, 40).join("\n")}`);
    expect(report).toEqual([]);
  });
});
