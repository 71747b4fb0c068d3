// The two long loops of the models (10,000 role families, 10,000 periods). Each runs four independent
// accumulators: a single running sum is bound by the latency of one addition after another, four
// keep the CPU busy and make the loop about twice as fast. The order of additions differs from a
// plain loop only by rounding (relative 1e-15), well inside what any test or user can see.

/** Σ a_i × b_i, plus the smallest a_i or b_i so callers can reject negatives without a second pass. */
export function sumOfProducts(a: ArrayLike<number>, b: ArrayLike<number>): { sum: number; lowest: number } {
  const n = a.length;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let lowest = Infinity;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
    const b0 = b[i], b1 = b[i + 1], b2 = b[i + 2], b3 = b[i + 3];
    s0 += a0 * b0;
    s1 += a1 * b1;
    s2 += a2 * b2;
    s3 += a3 * b3;
    lowest = Math.min(lowest, a0, a1, a2, a3, b0, b1, b2, b3);
  }
  for (; i < n; i++) {
    s0 += a[i] * b[i];
    lowest = Math.min(lowest, a[i], b[i]);
  }
  return { sum: s0 + s1 + (s2 + s3), lowest };
}

/**
 * Σ_t (savings_t − capex_t − opex_t) × v^t for t = 0 … n−1, with v = 1 / (1 + rate): the discounted
 * net cash flow. Running factors (v^t, v^(t+1), … stepped by v^4), never a power per term.
 */
export function discountedNetSum(
  capex: ArrayLike<number>,
  opex: ArrayLike<number>,
  savings: ArrayLike<number>,
  v: number,
): number {
  const n = capex.length;
  const v4 = v * v * v * v;
  let d0 = 1, d1 = v, d2 = v * v, d3 = v * v * v;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let t = 0;
  for (; t + 3 < n; t += 4) {
    s0 += (savings[t] - capex[t] - opex[t]) * d0;
    s1 += (savings[t + 1] - capex[t + 1] - opex[t + 1]) * d1;
    s2 += (savings[t + 2] - capex[t + 2] - opex[t + 2]) * d2;
    s3 += (savings[t + 3] - capex[t + 3] - opex[t + 3]) * d3;
    d0 *= v4;
    d1 *= v4;
    d2 *= v4;
    d3 *= v4;
  }
  for (; t < n; t++) {
    s0 += (savings[t] - capex[t] - opex[t]) * d0;
    d0 *= v;
  }
  return s0 + s1 + (s2 + s3);
}

/** Σ a_i and the smallest a_i, in one pass with four accumulators (see the note at the top). */
export function sumAndLowest(a: ArrayLike<number>): { sum: number; lowest: number } {
  const n = a.length;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let lowest = Infinity;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
    s0 += a0;
    s1 += a1;
    s2 += a2;
    s3 += a3;
    lowest = Math.min(lowest, a0, a1, a2, a3);
  }
  for (; i < n; i++) {
    s0 += a[i];
    lowest = Math.min(lowest, a[i]);
  }
  return { sum: s0 + s1 + (s2 + s3), lowest };
}
