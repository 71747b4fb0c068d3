// Source of truth: the functions spec's examples, copied below by hand (arguments and results, as the
// spec writes them), run through the Excel wrappers; and the reference catalogue, whose examples the
// help page shows, checked to carry each of them with the same arguments and result.
import "./customFunctionsFake";
import { FUNCTION_CATALOG, type ExampleDoc } from "../../src/functions/catalog";
import { callAsExcel, valueOf } from "./customFunctionsFake";
import { WRAPPERS, expectExampleResult } from "./wrappers";

const row = (...values: number[]) => [values];
const column = (...values: number[]) => values.map((v) => [v]);

interface SpecExample {
  /** The spec's example, in its words. */
  says: string;
  id: string;
  args: readonly unknown[];
  expected: number | number[][];
  /** The decimals the spec states its result to. */
  decimals: number;
}

// The JWO_NPV example gives its lines as columns ({1000;500;…}), as the spec writes it.
const NPV_LINES = [column(1000, 500, 250, 0, 0), column(100, 200, 250, 250, 250), column(0, 150, 400, 700, 900)];
const PAYBACK_LINES = [row(1000, 0, 0, 0), row(0, 100, 100, 100), row(0, 500, 600, 700)];

const SPEC_EXAMPLES: SpecExample[] = [
  { says: "=GR.REALLOC_SAVINGS(100, 150000) → 15,000,000", id: "REALLOC_SAVINGS", args: [100, 150000], expected: 15_000_000, decimals: 0 },
  { says: "=GR.REALLOC_SAVINGS(100, 150000, 6) → 7,500,000", id: "REALLOC_SAVINGS", args: [100, 150000, 6], expected: 7_500_000, decimals: 0 },
  {
    says: "=GR.REALLOC_SAVINGS(100, 150000, 6, 3, 3%, 10%) → 30,861,006.76",
    id: "REALLOC_SAVINGS",
    args: [100, 150000, 6, 3, 0.03, 0.1],
    expected: 30_861_006.76,
    decimals: 2,
  },
  { says: "JWO_NPV, rate 10% → −900.594", id: "JWO_NPV", args: [0.1, ...NPV_LINES], expected: -900.594, decimals: 3 },
  { says: "JWO_NPV with terminal_growth 2% → 4,759.880", id: "JWO_NPV", args: [0.1, ...NPV_LINES, 0.02], expected: 4759.88, decimals: 3 },
  { says: "JWO_PAYBACK → 2.1667", id: "JWO_PAYBACK", args: PAYBACK_LINES, expected: 2.1667, decimals: 4 },
  {
    says: "=GR.WORKFORCE_PLAN({120;80}, {-25%;40%}, 3) → {120, 90, 67.5, 50.625; 80, 112, 156.8, 219.52}",
    id: "WORKFORCE_PLAN",
    args: [column(120, 80), column(-0.25, 0.4), 3],
    expected: [[120, 90, 67.5, 50.625], [80, 112, 156.8, 219.52]],
    decimals: 9,
  },
  {
    says: "=GR.BUDGET_SHIFT(1000, 20%, 60%, 4) → {200, 300, 400, 500, 600; 800, 700, 600, 500, 400}",
    id: "BUDGET_SHIFT",
    args: [1000, 0.2, 0.6, 4],
    expected: [[200, 300, 400, 500, 600], [800, 700, 600, 500, 400]],
    decimals: 9,
  },
  { says: "=GR.TALENT_VELOCITY(1000, 300, 100, 2) → 9.54%", id: "TALENT_VELOCITY", args: [1000, 300, 100, 2], expected: 0.0954, decimals: 4 },
  {
    says: "=GR.GENAI_SAVINGS(1000, 30%, 5) → {35.76, 80.68, 150.00, 219.32, 264.24}",
    id: "GENAI_SAVINGS",
    args: [1000, 0.3, 5],
    expected: [[35.76, 80.68, 150.0, 219.32, 264.24]],
    decimals: 2,
  },
];

/**
 * Each argument as its values in reading order: a row, a column and a single value (or a one-cell
 * range) of the same numbers compare equal, as Excel reads them alike.
 */
const flatArgs = (args: readonly unknown[]) => args.map((a) => (Array.isArray(a) ? (a as unknown[][]).flat() : [a]));

/** The catalogue example with the same arguments (values in reading order) as the spec's. */
const catalogueExample = (spec: SpecExample): ExampleDoc | undefined =>
  FUNCTION_CATALOG.find((doc) => doc.id === spec.id)?.examples.find(
    (e) => JSON.stringify(flatArgs(e.args)) === JSON.stringify(flatArgs(spec.args)),
  );

describe("the spec's examples, through the Excel wrappers", () => {
  it.each(SPEC_EXAMPLES)("$says", ({ id, args, expected, decimals }) => {
    expectExampleResult(valueOf(callAsExcel(WRAPPERS[id], args)), expected, decimals);
  });
});

describe("the reference catalogue carries every example of the spec", () => {
  it.each(SPEC_EXAMPLES)("$says", (spec) => {
    const example = catalogueExample(spec);
    expect(example).toBeDefined();
    expect(example!.expected).toEqual(spec.expected);
  });
});

describe("every example the catalogue documents gives its documented result", () => {
  const cases = FUNCTION_CATALOG.flatMap((doc) => doc.examples.map((example) => ({ id: doc.id, ...example })));

  it.each(cases)("$formula → $result", ({ id, args, expected, decimals }) => {
    expectExampleResult(valueOf(callAsExcel(WRAPPERS[id], args)), expected, decimals);
  });

  it("documents at least one example for each of the eight functions", () => {
    expect(FUNCTION_CATALOG.filter((doc) => doc.examples.length > 0).map((doc) => doc.id)).toEqual(Object.keys(WRAPPERS));
  });
});
