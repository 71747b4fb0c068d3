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

// The spec's examples, copied by hand from ../shared/spec/functions.md, so the catalogue (which the
// test above trusts for expected values) cannot drift from the contract unnoticed.
const SPEC_EXAMPLES: { id: string; expected: number | number[][]; decimals: number }[] = [
  { id: "REALLOC_SAVINGS", expected: 15_000_000, decimals: 2 },
  { id: "REALLOC_SAVINGS", expected: 7_500_000, decimals: 2 },
  { id: "REALLOC_SAVINGS", expected: 30_861_006.76, decimals: 2 },
  { id: "JWO_NPV", expected: -900.594, decimals: 3 },
  { id: "JWO_NPV", expected: 4_759.88, decimals: 2 },
  { id: "JWO_PAYBACK", expected: 2.1667, decimals: 4 },
  { id: "WORKFORCE_PLAN", expected: [[120, 90, 67.5, 50.625], [80, 112, 156.8, 219.52]], decimals: 9 },
  { id: "BUDGET_SHIFT", expected: [[200, 300, 400, 500, 600], [800, 700, 600, 500, 400]], decimals: 9 },
  { id: "TALENT_VELOCITY", expected: 0.0954, decimals: 4 },
  { id: "GENAI_SAVINGS", expected: [[35.76, 80.68, 150.0, 219.32, 264.24]], decimals: 2 },
];

describe("the catalogue carries every example of the spec", () => {
  const results = FUNCTION_CATALOG.flatMap((doc) =>
    doc.examples.map((example) => ({ id: doc.id, actual: valueOf(callAsExcel(WRAPPERS[doc.id], example.args)) })),
  );

  it.each(SPEC_EXAMPLES)("$id → $expected", ({ id, expected, decimals }) => {
    const matches = results.filter((r) => r.id === id).filter((r) => {
      try {
        expectExampleResult(r.actual, expected, decimals);
        return true;
      } catch {
        return false;
      }
    });
    expect(matches.length).toBeGreaterThan(0);
  });
});
