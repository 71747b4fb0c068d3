// The built functions.js registered with Microsoft's own custom-functions runtime: every id of
// functions.json reaches CustomFunctions.associate, the documented examples compute through the
// registered functions, and bad input throws the runtime's CustomFunctions.Error, whose JSON (what
// the runtime hands Excel, CustomFunctionError.toJSON) keeps the message for #VALUE! and #N/A only
// (CustomFunctionError._getMessage, custom-functions-runtime.debug.js line 6433).
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { asExcelPasses, metadataIds } from "../../scripts/manifest/functionsCheck";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { ensureBuilt } from "../support/build";
import { type CustomFunctionsRuntime, loadCustomFunctionsRuntime } from "../support/excel-emulator/loadCustomFunctionsRuntime";
import { expectExampleResult } from "../functions/wrappers";

jest.setTimeout(10 * 60_000);

let runtime: CustomFunctionsRuntime;
let described: string[];

beforeAll(() => {
  const dist = ensureBuilt("dev-base");
  runtime = loadCustomFunctionsRuntime();
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), runtime.page, { filename: "functions.js" });
  described = metadataIds(readFileSync(path.join(dist, "functions.json"), "utf8"));
});

/** Calls a registered function as Excel does: omitted optional arguments arrive as null. */
function call(id: string, args: readonly unknown[]): unknown {
  const fn = runtime.CustomFunctions._association.mappings[id.toUpperCase()];
  return fn(...asExcelPasses(fn, args));
}

function thrownBy(id: string, args: readonly unknown[]): Error & { code: string; toJSON(): Record<string, unknown> } {
  try {
    call(id, args);
  } catch (e) {
    return e as ReturnType<typeof thrownBy>;
  }
  throw new Error(`${id} did not throw`);
}

it("registers exactly the ids functions.json describes, each once (the runtime warns on duplicates)", () => {
  expect(Object.keys(runtime.CustomFunctions._association.mappings).sort()).toEqual(described.map((id) => id.toUpperCase()).sort());
  expect(runtime.log.filter((line) => /DuplicatedName|InvalidArg/.test(line))).toEqual([]);
});

const examples = FUNCTION_CATALOG.flatMap((doc) => doc.examples.map((e) => ({ id: doc.id, ...e })));
it.each(examples)("computes $formula → $result through the runtime's registry", ({ id, args, expected, decimals }) => {
  expectExampleResult(call(id, args), expected, decimals);
});

it("throws the runtime's CustomFunctions.Error for text in a number list, message kept for Excel", () => {
  const error = thrownBy("JWO_NPV", [0.1, [[1, 2, "1,000"]], [[1, 2, 3]], [[1, 2, 3]]]);
  expect(error).toBeInstanceOf(runtime.CustomFunctions.Error);
  expect(error.toJSON()).toMatchObject({ valueType: "CustomFunctionError", code: "#VALUE!", errorType: "Value", message: 'capex: item 3 is text ("1,000")' });
});

it("gives Excel no message with #NUM!, as the runtime drops it (the help page must carry the valid ranges)", () => {
  const error = thrownBy("REALLOC_SAVINGS", [100, 150000, 6, 3, 0.03, -2]);
  expect(error.code).toBe("#NUM!");
  expect(error.message).not.toBe("");
  expect(error.toJSON()).toMatchObject({ code: "#NUM!", errorType: "Num" });
  expect(error.toJSON().message).toBeUndefined();
});
