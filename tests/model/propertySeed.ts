// The seed of every fast-check property in tests/model and tests/functions, fixed so that a run is
// repeatable and shown in each suite's name (no console output). To explore:
//   PROPERTY_SEED=random npx jest tests/model tests/functions     a new seed per test file
//   PROPERTY_SEED=1234567 npx jest tests/model/properties        replays one (a failure names its seed)
// PROPERTY_RUNS=n caps the inputs each property tries (fast-check's default is 100); the mutation
// run sets it (jest.mutation.config.js), where every mutant reruns the properties that reach it.
import fc from "fast-check";

const FIXED_SEED = 20251202;

function seedFromEnvironment(): number {
  const wanted = process.env.PROPERTY_SEED;
  if (wanted === undefined || wanted === "") return FIXED_SEED;
  if (wanted === "random") return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(wanted);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be a whole number or "random" (got "${wanted}")`);
  return seed;
}

export const SEED = seedFromEnvironment();

const RUNS_CAP = Number(process.env.PROPERTY_RUNS ?? Infinity);

/** How many inputs a property tries: `wanted`, or fewer under PROPERTY_RUNS. */
export function propertyRuns(wanted = 100): number {
  return Math.max(1, Math.min(wanted, RUNS_CAP));
}

/** Installs the seed (and run count) for this test file's properties; the suite title shows the seed. */
export function seededProperties(): string {
  fc.configureGlobal({ seed: SEED, numRuns: propertyRuns() });
  return `seed ${SEED}`;
}
