// The long loops of the models (10,000 role families, 10,000 periods). A single running sum is bound
// by the latency of one addition after another; independent accumulators ("lanes") keep the CPU
// busy. Four lanes for the sums of products; two for the discounted sum, whose lanes also carry a
// discount factor: with four, V8 runs out of registers once the loop is inlined into the custom
// function and it gets slower than one lane. The order of additions differs from a plain loop only
// by rounding (relative 1e-15), well inside what any test or user can see.
// Lengths are read in the loop conditions, not before the loops: V8 collects type feedback only
// after a function has run a while, so code before the loop of a long first call is compiled
// without it and deoptimises on every later call (measured: 3× slower; see docs/functions.md).

/**
 * Σ a_i × b_i, and whether any a_i or b_i is negative, so callers can reject negatives without a
 * second pass. (A comparison per value is free here: the loop waits on its additions anyway.)
 */
export function sumOfProducts(a: ArrayLike<number>, b: ArrayLike<number>): { sum: number; anyNegative: boolean } {
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
 * Σ_t (savings_t − capex_t − opex_t) × v^t for t = 0 … n−1, with v = 1 / (1 + rate): the discounted
 * net cash flow. Running factors (v^t and v^(t+1), each stepped by v²), never a power per term.
 */
export function discountedNetSum(
  capex: ArrayLike<number>,
  opex: ArrayLike<number>,
  savings: ArrayLike<number>,
  v: number,
): number {
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

/** Σ a_i, and whether any a_i is negative, in one pass with four accumulators (see the note at the top). */
export function sumWithSign(a: ArrayLike<number>): { sum: number; anyNegative: boolean } {
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
