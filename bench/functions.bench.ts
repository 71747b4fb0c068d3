// GR functions: speed of JWO_NPV over 10,000 periods and REALLOC_SAVINGS over 10,000 role families,
// side by side in one run with @formulajs/formulajs and with a hand-written loop (running discount
// factor) on the same data; and the gzip size of the built functions.js. Ratios, not absolute times,
// are the result: targets are ≥ 10× faster than formulajs and ≤ 1.5× the hand loop.
// Run: npx tsx bench/functions.bench.ts  (FUNCTIONS_DIST=dir measures an existing build's size).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as formulajs from "@formulajs/formulajs";
import { customFunctionsGlobal } from "../scripts/manifest/functionsCheck";
import { jwoNpv, reallocSavings } from "../src/functions/functions";
import * as model from "../src/model";
import { ensureBuilt } from "../tests/support/build";

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsGlobal([]);

const N = 10_000;
const SIZE_BUDGET_KB = 25;
const [RATE, SEVERANCE, YEARS, GROWTH, DISCOUNT] = [0.08, 6, 10, 0.03, 0.08];

/** One data set, Excel-shaped (a range is rows of cells), plus what formulajs is handed. */
interface Data {
  capex: number[][];
  opex: number[][];
  savings: number[][];
  headcount: number[][];
  loadedCost: number[][];
  /** Net flows, computed for formulajs outside its timing (in its favour). */
  net: number[];
}

/** Deterministic data (a tiny LCG), so every run times the same numbers. */
function makeData(n: number): Data {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const row = (scale: number) => [Array.from({ length: n }, () => Math.round(random() * scale * 100) / 100)];
  const [capex, opex, savings, headcount, loadedCost] = [row(900), row(300), row(1500), row(40), row(200_000)];
  const net = capex[0].map((x, t) => savings[0][t] - x - opex[0][t]);
  return { capex, opex, savings, headcount, loadedCost, net };
}

/** The hand-written baseline: one loop, a running discount factor, no checks. */
function handNpv(d: Data): number {
  const [c, o, s] = [d.capex[0], d.opex[0], d.savings[0]];
  const v = 1 / (1 + RATE);
  let df = 1;
  let sum = 0;
  for (let t = 0; t < c.length; t++) {
    sum += (s[t] - c[t] - o[t]) * df;
    df *= v;
  }
  return sum;
}

function handRealloc(d: Data): number {
  const [h, c] = [d.headcount[0], d.loadedCost[0]];
  let base = 0;
  for (let i = 0; i < h.length; i++) base += h[i] * c[i];
  const step = (1 + GROWTH) / (1 + DISCOUNT);
  let factor = 1 / (1 + DISCOUNT);
  let pv = 0;
  for (let t = 1; t <= YEARS; t++) {
    pv += factor;
    factor *= step;
  }
  return base * pv - (base * SEVERANCE) / 12;
}

// formulajs gets what a spreadsheet user would write: net_0 + NPV(rate, net_1 …) and
// SUMPRODUCT(headcount, loaded_cost) × NPV(discount, growing cost) − severance.
const growing = Array.from({ length: YEARS }, (_, t) => Math.pow(1 + GROWTH, t));
const formulajsNpv = (d: Data) => d.net[0] + (formulajs.NPV(RATE, d.net.slice(1)) as number);
const formulajsRealloc = (d: Data) => {
  const base = formulajs.SUMPRODUCT(d.headcount, d.loadedCost) as number;
  return base * (formulajs.NPV(DISCOUNT, growing) as number) - (base * SEVERANCE) / 12;
};

type Contender = { name: string; run: (d: Data) => number };

/**
 * Best (lowest) microseconds per call over many samples: other processes on the machine only ever
 * add time, so the minimum is the steadiest estimate of each contender's own cost. Contenders are
 * interleaved, sample by sample, so slow phases of the machine hit all of them alike. Every
 * contender first runs for a while on small ranges, as a recalculating workbook would call it, then
 * on the large ones: V8 optimises each function with complete type feedback before timing starts.
 * (A first call on 10,000 cells makes V8 compile the running loop on the spot, before the code
 * after the loop has any type feedback; Node 20's V8 then keeps re-entering that code and
 * deoptimising at the loop's end on every later call, up to 3× slower. See docs/functions.md.)
 */
function timeAll(contenders: Contender[], data: Data, samples = 31, targetMs = 10): Map<string, number> {
  let sink = 0;
  const small = makeData(16);
  /** Calls on `d` for at least `ms` (long enough for V8's background compiler on a busy machine). */
  const callFor = (c: Contender, d: Data, ms: number) => {
    let calls = 0;
    for (const started = performance.now(); performance.now() - started < ms; calls++) sink += c.run(d);
    return calls;
  };
  for (const c of contenders) callFor(c, small, 300);
  for (const c of contenders) callFor(c, data, 300);
  const perSample = contenders.map((c) => Math.max(1, callFor(c, data, targetMs)));
  const best = contenders.map(() => Infinity);
  for (let s = 0; s < samples; s++) {
    contenders.forEach((c, i) => {
      const started = performance.now();
      for (let k = 0; k < perSample[i]; k++) sink += c.run(data);
      best[i] = Math.min(best[i], ((performance.now() - started) * 1000) / perSample[i]);
    });
  }
  if (Number.isNaN(sink)) console.log("(sink)"); // keeps the results alive
  return new Map(contenders.map((c, i) => [c.name, best[i]]));
}

/** Times one function against its baselines; true when both targets are met. */
function section(title: string, contenders: Contender[], data: Data): boolean {
  const micros = timeAll(contenders, data); // first: the warm-up must come before any call on 10,000 cells
  const values = contenders.map((c) => c.run(data));
  const spread = Math.max(...values.map((v) => Math.abs(v / values[0] - 1)));
  const [ours, , hand, fjs] = contenders.map((c) => micros.get(c.name)!);
  console.log(`\n${title}  (all agree to ${spread.toExponential(1)} relative)`);
  console.table(contenders.map((c) => ({ contender: c.name, "µs per call (best)": Number(micros.get(c.name)!.toFixed(1)) })));
  const fast = fjs / ours >= 10;
  const close = ours / hand <= 1.5;
  console.log(`  vs formulajs: ${(fjs / ours).toFixed(1)}× faster (target ≥ 10×: ${fast ? "met" : "MISSED"})`);
  console.log(`  vs hand loop: ${(ours / hand).toFixed(2)}× its time (target ≤ 1.5×: ${close ? "met" : "MISSED"})`);
  return fast && close;
}

function functionsSize(): boolean {
  const dist = process.env.FUNCTIONS_DIST ? path.resolve(process.env.FUNCTIONS_DIST) : ensureBuilt();
  const kb = gzipSync(readFileSync(path.join(dist, "functions.js")), { level: 9 }).length / 1024;
  const within = kb <= SIZE_BUDGET_KB;
  console.log(`\nfunctions.js: ${kb.toFixed(1)} KB gzip / budget ${SIZE_BUDGET_KB} KB (${within ? "within budget" : "OVER BUDGET"})`);
  return within;
}

function main(): void {
  const data = makeData(N);
  console.log(`GR functions on ${N.toLocaleString("en")} cells (GR.* = the custom function as Excel calls it, Excel-shaped rows)`);
  const lines = (d: Data) => ({ capex: d.capex[0], opex: d.opex[0], savings: d.savings[0] });
  const npvOk = section(
    `JWO_NPV over ${N.toLocaleString("en")} periods`,
    [
      { name: "GR.JWO_NPV", run: (d) => jwoNpv(RATE, d.capex, d.opex, d.savings, null) },
      { name: "model jwoNpv (clean numbers in)", run: (d) => model.jwoNpv(RATE, lines(d), null) as number },
      { name: "hand loop", run: handNpv },
      { name: "formulajs NPV", run: formulajsNpv },
    ],
    data,
  );
  const inputs = (d: Data) => ({
    headcount: d.headcount[0],
    loadedCost: d.loadedCost[0],
    severanceMonths: SEVERANCE,
    years: YEARS,
    costGrowth: GROWTH,
    discountRate: DISCOUNT,
  });
  const reallocOk = section(
    `REALLOC_SAVINGS over ${N.toLocaleString("en")} role families`,
    [
      { name: "GR.REALLOC_SAVINGS", run: (d) => reallocSavings(d.headcount, d.loadedCost, SEVERANCE, YEARS, GROWTH, DISCOUNT) },
      { name: "model reallocSavings (clean numbers in)", run: (d) => model.reallocSavings(inputs(d)) as number },
      { name: "hand loop", run: handRealloc },
      { name: "formulajs SUMPRODUCT × NPV", run: formulajsRealloc },
    ],
    data,
  );
  const sizeOk = functionsSize();
  if (!(npvOk && reallocOk && sizeOk)) process.exitCode = 1;
}

main();
