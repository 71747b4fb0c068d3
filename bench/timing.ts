// Timing shared by the function benches: best (lowest) time per call over many samples, contenders
// interleaved sample by sample so slow phases of a shared machine hit all of them alike. Other
// processes only ever add time, so the minimum is the steadiest estimate of each contender's own cost.

export interface Contender {
  name: string;
  run: () => unknown;
  /** Runs first, for a while, on small inputs (see `bestMillis`). */
  warmUp?: () => unknown;
}

let sink = 0;

/** Keeps a result alive so V8 cannot drop the call that produced it. */
function consume(value: unknown): void {
  sink += Array.isArray(value) ? value.length : typeof value === "number" ? value : 1;
}

/** Calls `run` for at least `ms` and returns how many calls fitted. */
function callFor(run: () => unknown, ms: number): number {
  let calls = 0;
  for (const started = performance.now(); performance.now() - started < ms; calls++) consume(run());
  return calls;
}

/**
 * Best milliseconds per call of each contender. Every contender first runs for a while on small
 * inputs, as a recalculating workbook would call it, then on the large ones: V8 optimises each
 * function with complete type feedback before timing starts. (A first call on 10,000 cells makes V8
 * compile the running loop on the spot, before the code after the loop has any type feedback; Node
 * 20's V8 then keeps deoptimising at the loop's end on every later call, up to 3× slower. See
 * docs/functions.md.) Each sample runs enough calls to last about `targetMs`; `pause` runs after
 * each sample and warm-up, outside the timing (a host's pending work, see functions-columns.bench.ts).
 */
export function bestMillis(contenders: readonly Contender[], samples = 31, targetMs = 10, warmUpMs = 300, pause: () => void = () => undefined): number[] {
  for (const c of contenders) {
    if (c.warmUp) callFor(c.warmUp, warmUpMs);
    pause();
  }
  for (const c of contenders) {
    callFor(c.run, warmUpMs);
    pause();
  }
  const perSample = contenders.map((c) => Math.max(1, callFor(c.run, targetMs)));
  pause();
  const best = contenders.map(() => Infinity);
  for (let s = 0; s < samples; s++) {
    contenders.forEach((c, i) => {
      const started = performance.now();
      for (let k = 0; k < perSample[i]; k++) consume(c.run());
      best[i] = Math.min(best[i], (performance.now() - started) / perSample[i]);
      pause();
    });
  }
  if (Number.isNaN(sink)) console.log("(sink)");
  return best;
}
