// The reference catalogue against the metadata Excel actually gets (generated from the JSDoc of
// functions.ts by the same generator the build runs), and functions.json against its golden file,
// which no test run writes (tests/functions/updateGolden.ts rewrites it on purpose).
import { existsSync, readFileSync } from "node:fs";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { GOLDEN, generatedMetadata } from "./metadata";

interface Metadata {
  functions: {
    id: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; description: string; optional?: boolean; dimensionality?: string }[];
    result: { dimensionality?: string };
  }[];
}

let metadataJson: string;
let metadata: Metadata;

beforeAll(async () => {
  metadataJson = await generatedMetadata();
  metadata = JSON.parse(metadataJson) as Metadata;
});

/** The syntax lines of the functions spec's headings (the contract). */
const SPEC_SYNTAX = [
  "GR.REALLOC_SAVINGS(headcount, loaded_cost, [severance_months], [years], [cost_growth], [discount_rate])",
  "GR.JWO_NPV(rate, capex, opex, savings, [terminal_growth])",
  "GR.JWO_PAYBACK(capex, opex, savings)",
  "GR.JWO_CASHFLOWS(capex, opex, savings, [rate])",
  "GR.WORKFORCE_PLAN(headcount, annual_change, years)",
  "GR.BUDGET_SHIFT(total_budget, start_share, end_share, years, [curve])",
  "GR.TALENT_VELOCITY(base, hires, exits, [years])",
  "GR.GENAI_SAVINGS(base_cost, max_savings_rate, years, [midpoint], [steepness])",
];

describe("function reference catalogue", () => {
  it("documents the eight functions with the spec's syntax, in the spec's order", () => {
    expect(FUNCTION_CATALOG.map((doc) => doc.syntax)).toEqual(SPEC_SYNTAX);
  });

  it("lists the functions functions.json describes, in the same order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTION_CATALOG.map((doc) => doc.id));
  });

  it.each(FUNCTION_CATALOG.map((doc) => [doc.id, doc] as const))("%s: same description and arguments as the JSDoc", (id, doc) => {
    const meta = metadata.functions.find((f) => f.id === id)!;
    expect(doc.description).toBe(meta.description);
    expect(doc.arguments.map((a) => [a.name, a.description, a.optional])).toEqual(
      meta.parameters.map((p) => [p.name, p.description, p.optional === true]),
    );
  });

  it.each(FUNCTION_CATALOG.map((doc) => [doc.id, doc] as const))("%s: every optional argument states its default", (_id, doc) => {
    for (const arg of doc.arguments) expect(arg.optional ? arg.default : undefined).toEqual(arg.optional ? expect.any(String) : undefined);
  });

  it("points every helpUrl at the function's anchor on the dev server (the build rewrites the base)", () => {
    for (const f of metadata.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id}`);
  });

  it("declares matrix results for the functions that spill", () => {
    const spilling = metadata.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
    expect(spilling).toEqual(["JWO_CASHFLOWS", "WORKFORCE_PLAN", "BUDGET_SHIFT", "TALENT_VELOCITY", "GENAI_SAVINGS"]);
  });

  it("matches the golden functions.json (on a change, review the printed file and update the golden)", () => {
    const golden = existsSync(GOLDEN) ? readFileSync(GOLDEN, "utf8") : "";
    if (golden !== metadataJson) {
      console.log(
        `functions.json differs from ${GOLDEN}; new output below. If the change is intended, run ` +
          `\`npx tsx tests/functions/updateGolden.ts\` and commit the golden with it.\n${metadataJson}`,
      );
    }
    expect(golden).toBe(metadataJson);
  });
});
