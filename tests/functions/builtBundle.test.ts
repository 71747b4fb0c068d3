// The built dist/functions.js loaded as Excel loads it: a fresh global scope whose CustomFunctions
// object records the associate calls the build appends (scripts/manifest/functionsCheck.ts). Source
// of truth: the documented examples (the spec's) and the ids of the built functions.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { asExcelPasses, loadFunctionsScript, metadataIds, type Registration } from "../../scripts/manifest/functionsCheck";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { ensureBuilt } from "../support/build";
import { expectExampleResult } from "./wrappers";

jest.setTimeout(10 * 60_000);

let registrations: Registration[];
let describedIds: string[];

beforeAll(() => {
  const dist = ensureBuilt("dev-base");
  registrations = loadFunctionsScript(readFileSync(path.join(dist, "functions.js"), "utf8"));
  describedIds = metadataIds(readFileSync(path.join(dist, "functions.json"), "utf8"));
});

const registered = (id: string) => registrations.find((r) => r.id === id)!.fn;

/** Calls a registered function as Excel does: omitted optional arguments arrive as null. */
const callRegistered = (id: string, args: readonly unknown[]) => {
  const fn = registered(id);
  return fn(...asExcelPasses(fn, args));
};

describe("built functions.js", () => {
  it("registers each of the eight ids exactly once", () => {
    expect(registrations.map((r) => r.id)).toEqual(FUNCTION_CATALOG.map((doc) => doc.id));
  });

  it("registers exactly the ids the built functions.json describes", () => {
    expect([...registrations.map((r) => r.id)].sort()).toEqual([...describedIds].sort());
  });

  const examples = FUNCTION_CATALOG.flatMap((doc) => doc.examples.map((e) => ({ id: doc.id, ...e })));
  it.each(examples)("computes $formula → $result", ({ id, args, expected, decimals }) => {
    expectExampleResult(callRegistered(id, args), expected, decimals);
  });

  it("throws the runtime's CustomFunctions.Error, with code and message, on bad input", () => {
    let thrown: unknown;
    try {
      callRegistered("JWO_NPV", [0.1, [[1, 2, "1,000"]], [[1, 2, 3]], [[1, 2, 3]]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: "#VALUE!", message: 'capex: item 3 is text ("1,000")' });
    expect((thrown as object).constructor.name).toBe("CustomFunctionsError");
  });

  it("puts per-cell errors of TALENT_VELOCITY in the cells as CustomFunctions.Error values", () => {
    const [[good, bad]] = callRegistered("TALENT_VELOCITY", [[[100, 0]], [[10, 10]], [[0, 0]]]) as unknown[][];
    expect(good).toBeCloseTo(0.1, 12);
    expect(bad).toMatchObject({ code: "#NUM!", message: "base must be greater than 0 (got 0)" });
  });
});
