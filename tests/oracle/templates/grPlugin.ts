// The eight GR. functions as a HyperFormula plugin, so that HyperFormula can evaluate a rendered
// workbook as Excel with the add-in loaded would: each call runs the add-in's own wrapper
// (src/functions/functions.ts, through the same CustomFunctions fake as the function tests), and
// the spilling functions return arrays. HyperFormula (GPL-3.0) is a dev-only test oracle here.
import { ArraySize, type CellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as model from "../../../src/model";
import { callAsExcel } from "../../functions/customFunctionsFake";
import { WRAPPERS } from "../../functions/wrappers";
import { type ArgumentValue, type Grid, arrayResultSizes, excelArgument, firstError, hfError, sizeKey } from "./grValues";

/** A function's answer: a number, rows of numbers (a cell may hold its own error), or an error. */
type Outcome = model.Outcome<number | (number | model.DomainError)[][]>;

/** HyperFormula does not export its AST and interpreter-state types; these are the parts we read. */
type AstNode = { type: string; value?: unknown };
type CallAst = { args: AstNode[] };
type State = { formulaAddress: { sheet: number; row: number; col: number } };

const ANY = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

type Definition = { parameters: (typeof ANY)[]; size?: (plugin: GrPlugin, ast: CallAst, state: State) => ArraySize };

const DEFINITIONS: Record<string, Definition> = {
  "GR.REALLOC_SAVINGS": { parameters: [ANY, ANY, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL] },
  "GR.JWO_NPV": { parameters: [ANY, ANY, ANY, ANY, OPTIONAL] },
  "GR.JWO_PAYBACK": { parameters: [ANY, ANY, ANY] },
  "GR.JWO_CASHFLOWS": {
    parameters: [ANY, ANY, ANY, OPTIONAL],
    size: (p, ast, state) => {
      const n = p.cellCount(ast.args[0], state);
      const lines = ast.args.length >= 4 ? 3 : 2;
      return p.isColumn(ast.args[0], state) ? new ArraySize(lines, n) : new ArraySize(n, lines);
    },
  },
  "GR.WORKFORCE_PLAN": {
    parameters: [ANY, ANY, ANY],
    size: (p, ast, state) => p.sized(literalWhole(ast.args[2]), (years) => new ArraySize(years + 1, p.cellCount(ast.args[0], state))),
  },
  "GR.BUDGET_SHIFT": {
    parameters: [ANY, ANY, ANY, ANY, OPTIONAL],
    size: (p, ast, state) => p.sized(literalWhole(ast.args[3]), (years) => (p.isColumn(ast.args[0], state) ? new ArraySize(2, years + 1) : new ArraySize(years + 1, 2))),
  },
  "GR.TALENT_VELOCITY": {
    parameters: [ANY, ANY, ANY, OPTIONAL],
    // Shaped like its first range argument; a fresh size, since a range's own size is marked as a reference.
    size: (p, ast, state) => {
      const range = ast.args.map((a) => p.sizeOf(a, state)).find((s) => s.width * s.height > 1);
      return range ? new ArraySize(range.width, range.height) : ArraySize.scalar();
    },
  },
  "GR.GENAI_SAVINGS": {
    parameters: [ANY, ANY, ANY, OPTIONAL, OPTIONAL],
    size: (p, ast) => p.sized(literalWhole(ast.args[2]), (years) => new ArraySize(years, 1)),
  },
};

/**
 * HyperFormula sizes an array result when it parses the formula, before any value is known; the
 * templates always pass `years` as a literal, so the size follows from it and the ranges' sizes.
 */
function literalWhole(node: AstNode | undefined): number | undefined {
  return node?.type === "NUMBER" && typeof node.value === "number" ? Math.trunc(node.value) : undefined;
}

const methodName = (name: string) => name.replace("GR.", "gr_").toLowerCase();

export class GrPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(DEFINITIONS).map(([name, d]) => [
      name,
      { method: methodName(name), parameters: d.parameters, vectorizationForbidden: true, ...(d.size ? { sizeOfResultArrayMethod: `${methodName(name)}_size` } : {}) },
    ]),
  );

  sizeOf(node: AstNode, state: State): ArraySize {
    return this.arraySizeForAst(node as never, state as never);
  }
  cellCount(node: AstNode, state: State): number {
    const size = this.sizeOf(node, state);
    return size.width * size.height;
  }
  isColumn(node: AstNode, state: State): boolean {
    const size = this.sizeOf(node, state);
    return size.height > 1 && size.width === 1;
  }
  sized(years: number | undefined, size: (years: number) => ArraySize): ArraySize {
    return years === undefined || years < 1 ? ArraySize.error() : size(years);
  }

  /** Runs a GR function: an error in any argument is the result, as Excel does for custom functions. */
  call(name: string, ast: CallAst, state: State): unknown {
    // The AST and state are HyperFormula's own objects, passed back to it unchanged.
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...raw: unknown[]) => {
      const args = raw.map(excelArgument);
      const error = firstError(args);
      // HyperFormula's InterpreterValue type is not exported: numbers, CellError and SimpleRangeValue are members.
      return (error ? hfError(error) : toHyperFormula(name, evaluate(name, args), state)) as never;
    });
  }
}

/** Runs the add-in's wrapper; a CustomFunctions.Error (thrown, or in a cell of the result) becomes a DomainError. */
function evaluate(name: string, args: ArgumentValue[]): Outcome {
  const asDomain = (e: { code: string; message?: string }) => new model.DomainError(e.code as model.DomainError["code"], e.message ?? "");
  // HyperFormula gives undefined for an omitted optional argument; Excel gives null.
  const outcome = callAsExcel(WRAPPERS[name.slice("GR.".length)], args.map((a) => (a === undefined ? null : a)));
  if (!("value" in outcome)) return asDomain(outcome);
  const value = outcome.value as number | unknown[][];
  if (!Array.isArray(value)) return value;
  return value.map((row) => row.map((v) => (v instanceof CustomFunctions.Error ? asDomain(v) : (v as number))));
}

function toHyperFormula(name: string, outcome: Outcome, state: State): number | CellError | SimpleRangeValue {
  if (outcome instanceof model.DomainError) return hfError(outcome);
  if (typeof outcome === "number") return outcome;
  const grid: Grid = outcome.map((row) => row.map((v) => (v instanceof model.DomainError ? hfError(v) : v)));
  arrayResultSizes.set(sizeKey(state.formulaAddress), { rows: grid.length, columns: grid[0]?.length ?? 0, fn: name });
  return SimpleRangeValue.onlyValues(grid as never);
}

// One method (and one size method) per function, under the names implementedFunctions declares.
for (const [name, d] of Object.entries(DEFINITIONS)) {
  const proto = GrPlugin.prototype as unknown as Record<string, unknown>;
  proto[methodName(name)] = function (this: GrPlugin, ast: CallAst, state: State) {
    return this.call(name, ast, state);
  };
  if (d.size) {
    const size = d.size;
    proto[`${methodName(name)}_size`] = function (this: GrPlugin, ast: CallAst, state: State) {
      return size(this, ast, state);
    };
  }
}

/** Registers the plugin once per module registry (registration is global to HyperFormula). */
export function registerGrFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("GR.JWO_NPV")) return;
  const names = Object.fromEntries(Object.keys(DEFINITIONS).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(GrPlugin, { enGB: names });
}

export const GR_FUNCTION_NAMES = Object.keys(DEFINITIONS);
