// The function reference as plain data: the help page (src/help) renders it and the task pane's
// Functions tab lists it. No Office dependency, and deliberately not imported by functions.ts, whose
// bundle must stay small. Descriptions and argument texts repeat the JSDoc of functions.ts (what
// Excel's autocomplete shows); tests/functions/catalog.test.ts keeps the two identical.
import { JWO_CASHFLOWS, JWO_NPV, JWO_PAYBACK } from "./reference/cashflows";
import { BUDGET_SHIFT, GENAI_SAVINGS } from "./reference/genai";
import { REALLOC_SAVINGS, TALENT_VELOCITY, WORKFORCE_PLAN } from "./reference/people";
import type { FunctionDoc, FunctionEntry } from "./reference/types";

export type { ArgumentDoc, ErrorDoc, ExampleDoc, FunctionDoc } from "./reference/types";

/** `GR.JWO_NPV(rate, capex, opex, savings, [terminal_growth])`: optional arguments in brackets. */
export function syntaxOf(entry: Pick<FunctionDoc, "id" | "arguments">): string {
  const args = entry.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name));
  return `GR.${entry.id}(${args.join(", ")})`;
}

const ENTRIES: readonly FunctionEntry[] = [
  REALLOC_SAVINGS,
  JWO_NPV,
  JWO_PAYBACK,
  JWO_CASHFLOWS,
  WORKFORCE_PLAN,
  BUDGET_SHIFT,
  TALENT_VELOCITY,
  GENAI_SAVINGS,
];

/** The eight GR functions, in the order of the functions spec. */
export const FUNCTION_CATALOG: readonly FunctionDoc[] = ENTRIES.map((entry) => ({ ...entry, syntax: syntaxOf(entry) }));
