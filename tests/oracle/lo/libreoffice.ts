// Recalculates .xlsx files in LibreOffice headless (a real spreadsheet engine) and reads the values
// back. One soffice process converts all files (start-up costs ~2 s, so batch); a private profile per
// call keeps concurrent runs apart and forces recalculation on load (OOXMLRecalcMode 0 = always),
// since files written by exceljs carry formulas without cached results.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

/** A cell as LibreOffice left it: a number, text, a logical value, an error code, or empty. */
export type CellResult = number | string | boolean | { error: string } | null;

/** Every non-empty cell of every sheet, by sheet name, then A1 address. */
export type WorkbookValues = Map<string, Map<string, CellResult>>;

export interface RecalculatedWorkbook {
  /** The file given. */
  source: string;
  /** The copy LibreOffice wrote after recalculating. */
  output: string;
  values: WorkbookValues;
  /** The formula of each formula cell (as LibreOffice wrote it back), for mismatch reports. */
  formulas: Map<string, Map<string, string>>;
}

export interface RecalculateOptions {
  /** Where LibreOffice writes the recalculated copies; a fresh temporary folder by default. */
  outDir?: string;
  /** Kill soffice after this long (default 5 minutes). */
  timeoutMs?: number;
  /** The soffice binary (default "soffice" on the PATH). */
  soffice?: string;
}

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A throwaway LibreOffice user profile that always recalculates files on load. */
function privateProfile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gr-lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  return dir;
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

/** Converts all files to .xlsx in one soffice run (recalculating them); returns the output paths. */
export async function convertWithLibreOffice(files: readonly string[], options: RecalculateOptions = {}): Promise<string[]> {
  const outDir = options.outDir ?? mkdtempSync(path.join(os.tmpdir(), "gr-lo-out-"));
  mkdirSync(outDir, { recursive: true });
  const names = files.map((f) => path.basename(f));
  if (new Set(names).size !== names.length) throw new Error("files to recalculate must have distinct names");
  const outputs = names.map((n) => path.join(outDir, n.replace(/\.[^.]+$/, "") + ".xlsx"));
  if (outputs.some((o, i) => path.resolve(o) === path.resolve(files[i]))) throw new Error("outDir must differ from the files' folder");
  const profile = privateProfile();
  try {
    const args = ["--headless", "--norestore", "--nolockcheck", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`];
    await run(options.soffice ?? "soffice", [...args, "--convert-to", "xlsx", "--outdir", outDir, ...files], options.timeoutMs ?? 300_000);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return outputs;
}

function cellResult(value: ExcelJS.CellValue): CellResult {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime();
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  return null;
}

/** Every cell value (formula cells by their cached result) and every formula of a workbook. */
export async function readWorkbook(file: string): Promise<Pick<RecalculatedWorkbook, "values" | "formulas">> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values: WorkbookValues = new Map();
  const formulas = new Map<string, Map<string, string>>();
  workbook.eachSheet((sheet) => {
    const sheetValues = new Map<string, CellResult>();
    const sheetFormulas = new Map<string, string>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // cell.value drops a formula's cached result when it is 0; cell.result keeps it.
        sheetValues.set(cell.address, cellResult(cell.formula ? (cell.result as ExcelJS.CellValue) : cell.value));
        if (cell.formula) sheetFormulas.set(cell.address, cell.formula);
      }),
    );
    values.set(sheet.name, sheetValues);
    formulas.set(sheet.name, sheetFormulas);
  });
  return { values, formulas };
}

/** Recalculates the files in one LibreOffice run and returns each one's recalculated values. */
export async function recalculate(files: readonly string[], options: RecalculateOptions = {}): Promise<RecalculatedWorkbook[]> {
  const outputs = await convertWithLibreOffice(files, options);
  return Promise.all(outputs.map(async (output, i) => ({ source: files[i], output, ...(await readWorkbook(output)) })));
}
