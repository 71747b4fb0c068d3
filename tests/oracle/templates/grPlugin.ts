// The eight GR. functions as a HyperFormula plugin, so that HyperFormula can evaluate a rendered
// workbook as Excel with the add-in loaded would: arguments go through the add-in's own coercion
// (src/functions/coerce: blank = 0, text is #VALUE!), the numbers come from src/model/, and the
// spilling functions return arrays. HyperFormula (GPL-3.0) is a dev-only test oracle here.
import { ArraySize, type CellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { laidOut, readChoice, readLine, readList, readNumber, readOptional, readOptionalOrNull, readWhole } from "../../../src/functions/coerce";
import * as model from "../../../src/model";
import { type ArgumentValue, type Grid, arrayResultSizes, excelArgument, firstError, hfError, sizeKey } from "./grValues";

/** A function's answer: a number, rows of numbers (a cell may hold its own error), or an error. */
type Outcome = model.Outcome<number | (number | model.DomainError)[][]>;

/** HyperFormula does not export its AST and interpreter-state types; these are the parts we read. */
type AstNode = { type: string; value?: unknown };
type CallAst = { args: AstNode[] };
type State = { formulaAddress: { sheet: number; row: number; col: number } };

const ANY = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

type Definition = { parameters: (typeof ANY)[]; compute: (args: ArgumentValue[]) => Outcome; size?: (plugin: GrPlugin, ast: CallAst, state: State) => ArraySize };

/** Rows of the cash-flow lines, and whether capex came as a column (the output turns to match). */
function cashFlows(capex: ArgumentValue, opex: ArgumentValue, savings: ArgumentValue) {
  const line = readLine(capex, "capex");
  return { lines: { capex: line.values, opex: readLine(opex, "opex").values, savings: readLine(savings, "savings").values }, isColumn: line.isColumn };
}

/** TALENT_VELOCITY cell by cell: one value applies to every cell, ranges must share one shape. */
function velocity([base, hires, exits, years]: ArgumentValue[]): Outcome {
  const lists = [readList(base, "base"), readList(hires, "hires"), readList(exits, "exits"), years == null ? { values: [1], rows: 1, columns: 1 } : readList(years, "years")];
  const shape = lists.find((l) => l.values.length > 1) ?? lists[0];
  if (lists.some((l) => l.values.length > 1 && (l.rows !== shape.rows || l.columns !== shape.columns))) {
    return new model.DomainError("#VALUE!", "give ranges of the same shape, or a single value");
  }
  const at = (i: number) => lists.map((l) => l.values[l.values.length === 1 ? 0 : i]);
  return Array.from({ length: shape.rows }, (_, r) =>
    Array.from({ length: shape.columns }, (_, c) => {
      const [b, h, e, y] = at(r * shape.columns + c);
      return model.talentVelocity(b, h, e, y);
    }),
  );
}

const DEFINITIONS: Record<string, Definition> = {
  "GR.REALLOC_SAVINGS": {
    parameters: [ANY, ANY, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL],
    compute: ([headcount, cost, severance, years, growth, rate]) =>
      model.reallocSavings({
        headcount: readList(headcount, "headcount").values,
        loadedCost: readList(cost, "loaded_cost").values,
        severanceMonths: readOptional(severance, "severance_months", 0),
        years: readWhole(years, "years", 1),
        costGrowth: readOptional(growth, "cost_growth", 0),
        discountRate: readOptional(rate, "discount_rate", 0),
      }),
  },
  "GR.JWO_NPV": {
    parameters: [ANY, ANY, ANY, ANY, OPTIONAL],
    compute: ([rate, capex, opex, savings, growth]) => model.jwoNpv(readNumber(rate, "rate"), cashFlows(capex, opex, savings).lines, readOptionalOrNull(growth, "terminal_growth")),
  },
  "GR.JWO_PAYBACK": { parameters: [ANY, ANY, ANY], compute: ([capex, opex, savings]) => model.jwoPayback(cashFlows(capex, opex, savings).lines) },
  "GR.JWO_CASHFLOWS": {
    parameters: [ANY, ANY, ANY, OPTIONAL],
    compute: ([capex, opex, savings, rate]) => {
      const { lines, isColumn } = cashFlows(capex, opex, savings);
      const rows = model.jwoCashflows(lines, readOptionalOrNull(rate, "rate"));
      return Array.isArray(rows) ? laidOut(rows, isColumn) : rows;
    },
    size: (p, ast, state) => {
      const n = p.cellCount(ast.args[0], state);
      const lines = ast.args.length >= 4 ? 3 : 2;
      return p.isColumn(ast.args[0], state) ? new ArraySize(lines, n) : new ArraySize(n, lines);
    },
  },
  "GR.WORKFORCE_PLAN": {
    parameters: [ANY, ANY, ANY],
    compute: ([headcount, change, years]) => model.workforcePlan(readList(headcount, "headcount").values, readList(change, "annual_change").values, readWhole(years, "years")),
    size: (p, ast, state) => p.sized(literalWhole(ast.args[2]), (years) => new ArraySize(years + 1, p.cellCount(ast.args[0], state))),
  },
  "GR.BUDGET_SHIFT": {
    parameters: [ANY, ANY, ANY, ANY, OPTIONAL],
    compute: ([budget, start, end, years, curve]) => {
      const line = readLine(budget, "total_budget");
      const rows = model.budgetShift(line.values, readNumber(start, "start_share"), readNumber(end, "end_share"), readWhole(years, "years"), readChoice(curve, "curve", model.SHIFT_CURVES));
      return Array.isArray(rows) ? laidOut(rows, line.isColumn) : rows;
    },
    size: (p, ast, state) => p.sized(literalWhole(ast.args[3]), (years) => (p.isColumn(ast.args[0], state) ? new ArraySize(2, years + 1) : new ArraySize(years + 1, 2))),
  },
  "GR.TALENT_VELOCITY": {
    parameters: [ANY, ANY, ANY, OPTIONAL],
    compute: velocity,
    // Shaped like its first range argument; a fresh size, since a range's own size is marked as a reference.
    size: (p, ast, state) => {
      const range = ast.args.map((a) => p.sizeOf(a, state)).find((s) => s.width * s.height > 1);
      return range ? new ArraySize(range.width, range.height) : ArraySize.scalar();
    },
  },
  "GR.GENAI_SAVINGS": {
    parameters: [ANY, ANY, ANY, OPTIONAL, OPTIONAL],
    compute: ([cost, rate, years, midpoint, steepness]) =>
      model.genaiSavings(readNumber(cost, "base_cost"), readNumber(rate, "max_savings_rate"), readWhole(years, "years"), readOptionalOrNull(midpoint, "midpoint"), readOptional(steepness, "steepness", 1)),
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

/** Reads and computes; a DomainError thrown by a reader (text where a number is needed) is a cell error too. */
function evaluate(name: string, args: ArgumentValue[]): Outcome {
  try {
    return DEFINITIONS[name].compute(args);
  } catch (error) {
    if (error instanceof model.DomainError) return error;
    throw error;
  }
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
