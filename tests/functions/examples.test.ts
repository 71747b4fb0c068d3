// Source of truth: the functions spec's examples, as the reference catalogue documents them. Every
// documented example runs through its Excel wrapper and must give the documented result.
import "./customFunctionsFake";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { callAsExcel, valueOf } from "./customFunctionsFake";
import { WRAPPERS, expectExampleResult } from "./wrappers";

describe("every documented example gives its documented result", () => {
  const cases = FUNCTION_CATALOG.flatMap((doc) => doc.examples.map((example) => ({ id: doc.id, ...example })));

  it.each(cases)("$formula → $result", ({ id, args, expected, decimals }) => {
    expectExampleResult(valueOf(callAsExcel(WRAPPERS[id], args)), expected, decimals);
  });

  it("documents at least one example for each of the eight functions", () => {
    expect(FUNCTION_CATALOG.filter((doc) => doc.examples.length > 0).map((doc) => doc.id)).toEqual(Object.keys(WRAPPERS));
  });
});
