// The long loops of the models (100,000 role families or periods). A single running sum is bound by
// the latency of one addition after another; independent accumulators ("lanes") keep the CPU busy.
// Four lanes for the sums of products; two for the discounted sum, whose lanes also carry a discount
// factor: with four, V8 runs out of registers once the loop is inlined into the custom function and
// it gets slower than one lane. The order of additions differs from a plain loop only by rounding
// (relative 1e-15), well inside what any test or user can see.
// Each loop exists twice, over lists and over columns as Excel passes them (column.ts), with the same
// lanes, so a column gives exactly the result of the same numbers in a row. The column loops stop at
// the first cell that is not a plain number and answer NaN (see column.ts); where a list meets a
// column, the column is copied into a list first (a rare mix of shapes).
// Lengths are read in the loop conditions, not before the loops: V8 collects type feedback only after
// a function has run a while, so code before the loop of a long first call is compiled without it and
// deoptimises on every later call (measured: 3× slower; see docs/functions.md).
import { isColumn, isNumberCell, toList, type Numbers } from "./column";

type Cells = readonly unknown[];

/** A sum and whether any term was negative, so callers can reject negatives without a second pass. */
export interface SignedSum {
  sum: number;
  anyNegative: boolean;
}

/** What a column loop answers when it meets a cell that is not a plain number. */
const NOT_NUMBERS: SignedSum = { sum: NaN, anyNegative: false };

/** A cell known to hold a number (isNumberCell said so). */
const num = (row: unknown): number => (row as readonly [number])[0];

/**
 * Σ a_i × b_i, and whether any a_i or b_i is negative. (A comparison per value is free here: the loop
 * waits on its additions anyway.)
 */
export function sumOfProducts(a: Numbers, b: Numbers): SignedSum {
  if (isColumn(a) && isColumn(b)) return columnSumOfProducts(a.cells, b.cells);
  return listSumOfProducts(toList(a), toList(b));
}

function listSumOfProducts(a: readonly number[], b: readonly number[]): SignedSum {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let anyNegative = false;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    const a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
    const b0 = b[i], b1 = b[i + 1], b2 = b[i + 2], b3 = b[i + 3];
    s0 += a0 * b0;
    s1 += a1 * b1;
    s2 += a2 * b2;
    s3 += a3 * b3;
    if (a0 < 0 || a1 < 0 || a2 < 0 || a3 < 0 || b0 < 0 || b1 < 0 || b2 < 0 || b3 < 0) anyNegative = true;
  }
  for (; i < a.length; i++) {
    s0 += a[i] * b[i];
    if (a[i] < 0 || b[i] < 0) anyNegative = true;
  }
  return { sum: s0 + s1 + (s2 + s3), anyNegative };
}

/**
 * The column loop of sumOfProducts (REALLOC_SAVINGS, whose whole cost is this pass). It reads each
 * cell's value before checking its row, which measured 1.3 to 1.4× reading the cells once against
 * 1.5 to 1.7× for isNumberCell first (docs/functions.md). Reading first throws on a null or
 * undefined row, which Excel never passes: that answers NOT_NUMBERS like any other row that is not
 * one number.
 */
function columnSumOfProducts(a: Cells, b: Cells): SignedSum {
  try {
    return columnSumOfProductsUnguarded(a, b);
  } catch {
    return NOT_NUMBERS;
  }
}

/** A row's first cell, unchecked (throws for null or undefined). */
const first = (row: unknown): unknown => (row as readonly unknown[])[0];
/** A row of exactly one cell; with typeof first(row) === "number", what isNumberCell says. */
const oneCell = (row: unknown): boolean => (row as readonly unknown[]).length === 1 && Array.isArray(row);

function columnSumOfProductsUnguarded(a: Cells, b: Cells): SignedSum {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let anyNegative = false;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    const ra0 = a[i], ra1 = a[i + 1], ra2 = a[i + 2], ra3 = a[i + 3];
    const rb0 = b[i], rb1 = b[i + 1], rb2 = b[i + 2], rb3 = b[i + 3];
    const a0 = first(ra0), a1 = first(ra1), a2 = first(ra2), a3 = first(ra3);
    const b0 = first(rb0), b1 = first(rb1), b2 = first(rb2), b3 = first(rb3);
    if (typeof a0 !== "number" || typeof a1 !== "number" || typeof a2 !== "number" || typeof a3 !== "number") return NOT_NUMBERS;
    if (typeof b0 !== "number" || typeof b1 !== "number" || typeof b2 !== "number" || typeof b3 !== "number") return NOT_NUMBERS;
    if (!(oneCell(ra0) && oneCell(ra1) && oneCell(ra2) && oneCell(ra3))) return NOT_NUMBERS;
    if (!(oneCell(rb0) && oneCell(rb1) && oneCell(rb2) && oneCell(rb3))) return NOT_NUMBERS;
    s0 += a0 * b0;
    s1 += a1 * b1;
    s2 += a2 * b2;
    s3 += a3 * b3;
    if (a0 < 0 || a1 < 0 || a2 < 0 || a3 < 0 || b0 < 0 || b1 < 0 || b2 < 0 || b3 < 0) anyNegative = true;
  }
  for (; i < a.length; i++) {
    if (!(isNumberCell(a[i]) && isNumberCell(b[i]))) return NOT_NUMBERS;
    const x = num(a[i]), y = num(b[i]);
    s0 += x * y;
    if (x < 0 || y < 0) anyNegative = true;
  }
  return { sum: s0 + s1 + (s2 + s3), anyNegative };
}

/**
 * Σ_t (savings_t − capex_t − opex_t) × v^t for t = 0 … n−1, with v = 1 / (1 + rate): the discounted
 * net cash flow. Running factors (v^t and v^(t+1), each stepped by v²), never a power per term.
 */
export function discountedNetSum(capex: Numbers, opex: Numbers, savings: Numbers, v: number): number {
  if (isColumn(capex) && isColumn(opex) && isColumn(savings)) {
    return columnDiscountedNetSum(capex.cells, opex.cells, savings.cells, v);
  }
  return listDiscountedNetSum(toList(capex), toList(opex), toList(savings), v);
}

function listDiscountedNetSum(capex: readonly number[], opex: readonly number[], savings: readonly number[], v: number): number {
  const v2 = v * v;
  let d0 = 1, d1 = v;
  let s0 = 0, s1 = 0;
  let t = 0;
  for (; t + 1 < capex.length; t += 2) {
    s0 += (savings[t] - capex[t] - opex[t]) * d0;
    s1 += (savings[t + 1] - capex[t + 1] - opex[t + 1]) * d1;
    d0 *= v2;
    d1 *= v2;
  }
  if (t < capex.length) s0 += (savings[t] - capex[t] - opex[t]) * d0;
  return s0 + s1;
}

/** The column loop of discountedNetSum (JWO_NPV); values read before rows are checked, as above. */
function columnDiscountedNetSum(capex: Cells, opex: Cells, savings: Cells, v: number): number {
  try {
    return columnDiscountedNetSumUnguarded(capex, opex, savings, v);
  } catch {
    return NaN;
  }
}

function columnDiscountedNetSumUnguarded(capex: Cells, opex: Cells, savings: Cells, v: number): number {
  const v2 = v * v;
  let d0 = 1, d1 = v;
  let s0 = 0, s1 = 0;
  let t = 0;
  for (; t + 1 < capex.length; t += 2) {
    const rc0 = capex[t], ro0 = opex[t], rx0 = savings[t], rc1 = capex[t + 1], ro1 = opex[t + 1], rx1 = savings[t + 1];
    const c0 = first(rc0), o0 = first(ro0), x0 = first(rx0), c1 = first(rc1), o1 = first(ro1), x1 = first(rx1);
    if (typeof c0 !== "number" || typeof o0 !== "number" || typeof x0 !== "number") return NaN;
    if (typeof c1 !== "number" || typeof o1 !== "number" || typeof x1 !== "number") return NaN;
    if (!(oneCell(rc0) && oneCell(ro0) && oneCell(rx0) && oneCell(rc1) && oneCell(ro1) && oneCell(rx1))) return NaN;
    s0 += (x0 - c0 - o0) * d0;
    s1 += (x1 - c1 - o1) * d1;
    d0 *= v2;
    d1 *= v2;
  }
  if (t < capex.length) {
    const c = capex[t], o = opex[t], x = savings[t];
    if (!(isNumberCell(c) && isNumberCell(o) && isNumberCell(x))) return NaN;
    s0 += (num(x) - num(c) - num(o)) * d0;
  }
  return s0 + s1;
}

/** Σ a_i, and whether any a_i is negative, in one pass with four accumulators (see the note at the top). */
export function sumWithSign(a: Numbers): SignedSum {
  return isColumn(a) ? columnSumWithSign(a.cells) : listSumWithSign(a);
}

function listSumWithSign(a: readonly number[]): SignedSum {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let anyNegative = false;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    const a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
    s0 += a0;
    s1 += a1;
    s2 += a2;
    s3 += a3;
    if (a0 < 0 || a1 < 0 || a2 < 0 || a3 < 0) anyNegative = true;
  }
  for (; i < a.length; i++) {
    s0 += a[i];
    if (a[i] < 0) anyNegative = true;
  }
  return { sum: s0 + s1 + (s2 + s3), anyNegative };
}

function columnSumWithSign(a: Cells): SignedSum {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let anyNegative = false;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    const r0 = a[i], r1 = a[i + 1], r2 = a[i + 2], r3 = a[i + 3];
    if (!(isNumberCell(r0) && isNumberCell(r1) && isNumberCell(r2) && isNumberCell(r3))) return NOT_NUMBERS;
    const a0 = num(r0), a1 = num(r1), a2 = num(r2), a3 = num(r3);
    s0 += a0;
    s1 += a1;
    s2 += a2;
    s3 += a3;
    if (a0 < 0 || a1 < 0 || a2 < 0 || a3 < 0) anyNegative = true;
  }
  for (; i < a.length; i++) {
    if (!isNumberCell(a[i])) return NOT_NUMBERS;
    s0 += num(a[i]);
    if (num(a[i]) < 0) anyNegative = true;
  }
  return { sum: s0 + s1 + (s2 + s3), anyNegative };
}
