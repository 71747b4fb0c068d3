// Which lines of each template add up, and how: totals are the sum of their parts, cumulative lines
// the running sum of the line they accumulate. Rows are found by their labels (and the section they
// sit in), so a layout change moves the check along instead of silently checking the wrong row.
import * as model from "../../../src/model";
import type { SheetKey } from "../../../src/templates/types";
import { between, label, neg, num, perColumn, runningSum, sumRule, totalOfRows } from "./relations";
import { scenarios } from "./scenarioRules";
import { type Problem, type SheetView, at, letters } from "./sheetView";

const B = 1;
const C = 2;

function workforce(v: SheetView): Problem[] {
  const [op, gen, total] = ["Operational AI headcount", "Generative AI headcount", "Total headcount"].map((l) => v.row(l));
  const plan = between(v.row("Role family", "Headcount projection"), op);
  const ofGroup = (group: string) => plan.filter((r) => v.value(at(B, r)) === group);
  const [exited, added, net] = ["Roles exited", "Roles added", "Net change in roles"].map((l) => v.row(l));
  // A family's fall (rise) from one year to the next, summed over the families.
  const step = (sign: 1 | -1, before?: number, after?: number) => (before === undefined || after === undefined ? undefined : Math.max(0, sign * (before - after)));
  const change = (sign: 1 | -1) => (c: number) => plan.map((r) => step(sign, num(v, c - 1, r), num(v, c, r)));
  const costs = ["Operational AI workforce cost", "Generative AI workforce cost", "Total workforce cost"].map((l) => v.row(l));
  const exitTotal = v.row("Total roles exited");
  const exitRows = between(v.row("Role family", "Savings freed"), exitTotal);
  const yearlyExits = v.valueColumns(exited).map((c) => num(v, c, exited));
  return [
    ...totalOfRows(v, op, ofGroup("Operational AI"), `${label(v, op)} = sum of the operational-AI rows of the projection`),
    ...totalOfRows(v, gen, ofGroup("Generative AI"), `${label(v, gen)} = sum of the generative-AI rows of the projection`),
    ...totalOfRows(v, total, [op, gen], `${label(v, total)} = operational + generative`),
    ...totalOfRows(v, total, plan, `${label(v, total)} = sum of every family's projection`),
    ...perColumn(v, exited, change(1), `${label(v, exited)} = sum of the families' falls since the year before`),
    ...perColumn(v, added, change(-1), `${label(v, added)} = sum of the families' rises since the year before`),
    ...perColumn(v, net, (c) => [num(v, c, added), neg(num(v, c, exited))], `${label(v, net)} = added − exited`),
    ...totalOfRows(v, costs[2], costs.slice(0, 2), `${label(v, costs[2])} = operational + generative cost`),
    ...totalOfRows(v, exitTotal, exitRows, `${label(v, exitTotal)} = sum of the families' exits`),
    ...sumRule(v, at(C, exitTotal), yearlyExits, `${label(v, exitTotal)} = the yearly "Roles exited" added up over the horizon`),
  ];
}

function budget(v: SheetView): Problem[] {
  const [moved, cumulative] = ["Capital reallocated in the year", "Cumulative capital reallocated"].map((l) => v.row(l));
  const [total, genai, legacy] = ["Total AI R&D budget", "Generative AI and foundation models", "Mature and legacy programmes"].map((l) => v.row(l));
  return [
    ...runningSum(v, cumulative, moved, `${label(v, cumulative)} = running sum of ${label(v, moved)}`),
    ...totalOfRows(v, total, [genai, legacy], `${label(v, total)} = generative AI + legacy (BUDGET_SHIFT's two rows)`),
  ];
}

function jwo(v: SheetView): Problem[] {
  const [capex, opex, savings] = ["Investment (capex)", "Operating cost (opex)", "Operational savings"].map((l) => v.row(l));
  const blocks = ["Cash flows", "Native check"].flatMap((section) => {
    const [net, cumulative] = [v.row("Net cash flow", section), v.row("Cumulative net cash", section)];
    const flow = (c: number) => [num(v, c, savings), neg(num(v, c, capex)), neg(num(v, c, opex))];
    return [
      ...perColumn(v, net, flow, `${section}: net cash flow = savings − capex − opex`),
      ...runningSum(v, cumulative, net, `${section}: cumulative net cash = running sum of net cash flow`),
    ];
  });
  return blocks;
}

/**
 * IRR, when the sheet shows one, is a rate above −100% at which the model's NPV of the native net
 * flows is zero. (Newton's method from Excel's default guess can land on a root with 1 + r < 0.)
 */
export function irrIsARate(views: SheetView[]): Problem[] {
  return views.filter((v) => v.spec.key === "jwo").flatMap((v) => irrOf(v, v.row("Net cash flow", "Native check")));
}

function irrOf(v: SheetView, netRow: number): Problem[] {
  const address = v.spec.names.find((n) => n.name === "JwoIRR")?.address;
  if (!address) return [v.problem("A1", "a cell named JwoIRR", "the JWO sheet names its IRR")];
  const irr = v.number(address);
  if (irr === undefined) return [];
  const net = v.valueColumns(netRow).map((c) => num(v, c, netRow) ?? NaN);
  const zeros = net.map(() => 0);
  if (irr <= -1) return [v.problem(address, "a rate above −100% (or n/a)", `IRR is a rate at which JWO_NPV of the net flows is 0; ${irr} solves the NPV polynomial but is no rate (1 + IRR ≤ 0)`)];
  const npv = model.jwoNpv(irr, { capex: zeros, opex: zeros, savings: net }, null);
  const scale = net.reduce((a, b) => a + Math.abs(b), 0);
  const root = typeof npv === "number" && Math.abs(npv) <= 1e-6 * scale;
  return root ? [] : [v.problem(address, "a rate where JWO_NPV of the net flows is 0", `IRR is a root of the model's NPV (NPV at this rate: ${String(npv)})`)];
}

function talent(v: SheetView): Problem[] {
  const allInputs = v.row("All providers");
  const providers = between(v.row("Provider"), allInputs).filter((r) => v.value(at(0, r)) !== null); // a spacer row sits above the totals
  const inputTotals = [1, 2, 3].flatMap((c) => sumRule(v, at(c, allInputs), providers.map((r) => num(v, c, r)), `${label(v, allInputs)} = sum of the providers (column ${letters(c)})`));
  const allVelocity = v.row("Annualised velocity: All providers");
  const velocityRows = between(v.row("Headline figure", "Annualised velocity"), allVelocity);
  const [F, G] = [5, 6];
  if (providers.length === 0 || velocityRows.length !== providers.length) {
    return [v.problem(at(0, allVelocity), `${providers.length} provider velocity rows`, "one velocity row per provider")];
  }
  const perProvider = velocityRows.flatMap((r) => {
    const source = providers.find((p) => v.value(at(0, p)) === v.value(at(0, r)));
    if (source === undefined) return [v.problem(at(0, r), "a provider of the inputs", "each velocity row belongs to an input row")];
    const [base, hires, exits] = [1, 2, 3].map((c) => num(v, c, source));
    return [
      ...sumRule(v, at(F, r), [hires, neg(exits)], `net change of ${label(v, r)} = hires − exits`),
      ...sumRule(v, at(G, r), [base, num(v, F, r)], `engineers at end of ${label(v, r)} = today + net change`),
    ];
  });
  const totals = [F, G].flatMap((c) => sumRule(v, at(c, allVelocity), velocityRows.map((r) => num(v, c, r)), `${label(v, allVelocity)} column ${letters(c)} = sum of the providers`));
  return [...inputTotals, ...perProvider, ...totals];
}

function genai(v: SheetView): Problem[] {
  const total = v.row("Total operating savings", "Savings by year");
  const functions = between(v.row("Year", "Savings by year"), total);
  const cumulative = v.row("Cumulative savings, compounding");
  const rate = num(v, C, v.row("Return on reinvested savings")) ?? NaN;
  const nativeTotal = v.row("Total operating savings", "Native check");
  const nativeRows = between(v.rowsWhere((l) => l.startsWith("Native check"))[0], nativeTotal);
  return [
    ...totalOfRows(v, total, functions, `${label(v, total)} = sum of the functions' GENAI_SAVINGS rows`),
    ...runningSum(v, cumulative, total, `${label(v, cumulative)} = last year's × (1 + return) + this year's total`, rate),
    ...totalOfRows(v, nativeTotal, nativeRows, `native ${label(v, nativeTotal)} = sum of the native S-curve rows`),
  ];
}

const RULES: Partial<Record<SheetKey, (view: SheetView) => Problem[]>> = { workforce, budget, jwo, talent, genai, scenarios };

/** The cumulative and total lines of every sheet that has them add up. */
export function linesAddUp(views: SheetView[]): Problem[] {
  return views.flatMap((v) => RULES[v.spec.key]?.(v) ?? []);
}
