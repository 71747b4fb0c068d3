// Oracle sheets for REALLOC_SAVINGS and the JWO functions: generated inputs, the native formula that
// computes the same quantity, and the model's answer through the Excel wrapper.
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { jwoCashflows, jwoNpv, jwoPayback, reallocSavings } from "../../../src/functions/functions";
import { callAsExcel, type CellOutcome } from "../../functions/customFunctionsFake";
import type { CellCheck } from "./checks";
import { OracleSheet, at, between, maybeBlank, sample, type Cell } from "./sheetWriter";

/** A scalar answer as a check expects it: the number, or the error code Excel would show. */
export function scalarOf(outcome: CellOutcome): number | { error: string } {
  if (!("value" in outcome)) return { error: outcome.code };
  if (typeof outcome.value !== "number") throw new Error(`expected a number, got ${JSON.stringify(outcome.value)}`);
  return outcome.value;
}

/** A spilled answer (rows of cells); an error for the whole formula fails the test with its message. */
export function rowsOf(outcome: CellOutcome): unknown[][] {
  if (!("value" in outcome)) throw new Error(`expected values, got ${outcome.code} ${outcome.message}`);
  return outcome.value as unknown[][];
}

const blankAsZero = (values: readonly Cell[]) => values.map((v) => (typeof v === "number" ? v : 0));

/** Periods 1 … 100 in a helper sheet, so a SUMPRODUCT can run over t without SEQUENCE (not in LibreOffice 7). */
function periodsSheet(workbook: ExcelJS.Workbook): string {
  const sheet = workbook.addWorksheet("periods");
  for (let t = 1; t <= 100; t++) sheet.getCell(t, 1).value = t;
  return "periods!$A$1:$A$100";
}

const reallocCase = fc.record({
  headcount: fc.array(maybeBlank(between(0, 500)), { minLength: 1, maxLength: 20 }),
  singleCost: fc.boolean(),
  cost: fc.array(between(20_000, 300_000), { minLength: 20, maxLength: 20 }),
  severance: between(0, 24),
  years: fc.integer({ min: 1, max: 100 }),
  growth: between(-0.5, 0.5),
  rate: between(-0.5, 0.5),
});

export function reallocSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const t = periodsSheet(workbook);
  const s = new OracleSheet(workbook, file, "REALLOC_SAVINGS");
  const spec = { headcount: [100], singleCost: true, cost: [150_000], severance: 6, years: 3, growth: 0.03, rate: 0.1 };
  [spec, ...sample(reallocCase, count, 1)].forEach((c, i) => {
    const r = 1 + i * 4;
    const k = c.headcount.length;
    const costs = c.singleCost ? c.cost.slice(0, 1) : c.cost.slice(0, k);
    s.row(r, 1, c.headcount);
    s.row(r + 1, 1, costs);
    s.row(r + 2, 1, [c.severance, c.years, c.growth, c.rate]);
    const h = `${at(r, 1)}:${at(r, k)}`;
    const base = c.singleCost ? `SUM(${h})*${at(r + 1, 1)}` : `SUMPRODUCT(${h},${at(r + 1, 1)}:${at(r + 1, k)})`;
    const [sev, years, g, rate] = [1, 2, 3, 4].map((col) => at(r + 2, col));
    const factor = `SUMPRODUCT((${t}<=${years})*(1+${g})^(${t}-1)/(1+${rate})^${t})`;
    const outcome = callAsExcel(reallocSavings, [[c.headcount], [costs], c.severance, c.years, c.growth, c.rate]);
    const b = blankAsZero(c.headcount).reduce((sum, x, j) => sum + x * costs[c.singleCost ? 0 : j], 0);
    let pv = 0;
    for (let y = 1; y <= c.years; y++) pv += Math.pow(1 + c.growth, y - 1) / Math.pow(1 + c.rate, y);
    const formula = `(${base})*${factor}-(${base})*${sev}/12`;
    s.check(r + 2, 6, formula, scalarOf(outcome), `REALLOC_SAVINGS case ${i}`, b * (pv + c.severance / 12));
  });
  return s.checks;
}

const flows = (n: number, min: number, max: number) =>
  fc.array(maybeBlank(between(min, max)), { minLength: n, maxLength: n });

const cashCase = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    capex: flows(n, 0, 5000),
    opex: flows(n, 0, 1000),
    savings: flows(n, 0, 3000),
    rate: between(-0.5, 1),
    growthGap: fc.option(between(0.01, 0.5), { freq: 2 }),
  }),
);
type CashCase = { capex: Cell[]; opex: Cell[]; savings: Cell[]; rate: number; growthGap: number | null };

const SPEC_NPV: CashCase = {
  capex: [1000, 500, 250, 0, 0],
  opex: [100, 200, 250, 250, 250],
  savings: [0, 150, 400, 700, 900],
  rate: 0.1,
  growthGap: 0.08,
};
const SPEC_PAYBACK: CashCase = { capex: [1000, 0, 0, 0], opex: [0, 100, 100, 100], savings: [0, 500, 600, 700], rate: 0.1, growthGap: null };

/** capex, opex, savings in rows r … r+2 and the native net row below them (r+3). */
function writeLines(s: OracleSheet, r: number, c: CashCase): number[] {
  s.row(r, 2, c.capex);
  s.row(r + 1, 2, c.opex);
  s.row(r + 2, 2, c.savings);
  c.capex.forEach((_, t) => s.formula(r + 3, 2 + t, `${at(r + 2, 2 + t)}-${at(r, 2 + t)}-${at(r + 1, 2 + t)}`));
  const [capex, opex, savings] = [c.capex, c.opex, c.savings].map(blankAsZero);
  return capex.map((x, t) => savings[t] - x - opex[t]);
}

const args = (c: CashCase) => [[c.capex], [c.opex], [c.savings]];

export function npvSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "JWO_NPV");
  [SPEC_NPV, { ...SPEC_NPV, growthGap: null }, ...(sample(cashCase, count, 2) as CashCase[])].forEach((c, i) => {
    const r = 1 + i * 6;
    const n = c.capex.length;
    const net = writeLines(s, r, c);
    const growth = c.growthGap === null ? null : Math.max(-0.9, c.rate - c.growthGap);
    s.row(r + 4, 2, [c.rate, growth]);
    const [rate, g] = [at(r + 4, 2), at(r + 4, 3)];
    const rest = n > 1 ? `+NPV(${rate},${at(r + 3, 3)}:${at(r + 3, n + 1)})` : "";
    const last = at(r + 3, n + 1);
    const terminal = growth === null ? "" : `+${last}*(1+${g})/(${rate}-${g})/(1+${rate})^${n - 1}`;
    const outcome = callAsExcel(jwoNpv, [c.rate, ...args(c), growth]);
    const v = 1 / (1 + c.rate);
    const perpetuity = growth === null ? 0 : (net[n - 1] * (1 + growth)) / (c.rate - growth);
    const scale = net.reduce((sum, x, t) => sum + Math.abs(x) * Math.pow(v, t), 0) + Math.abs(perpetuity * Math.pow(v, n - 1));
    s.check(r + 4, 4, `${at(r + 3, 2)}${rest}${terminal}`, scalarOf(outcome), `JWO_NPV case ${i}`, scale);
  });
  return s.checks;
}

/** Flows that usually pay back: a large investment first, savings growing later. */
const paybackCase = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    capex: fc.tuple(between(100, 10_000), flows(n - 1, 0, 500)).map(([first, rest]) => [first, ...rest]),
    opex: flows(n, 0, 300),
    savings: flows(n, 0, 2000),
    rate: fc.constant(0),
    growthGap: fc.constant(null),
  }),
);

export function paybackSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "JWO_PAYBACK");
  const always: CashCase = { capex: [0, 5], opex: [0, 0], savings: [10, 0], rate: 0, growthGap: null };
  [SPEC_PAYBACK, always, ...(sample(paybackCase, count, 3) as CashCase[])].forEach((c, i) => {
    const r = 1 + i * 7;
    const n = c.capex.length;
    writeLines(s, r, c);
    const [net, cum, cross] = [r + 3, r + 4, r + 5];
    s.formula(cum, 2, at(net, 2));
    s.formula(cross, 2, `IF(${at(cum, 2)}>=0,0,"")`);
    for (let t = 1; t < n; t++) {
      const [prev, here] = [at(cum, 1 + t), at(cum, 2 + t)];
      s.formula(cum, 2 + t, `${prev}+${at(net, 2 + t)}`);
      s.formula(cross, 2 + t, `IF(AND(${prev}<0,${here}>=0),${t - 1}-${prev}/${at(net, 2 + t)},"")`);
    }
    const crossings = `${at(cross, 2)}:${at(cross, n + 1)}`;
    const outcome = callAsExcel(jwoPayback, args(c));
    s.check(r + 6, 2, `IF(COUNT(${crossings})=0,NA(),MIN(${crossings}))`, scalarOf(outcome), `JWO_PAYBACK case ${i}`);
  });
  return s.checks;
}

export function cashflowsSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "JWO_CASHFLOWS");
  [SPEC_PAYBACK, ...(sample(cashCase, count, 4) as CashCase[])].forEach((c, i) => {
    const r = 1 + i * 8;
    const net = writeLines(s, r, c);
    s.value(r + 4, 1, c.rate);
    const rows = rowsOf(callAsExcel(jwoCashflows, [...args(c), c.rate])) as number[][];
    let [absolute, discounted] = [0, 0];
    net.forEach((x, t) => {
      const col = 2 + t;
      absolute += Math.abs(x);
      discounted += Math.abs(x) / Math.pow(1 + c.rate, t);
      const label = `JWO_CASHFLOWS case ${i} period ${t}`;
      s.check(r + 5, col, at(r + 3, col), rows[0][t], `${label} net`, Math.abs(x));
      s.check(r + 6, col, t === 0 ? at(r + 3, col) : `${at(r + 6, col - 1)}+${at(r + 3, col)}`, rows[1][t], `${label} cumulative`, absolute);
      const term = `${at(r + 3, col)}/(1+${at(r + 4, 1, "$both")})^${t}`;
      s.check(r + 7, col, t === 0 ? term : `${at(r + 7, col - 1)}+${term}`, rows[2][t], `${label} discounted`, discounted);
    });
  });
  return s.checks;
}
