// Computes a rendered template's values, as the oracle suite does with LibreOffice: HyperFormula
// evaluates the native formulas, and every GR. call is replaced by what the add-in's own wrapper
// returns for the values its arguments evaluate to.
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import { parseRange } from "../../src/templates/a1";
import type { CellContent, SheetSpec } from "../../src/templates/types";
import { callAsExcel } from "../functions/customFunctionsFake";
import { WRAPPERS } from "../functions/wrappers";

/** ERROR.TYPE, which HyperFormula lacks: Excel's numbers for the error kinds the sheets can show. */
class ErrorTypePlugin extends FunctionPlugin {
  static override implementedFunctions = { "ERROR.TYPE": { method: "errorType", parameters: [{ argumentType: FunctionArgumentType.SCALAR }] } };
  errorType(ast: { args: unknown[] }, state: unknown): unknown {
    const codes: Record<string, number> = { DIV_BY_ZERO: 2, VALUE: 3, REF: 4, NAME: 5, NUM: 6, NA: 7 };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- HyperFormula's plugin API is untyped here
    return (this as any).runFunction(ast.args, state, (this as any).metadata("ERROR.TYPE"), (value: { type?: string }) => codes[value?.type ?? ""] ?? 0);
  }
}
HyperFormula.registerFunctionPlugin(ErrorTypePlugin, { enGB: { "ERROR.TYPE": "ERROR.TYPE" } });

export type Evaluated = { value(sheet: string, address: string): unknown };

type GrCell = { sheet: string; row: number; column: number; formula: string; spill?: string };

/**
 * Evaluates sheets (name → spec) together, so cross-sheet links resolve. With `addIn: "missing"`
 * the GR. formulas stay as written: HyperFormula knows no GR. function, so each shows #NAME? and
 * its spill range stays blank, as in Excel when the add-in is not loaded.
 */
export function evaluate(sheets: Record<string, SheetSpec>, addIn: "loaded" | "missing" = "loaded"): Evaluated {
  const grCells: GrCell[] = [];
  const data: Record<string, CellContent[][]> = {};
  for (const [name, spec] of Object.entries(sheets)) data[name] = matrixOf(name, spec, addIn === "loaded" ? grCells : undefined);
  const hf = HyperFormula.buildFromSheets(data as Record<string, (string | number | boolean | null)[][]>, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  // GR. arguments never depend on another GR. result except through these passes.
  for (let pass = 0; pass < 2; pass++) for (const gr of grCells) substitute(hf, gr);
  return {
    value(sheet, address) {
      const box = parseRange(address);
      return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: box.top - 1, col: box.left - 1 });
    },
  };
}

/** The sheet's contents; GR. cells are left empty and collected when `grCells` is given. */
function matrixOf(sheet: string, spec: SheetSpec, grCells?: GrCell[]): CellContent[][] {
  const rows: CellContent[][] = [];
  for (const write of spec.cells) {
    const box = parseRange(write.address);
    write.formulas.forEach((line, r) =>
      line.forEach((content, c) => {
        const [row, column] = [box.top - 1 + r, box.left - 1 + c];
        rows[row] ??= [];
        const isGr = grCells !== undefined && typeof content === "string" && content.startsWith("=") && /GR\.[A-Z_]+\(/.test(content);
        if (isGr) grCells.push({ sheet, row, column, formula: content as string, spill: write.spill });
        rows[row][column] = isGr ? null : content;
      }),
    );
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}

/**
 * Replaces each GR. call in a cell by its result: a cell that is one spilling call gets the array
 * itself; otherwise a call becomes a literal (a number, an inline array for a call nested in a
 * native function such as SUMPRODUCT, or a native formula giving the same error).
 */
function substitute(hf: HyperFormula, gr: GrCell): void {
  const sheet = hf.getSheetId(gr.sheet)!;
  const address = { sheet, row: gr.row, col: gr.column };
  let formula = gr.formula;
  for (let call = GR_CALL.exec(formula); call; call = GR_CALL.exec(formula)) {
    const end = closingParenthesis(formula, call.index + call[0].length - 1);
    const args = splitArguments(formula.slice(call.index + call[0].length, end)).map((arg) => argumentValue(hf, sheet, arg));
    const outcome = callAsExcel(WRAPPERS[call[1]], args);
    const whole = call.index === 1 && end === formula.length - 1;
    if ("value" in outcome && Array.isArray(outcome.value) && gr.spill && whole) {
      hf.setCellContents(address, (outcome.value as unknown[][]).map((row) => row.map(literalCell)));
      return;
    }
    formula = formula.slice(0, call.index) + literalOf(outcome) + formula.slice(end + 1);
  }
  hf.setCellContents(address, [[formula]]);
}

const GR_CALL = /GR\.([A-Z_]+)\(/;

function literalOf(outcome: ReturnType<typeof callAsExcel>): string {
  if (!("value" in outcome)) return literalExpression(outcome);
  if (!Array.isArray(outcome.value)) return literalExpression(outcome.value);
  const rows = outcome.value as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return literalExpression(rows[0][0]);
  const numbers = rows.map((row) =>
    row.map((v) => {
      if (typeof v !== "number") throw new Error(`evaluate: an array with a non-number (${String(v)}) inside a formula`);
      return String(v);
    }),
  );
  return `{${numbers.map((row) => row.join(",")).join(";")}}`;
}

function argumentValue(hf: HyperFormula, sheet: number, arg: string): unknown {
  const value = hf.calculateFormula(`=${arg}`, sheet);
  const plain = (v: unknown) => (v === undefined ? null : v);
  return Array.isArray(value) ? (value as unknown[][]).map((row) => row.map(plain)) : plain(value);
}

function literalCell(value: unknown): string | number {
  return typeof value === "number" ? value : `=${literalExpression(value)}`;
}

/** A number as itself; an add-in error as a native formula giving the same error. */
function literalExpression(value: unknown): string {
  if (typeof value === "number") return `(${value})`;
  const code = (value as { code?: string }).code ?? "";
  if (code.includes("N/A")) return "NA()";
  if (code.includes("NUM")) return "SQRT(-1)";
  return 'VALUE("x")';
}

function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"') i = text.indexOf('"', i + 1);
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced formula: ${text}`);
}

function splitArguments(text: string): string[] {
  const args: string[] = [];
  let [depth, start] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === "," && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...args, text.slice(start)];
}
