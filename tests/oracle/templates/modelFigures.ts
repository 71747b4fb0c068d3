// What each headline figure must be: computed straight from src/model with the template's sample
// inputs (the SAMPLE_* constants the templates write), never from a spreadsheet engine. One list
// per sheet, in the order of the sheet's `headlines`.
import * as model from "../../../src/model";
import { SAMPLE_BUDGET, SAMPLE_PARTNERSHIP_MILLIONS } from "../../../src/templates/budget";
import { sampleMoney } from "../../../src/templates/formats";
import { SAMPLE_FUNCTIONS, SAMPLE_REINVESTMENT } from "../../../src/templates/genai";
import { NOT_WITHIN_HORIZON, SAMPLE_JWO_RATE, sampleJwoMillions } from "../../../src/templates/jwo";
import { SAMPLE_PERIOD_YEARS, SAMPLE_PROVIDERS } from "../../../src/templates/talent";
import type { InsertOptions, Scale, SheetKey } from "../../../src/templates/types";
import { SAMPLE_COST_GROWTH, SAMPLE_DISCOUNT_RATE, SAMPLE_FAMILIES, SAMPLE_SEVERANCE_MONTHS } from "../../../src/templates/workforce";

export type ModelFigure = { what: string; value: number | string };

/** Currency units per unit of the chosen scale: loaded costs (whole units) meet scaled money here. */
const UNITS_PER: Record<Scale, number> = { units: 1, thousands: 1e3, millions: 1e6 };

/** The model's value; a DomainError here means the sample inputs are outside the model's domain. */
function ok<T>(outcome: model.Outcome<T>): T {
  if (outcome instanceof model.DomainError) throw new Error(`model rejected the sample inputs: ${outcome.code} ${outcome.message}`);
  return outcome;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const column = <T>(rows: T[][], i: number): T[] => rows.map((r) => r[i]);

function workforce(o: InsertOptions): ModelFigure[] {
  const plan = ok(model.workforcePlan(column(SAMPLE_FAMILIES, 2) as number[], column(SAMPLE_FAMILIES, 3) as number[], o.horizon));
  const exits = plan.map((row) => Math.max(0, row[0] - row[o.horizon]));
  const freed = ok(
    model.reallocSavings({
      headcount: exits,
      loadedCost: column(SAMPLE_FAMILIES, 4) as number[],
      severanceMonths: SAMPLE_SEVERANCE_MONTHS,
      years: o.horizon,
      costGrowth: SAMPLE_COST_GROWTH,
      discountRate: SAMPLE_DISCOUNT_RATE,
    }),
  );
  const end = sum(plan.map((row) => row[o.horizon]));
  return [
    { what: "REALLOC_SAVINGS of the roles WORKFORCE_PLAN exits, in the chosen scale", value: freed / UNITS_PER[o.scale] },
    { what: "sum of WORKFORCE_PLAN's last year", value: end },
    { what: "WORKFORCE_PLAN's last year minus today", value: end - sum(plan.map((row) => row[0])) },
  ];
}

function budget(o: InsertOptions): ModelFigure[] {
  const first = sampleMoney(SAMPLE_BUDGET.total, o);
  const budgets = Array.from({ length: o.horizon + 1 }, (_, t) => first * (1 + SAMPLE_BUDGET.growth) ** t);
  const curve = SAMPLE_BUDGET.curve as model.ShiftCurve;
  const [genai] = ok(model.budgetShift(budgets, SAMPLE_BUDGET.startShare, SAMPLE_BUDGET.endShare, o.horizon, curve));
  // Reallocated in a year: generative-AI spend above the start share, plus the partnership tranche.
  const moved = genai.map((g, t) => g - budgets[t] * SAMPLE_BUDGET.startShare + sampleMoney(SAMPLE_PARTNERSHIP_MILLIONS[t] ?? 0, o));
  return [
    { what: "sum over the years of BUDGET_SHIFT above the start share, plus the partnership", value: sum(moved) },
    { what: "BUDGET_SHIFT's generative-AI amount in the last year", value: genai[o.horizon] },
  ];
}

function jwo(o: InsertOptions): ModelFigure[] {
  const flows = Array.from({ length: o.horizon }, (_, t) => sampleJwoMillions(t));
  const line = (pick: (f: (typeof flows)[number]) => number) => flows.map((f) => sampleMoney(pick(f), o));
  const lines = { capex: line((f) => f.capex), opex: line((f) => f.opex), savings: line((f) => f.savings) };
  const payback = model.jwoPayback(lines);
  const isNa = payback instanceof model.DomainError && payback.code === "#N/A";
  return [
    { what: "JWO_NPV", value: ok(model.jwoNpv(SAMPLE_JWO_RATE, lines, null)) },
    { what: "JWO_PAYBACK (#N/A shown as text)", value: isNa ? NOT_WITHIN_HORIZON : ok(payback) },
    { what: "JWO_CASHFLOWS' cumulative line, last period", value: ok(model.jwoCashflows(lines, null))[1][o.horizon - 1] },
  ];
}

function talent(): ModelFigure[] {
  const velocity = (base: number, hires: number, exits: number) => ok(model.talentVelocity(base, hires, exits, SAMPLE_PERIOD_YEARS));
  const providers = SAMPLE_PROVIDERS.map(([name, base, hires, exits]) => ({ what: `TALENT_VELOCITY of ${name}`, value: velocity(base, hires, exits) }));
  const all = velocity(...([1, 2, 3].map((i) => sum(column(SAMPLE_PROVIDERS, i) as number[])) as [number, number, number]));
  return [...providers, { what: "TALENT_VELOCITY of all providers' totals", value: all }];
}

function genai(o: InsertOptions): ModelFigure[] {
  const rows = SAMPLE_FUNCTIONS.map(([, cost, rate, midpoint, steepness]) => ok(model.genaiSavings(sampleMoney(cost, o), rate, o.horizon, midpoint, steepness))[0]);
  const totals = rows[0].map((_, t) => sum(column(rows, t)));
  // Each year's savings earn the reinvestment return from the next year to the last.
  const compounded = sum(totals.map((v, t) => v * (1 + SAMPLE_REINVESTMENT) ** (o.horizon - 1 - t)));
  return [
    ...SAMPLE_FUNCTIONS.map(([name], i) => ({ what: `sum of GENAI_SAVINGS for ${name}`, value: sum(rows[i]) })),
    { what: "sum of GENAI_SAVINGS over the functions and years", value: sum(totals) },
    { what: "GENAI_SAVINGS totals compounded at the reinvestment return", value: compounded },
  ];
}

/** Headline figures of the sheets that have them (signposts and summary have none of their own). */
export const MODEL_FIGURES: Partial<Record<SheetKey, (options: InsertOptions) => ModelFigure[]>> = { workforce, budget, jwo, talent, genai };
