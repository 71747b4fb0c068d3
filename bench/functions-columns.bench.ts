// GR functions on one column against one row: each function that reads long ranges, called with
// 100,000 cells as a 1×100,000 row and as a 100,000×1 column (the shape analysts use: Excel has
// 16,384 columns but 1,048,576 rows), in the same run. Target: a column within 1.5× of a row.
// Also the floors: a bare loop that only reads each cell of the column arguments once (no checks, no
// math), and the same loop over the row arguments. A column is one small array per cell, a row one
// array (docs/functions.md), so "floor column / row" is the least column/row ratio any code reading
// every cell can reach; the functions whose whole cost is that one pass cannot go below it.
// The functions timed are the built functions.js (what Excel runs), evaluated in this realm with a
// CustomFunctions global: under tsx, each call across source modules goes through an export getter,
// which costs more than the loops themselves; and in a vm context, as the build tests load it, every
// global (`Array` of `Array.isArray`, once per cell) is looked up through Node's interceptor, about
// 100× slower than in a page, which Excel never does.
// A second table times the same calls as Excel makes them, through Microsoft's custom-functions
// runtime (tests/support/excel-emulator/functionsHost.ts): the invocation arrives as the JSON text of
// a host message, the runtime parses it (so the arguments are made in the functions' realm, as in
// Excel), calls the function and buffers its result for Excel: what a user waits for beyond Excel's own
// work. The runtime is loaded into this realm for the same reason as functions.js (this process is
// the bench's own, scripts/bench.mjs). "runtime alone" is the same message to a function that returns
// at once: what the runtime costs before any function reads a cell. The message text is made before the timing (Excel
// makes it), and the runtime's results task runs between samples.
// Run: npx tsx bench/functions-columns.bench.ts  (FUNCTIONS_DIST=dir times an existing build).
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { asExcelPasses, customFunctionsGlobal, type Registration } from "../scripts/manifest/functionsCheck";
import { ensureBuilt } from "../tests/support/build";
import { FunctionsHost, invocationText } from "../tests/support/excel-emulator/functionsHost";
import { bestMillis, type Contender } from "./timing";

const N = 100_000;
const TARGET = 1.5;
type Fn = (...args: unknown[]) => unknown;

/** Deterministic numbers (a tiny LCG), so every run times the same data. */
function numbers(n: number, scale: number, seed: number): number[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => Math.round(random() * scale * 100) / 100);
}

const asRow = (values: number[]): number[][] => [values];
const asColumn = (values: number[]): number[][] => values.map((v) => [v]);

interface Case {
  id: string;
  /** The function's arguments with each range given in the shape `shape` makes of it. */
  args: (shape: (values: number[]) => number[][], n: number) => unknown[];
  /** How many range arguments the function reads (for the floor). */
  ranges: number;
}

const CASES: Case[] = [
  {
    id: "REALLOC_SAVINGS",
    args: (shape, n) => [shape(numbers(n, 40, 1)), shape(numbers(n, 200_000, 2)), 6, 10, 0.03, 0.08],
    ranges: 2,
  },
  {
    id: "JWO_NPV",
    args: (shape, n) => [0.08, shape(numbers(n, 900, 3)), shape(numbers(n, 300, 4)), shape(numbers(n, 1500, 5)), null],
    ranges: 3,
  },
  {
    id: "JWO_CASHFLOWS",
    args: (shape, n) => [shape(numbers(n, 900, 3)), shape(numbers(n, 300, 4)), shape(numbers(n, 1500, 5)), 0.08],
    ranges: 3,
  },
  {
    id: "WORKFORCE_PLAN",
    args: (shape, n) => [shape(numbers(n, 400, 6)), shape(numbers(n, 0.5, 7).map((c) => c - 0.2)), 10],
    ranges: 2,
  },
];

/** The least work a column costs: reading each cell of each column argument once. */
function readColumnsOnce(args: unknown[]): number {
  let total = 0;
  for (const arg of args) {
    if (!Array.isArray(arg) || arg.length < 2) continue;
    const cells = arg as number[][];
    for (let i = 0; i < cells.length; i++) total += cells[i][0];
  }
  return total;
}

/** The same for a row: reading each cell of each row argument once. */
function readRowsOnce(args: unknown[]): number {
  let total = 0;
  for (const arg of args) {
    if (!Array.isArray(arg) || arg.length !== 1) continue;
    const cells = (arg as number[][])[0];
    for (let i = 0; i < cells.length; i++) total += cells[i];
  }
  return total;
}

/** A result laid out as rows, so a column's spill (transposed) compares with a row's. */
function asRows(result: unknown, transposed: boolean): unknown {
  if (!Array.isArray(result) || !transposed) return result;
  const rows = result as unknown[][];
  return rows[0].map((_, c) => rows.map((row) => row[c]));
}

function sameResult(id: string, row: unknown, column: unknown): boolean {
  // WORKFORCE_PLAN gives one row per family whatever the orientation; the JWO lines turn with capex.
  return JSON.stringify(row) === JSON.stringify(asRows(column, id === "JWO_CASHFLOWS"));
}

const dist = (): string => (process.env.FUNCTIONS_DIST ? path.resolve(process.env.FUNCTIONS_DIST) : ensureBuilt());

function loadFunctions(): Map<string, Fn> {
  const registrations: Registration[] = [];
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsGlobal(registrations);
  vm.runInThisContext(readFileSync(path.join(dist(), "functions.js"), "utf8"), { filename: "functions.js" });
  return new Map(registrations.map((r) => [r.id, r.fn as Fn]));
}

/**
 * The calls through Microsoft's runtime, row against column, and the runtime alone; `ownColumnMs`:
 * each function's own time on the column (the first table). True when every result was the same.
 */
async function throughRuntime(functions: Map<string, Fn>, ownColumnMs: Map<string, number>): Promise<boolean> {
  const host = new FunctionsHost(path.join(dist(), "functions.js"), { realm: "this" });
  host.runtime.run('CustomFunctions.associate("BENCH_NOTHING", function () { return 0; });', "nothing.js");
  console.log("\nThe same calls through Microsoft's custom-functions runtime: the host's message text in, the result out");
  const table = [];
  for (const c of CASES) {
    const fn = functions.get(c.id)!;
    const text = (id: string, shape: (values: number[]) => number[][], n: number) => invocationText(1, id, asExcelPasses(fn, c.args(shape, n)));
    const [row, column] = [text(c.id, asRow, N), text(c.id, asColumn, N)];
    const [nothingRow, nothingColumn] = [text("BENCH_NOTHING", asRow, N), text("BENCH_NOTHING", asColumn, N)];
    const [smallRow, smallColumn] = [text(c.id, asRow, 16), text(c.id, asColumn, 16)];
    // The results the runtime sends, checked once before the timing.
    const sent = [];
    for (const shape of [asRow, asColumn]) sent.push(await host.invoke(2, c.id, asExcelPasses(fn, c.args(shape, N))));
    const same = sent.every((r) => r.ok) && sameResult(c.id, sent[0].ok && sent[0].value, sent[1].ok && sent[1].value);
    const deliver = (message: string) => () => host.deliver(message);
    const contenders: Contender[] = [
      { name: "row", run: deliver(row), warmUp: deliver(smallRow) },
      { name: "column", run: deliver(column), warmUp: deliver(smallColumn) },
      { name: "runtime alone, row", run: deliver(nothingRow) },
      { name: "runtime alone, column", run: deliver(nothingColumn) },
    ];
    const [rowMs, columnMs, aloneRow, aloneColumn] = bestMillis(contenders, 21, 50, 300, () => host.runTimersNow());
    table.push({
      function: c.id,
      "row ms": Number(rowMs.toFixed(2)),
      "column ms": Number(columnMs.toFixed(2)),
      "column / row": Number((columnMs / rowMs).toFixed(2)),
      "runtime alone: row ms": Number(aloneRow.toFixed(2)),
      "column ms ": Number(aloneColumn.toFixed(2)),
      "column / row ": Number((aloneColumn / aloneRow).toFixed(2)),
      "function's share of a column call": `${((100 * ownColumnMs.get(c.id)!) / columnMs).toFixed(1)} %`,
      "same result": same ? "yes" : "NO",
    });
  }
  console.table(table);
  console.log("  runtime alone: the same message to a function that returns at once (the runtime parses and dispatches it);");
  console.log("  function's share: the function's own time on the column (first table) over the whole column call");
  return table.every((t) => t["same result"] === "yes");
}

async function main(): Promise<void> {
  const functions = loadFunctions();
  console.log(`GR functions (built functions.js) on ${N.toLocaleString("en")} cells: a row against a column`);
  const table = [];
  const ownColumnMs = new Map<string, number>();
  let allMet = true;
  for (const c of CASES) {
    const fn = functions.get(c.id)!;
    const [rowArgs, columnArgs] = [c.args(asRow, N), c.args(asColumn, N)];
    const [smallRow, smallColumn] = [c.args(asRow, 16), c.args(asColumn, 16)];
    const contenders: Contender[] = [
      { name: "row", run: () => fn(...rowArgs), warmUp: () => fn(...smallRow) },
      { name: "column", run: () => fn(...columnArgs), warmUp: () => fn(...smallColumn) },
      { name: "floor", run: () => readColumnsOnce(columnArgs), warmUp: () => readColumnsOnce(smallColumn) },
      { name: "row floor", run: () => readRowsOnce(rowArgs), warmUp: () => readRowsOnce(smallRow) },
    ];
    const [row, column, floor, rowFloor] = bestMillis(contenders, 21, 20);
    ownColumnMs.set(c.id, column);
    const ratio = column / row;
    const met = ratio <= TARGET;
    allMet &&= met;
    table.push({
      function: c.id,
      "row ms": Number(row.toFixed(3)),
      "column ms": Number(column.toFixed(3)),
      "column / row": Number(ratio.toFixed(2)),
      [`target ≤ ${TARGET}`]: met ? "met" : "MISSED",
      "column / floor": Number((column / floor).toFixed(2)),
      "floor ms": Number(floor.toFixed(3)),
      "floor column / row": Number((floor / rowFloor).toFixed(2)),
      "same result": sameResult(c.id, fn(...rowArgs), fn(...columnArgs)) ? "yes" : "NO",
    });
  }
  console.table(table);
  console.log(`  floor: one bare loop reading each cell of the column arguments once (${CASES.map((c) => c.ranges).join("/")} ranges);`);
  console.log("  floor column / row: that loop over the columns against the same loop over the rows");
  const runtimeSame = await throughRuntime(functions, ownColumnMs);
  if (!allMet || !runtimeSame || table.some((t) => t["same result"] !== "yes")) process.exitCode = 1;
}

void main();
