// Error bounds of floating-point arithmetic, for tolerances derived from how a formula is computed
// rather than chosen to pass. Source: the standard model of IEEE 754 double arithmetic (round to
// nearest): fl(x op y) = (x op y)(1 + δ) with |δ| ≤ u, and n successive roundings multiply into a
// factor within γ(n) of 1 (N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.,
// §2.2 and Lemma 3.1). Once results underflow, each operation may also add up to ETA absolutely.

/** Unit roundoff of doubles. */
export const U = 2 ** -53;

/** γ(n) = n·u / (1 − n·u): the bound on the relative error of n roundings in a row. */
export function gamma(n: number): number {
  return (n * U) / (1 - n * U);
}

/** The smallest subnormal double: the absolute error one operation can add once results underflow. */
export const ETA = Number.MIN_VALUE;

/** |actual − expected| ≤ bound, failing with all three numbers. */
export function expectWithin(actual: number, expected: number, bound: number): void {
  const gap = Math.abs(actual - expected);
  if (!(gap <= bound)) {
    throw new Error(`|${actual} − ${expected}| = ${gap} exceeds the bound ${bound}`);
  }
  expect(gap).toBeLessThanOrEqual(bound);
}
