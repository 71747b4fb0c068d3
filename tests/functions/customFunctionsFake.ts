// A global CustomFunctions for tests that call the wrappers directly, as Excel's runtime provides
// it: the Error class and ErrorCode enum (the same fake the build check uses to load functions.js).
// Importing this module installs it.
import { asExcelPasses, customFunctionsGlobal } from "../../scripts/manifest/functionsCheck";

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsGlobal([]);

/** What a call gives a cell: a value, or the error Excel shows (code and message). */
export type CellOutcome = { value: unknown } | { code: string; message: string | undefined };

type ExcelFunction = (...args: never[]) => unknown;

/**
 * Calls a wrapper as Excel does: omitted trailing optional arguments arrive as null. A thrown
 * CustomFunctions.Error becomes the outcome; anything else thrown (a plain Error) fails the test.
 */
export function callAsExcel(fn: ExcelFunction, args: readonly unknown[]): CellOutcome {
  const padded = asExcelPasses(fn, args);
  try {
    return { value: (fn as (...a: unknown[]) => unknown)(...padded) };
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw e;
    return { code: e.code, message: e.message };
  }
}

/** The outcome's error as "CODE message", for readable assertions. */
export function errorText(outcome: CellOutcome): string {
  if ("value" in outcome) throw new Error(`expected an error, got the value ${JSON.stringify(outcome.value)}`);
  return `${outcome.code} ${outcome.message}`;
}

/** The outcome's value, failing with the error's text if the call gave an error. */
export function valueOf(outcome: CellOutcome): unknown {
  if (!("value" in outcome)) throw new Error(`expected a value, got ${outcome.code} ${outcome.message}`);
  return outcome.value;
}

/**
 * Problems with a result Excel would show badly: NaN, Infinity, undefined, ragged or empty matrices,
 * or anything that is neither a number nor (inside a matrix) a CustomFunctions.Error.
 */
export function resultProblems(value: unknown): string[] {
  const cell = (v: unknown, where: string): string[] => {
    if (typeof v === "number") return Number.isFinite(v) ? [] : [`${where} is ${v}`];
    if (v instanceof CustomFunctions.Error) return v.message ? [] : [`${where} is an error without a message`];
    return [`${where} is ${v === undefined ? "undefined" : JSON.stringify(v)}`];
  };
  if (!Array.isArray(value)) return cell(value, "the result");
  if (value.length === 0 || !value.every(Array.isArray)) return ["the result is not a matrix of rows"];
  const width = (value[0] as unknown[]).length;
  if (width === 0 || value.some((row: unknown[]) => row.length !== width)) return ["the result rows are empty or ragged"];
  return (value as unknown[][]).flatMap((row, r) => row.flatMap((v, c) => cell(v, `cell [${r}][${c}]`)));
}
