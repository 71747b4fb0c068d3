// Oracle sheets for WORKFORCE_PLAN, BUDGET_SHIFT, TALENT_VELOCITY and GENAI_SAVINGS: generated
// inputs, the native formula of each output cell, and the model's answer through the Excel wrapper.
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { budgetShift, genaiSavings, talentVelocity, workforcePlan } from "../../../src/functions/functions";
import { callAsExcel } from "../../functions/customFunctionsFake";
import { rowsOf } from "./cashSheets";
import type { CellCheck } from "./checks";
import { OracleSheet, at, between, sample } from "./sheetWriter";

const workforceCase = fc.record({
  headcount: fc.array(between(0, 5000), { minLength: 1, maxLength: 6 }),
  // Not -1 itself: (1 - 1)^0 is an error in some engines, and the model never raises 0 to a power.
  change: fc.array(between(-0.99, 1), { minLength: 6, maxLength: 6 }),
  singleChange: fc.boolean(),
  years: fc.integer({ min: 1, max: 30 }),
});

export function workforceSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "WORKFORCE_PLAN");
  const spec = { headcount: [120, 80], change: [-0.25, 0.4], singleChange: false, years: 3 };
  let r = 1;
  [spec, ...sample(workforceCase, count, 5)].forEach((c, i) => {
    const k = c.headcount.length;
    const change = c.singleChange ? c.change.slice(0, 1) : c.change.slice(0, k);
    s.row(r, 3, Array.from({ length: c.years + 1 }, (_, t) => t));
    c.headcount.forEach((h, f) => s.row(r + 1 + f, 1, [h, change[f] ?? null]));
    const rows = rowsOf(callAsExcel(workforcePlan, [c.headcount.map((h) => [h]), change.map((x) => [x]), c.years])) as number[][];
    rows.forEach((row, f) => {
      const rate = at(c.singleChange ? r + 1 : r + 1 + f, 2, "$both");
      row.forEach((value, t) => {
        const formula = `${at(r + 1 + f, 1, "$col")}*(1+${rate})^${at(r, 3 + t, "$row")}`;
        s.check(r + 1 + f, 3 + t, formula, value, `WORKFORCE_PLAN case ${i} family ${f} year ${t}`);
      });
    });
    r += k + 2;
  });
  return s.checks;
}

const budgetCase = fc.integer({ min: 1, max: 30 }).chain((years) =>
  fc.record({
    budget: fc.oneof(fc.array(between(0, 1e7), { minLength: 1, maxLength: 1 }), fc.array(between(0, 1e7), { minLength: years + 1, maxLength: years + 1 })),
    start: between(0, 1),
    end: between(0, 1),
    years: fc.constant(years),
    curve: fc.constantFrom("linear", "s"),
  }),
);

export function budgetSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "BUDGET_SHIFT");
  const spec = { budget: [1000], start: 0.2, end: 0.6, years: 4, curve: "linear" };
  [spec, { ...spec, curve: "s" }, ...sample(budgetCase, count, 6)].forEach((c, i) => {
    const r = 1 + i * 6;
    s.row(r, 2, Array.from({ length: c.years + 1 }, (_, t) => t));
    s.row(r + 1, 2, c.budget);
    s.row(r + 2, 2, [c.start, c.end, c.years, c.curve]);
    const [start, end, years] = [2, 3, 4].map((col) => at(r + 2, col, "$both"));
    const [genAi, legacy] = rowsOf(callAsExcel(budgetShift, [[c.budget], c.start, c.end, c.years, c.curve])) as number[][];
    genAi.forEach((value, t) => {
      const x = `(${at(r, 2 + t)}/${years})`;
      const progress = c.curve === "s" ? `(3*${x}^2-2*${x}^3)` : x;
      const share = `(${start}+(${end}-${start})*${progress})`;
      const budget = at(r + 1, c.budget.length === 1 ? 2 : 2 + t, c.budget.length === 1 ? "$both" : "");
      const label = `BUDGET_SHIFT case ${i} year ${t}`;
      const size = c.budget[c.budget.length === 1 ? 0 : t];
      s.check(r + 3, 2 + t, `${budget}*${share}`, value, `${label} generative AI`, size);
      s.check(r + 4, 2 + t, `${budget}*(1-${share})`, legacy[t], `${label} legacy`, size);
    });
  });
  return s.checks;
}

/**
 * Pools that stay valid (base > 0, ending ≥ 0); the domain errors are unit-tested. Exits stay below
 * 99 % of the pool: when base + hires − exits is a difference of nearly equal numbers, LibreOffice
 * (like Excel) snaps it to 0 (rtl::math::approxSub), so the engines would compare rounding noise.
 * The exact-zero ending pool is a fixed case.
 */
const velocityCase = fc.integer({ min: 1, max: 5 }).chain((m) =>
  fc.record({
    base: fc.array(between(1, 1e5), { minLength: m, maxLength: m }),
    hires: fc.oneof(fc.array(between(0, 1e4), { minLength: 1, maxLength: 1 }), fc.array(between(0, 1e4), { minLength: m, maxLength: m })),
    exitShare: fc.array(between(0, 0.99), { minLength: m, maxLength: m }),
    years: fc.oneof(fc.array(between(0.25, 10), { minLength: 1, maxLength: 1 }), fc.array(between(0.25, 10), { minLength: m, maxLength: m })),
  }),
);

export function velocitySheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "TALENT_VELOCITY");
  const spec = { base: [1000], hires: [300], exitShare: [100 / 1300], years: [2] };
  const emptied = { base: [100, 50], hires: [0], exitShare: [1, 1], years: [3] };
  [spec, emptied, ...sample(velocityCase, count, 7)].forEach((c, i) => {
    const r = 1 + i * 6;
    const pick = (list: number[], j: number) => list[list.length === 1 ? 0 : j];
    const exits = c.base.map((b, j) => (b + pick(c.hires, j)) * c.exitShare[j]);
    [c.base, c.hires, exits, c.years].forEach((list, k) => s.row(r + k, 1, list));
    const [[...cells]] = rowsOf(callAsExcel(talentVelocity, [[c.base], [c.hires], [exits], [c.years]])) as number[][];
    const ref = (k: number, list: number[], j: number) => at(r + k, list.length === 1 ? 1 : 1 + j);
    cells.forEach((value, j) => {
      const [b, h, e, y] = [ref(0, c.base, j), ref(1, c.hires, j), ref(2, exits, j), ref(3, c.years, j)];
      s.check(r + 4, 1 + j, `((${b}+${h}-${e})/${b})^(1/${y})-1`, value, `TALENT_VELOCITY case ${i} cell ${j}`, 1);
    });
  });
  return s.checks;
}

const genaiCase = fc.record({
  base: between(0, 1e7),
  rate: between(0, 1),
  years: fc.integer({ min: 1, max: 60 }),
  midpoint: fc.option(between(-10, 70)),
  steepness: fc.option(between(0.05, 5)),
});

export function genaiSheet(workbook: ExcelJS.Workbook, file: string, count: number): CellCheck[] {
  const s = new OracleSheet(workbook, file, "GENAI_SAVINGS");
  const spec = { base: 1000, rate: 0.3, years: 5, midpoint: null, steepness: null };
  [spec, ...sample(genaiCase, count, 8)].forEach((c, i) => {
    const r = 1 + i * 4;
    s.row(r, 2, Array.from({ length: c.years }, (_, t) => t + 1));
    s.row(r + 1, 1, [c.base, c.rate, c.years, c.midpoint, c.steepness]);
    const [base, rate, years, mid, k] = [1, 2, 3, 4, 5].map((col) => at(r + 1, col, "$both"));
    const midpoint = `IF(${mid}="",(${years}+1)/2,${mid})`;
    const steepness = `IF(${k}="",1,${k})`;
    const [row] = rowsOf(callAsExcel(genaiSavings, [c.base, c.rate, c.years, c.midpoint, c.steepness])) as number[][];
    row.forEach((value, t) => {
      const formula = `${base}*${rate}/(1+EXP(-${steepness}*(${at(r, 2 + t)}-${midpoint})))`;
      s.check(r + 2, 2 + t, formula, value, `GENAI_SAVINGS case ${i} year ${t + 1}`, c.base * c.rate);
    });
  });
  return s.checks;
}
