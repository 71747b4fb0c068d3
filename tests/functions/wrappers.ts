// The eight wrappers by function id, and how a documented example's result is compared.
import * as functions from "../../src/functions/functions";

/** The wrapper behind each id (functions.ts names them after the id in camelCase). */
export const WRAPPERS: Record<string, (...args: never[]) => unknown> = {
  REALLOC_SAVINGS: functions.reallocSavings,
  JWO_NPV: functions.jwoNpv,
  JWO_PAYBACK: functions.jwoPayback,
  JWO_CASHFLOWS: functions.jwoCashflows,
  WORKFORCE_PLAN: functions.workforcePlan,
  BUDGET_SHIFT: functions.budgetShift,
  TALENT_VELOCITY: functions.talentVelocity,
  GENAI_SAVINGS: functions.genaiSavings,
};

/** A scalar result Excel shows in one cell, or a spilled matrix; compared to the stated decimals. */
export function expectExampleResult(actual: unknown, expected: number | readonly (readonly number[])[], decimals: number) {
  if (typeof expected === "number") {
    const value = Array.isArray(actual) ? (actual as unknown[][])[0][0] : actual;
    expect(Array.isArray(actual) ? (actual as unknown[][]).flat() : [actual]).toHaveLength(1);
    return expect(value).toBeCloseTo(expected, decimals);
  }
  const rows = actual as number[][];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  rows.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(expected[r][c], decimals)));
}
