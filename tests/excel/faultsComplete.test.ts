// The complete model failed at every one of its ~10,850 actions, with and without errorLocation
// (tests/excel/faultsSweep.ts says how): `npm run test:faults` (jest.faults.config.js), ~2.5 minutes
// on one core. npm test covers every other template at every action and this one sampled
// (faultInjection.test.ts). Source of truth: issue 10's "Done when".
import { CATALOG } from "../../src/excel/render";
import { countSyncs, sweepEveryAction } from "./faultsSweep";

it("restores the workbook and says so after a fault at every action of the complete model, with and without errorLocation", async () => {
  const syncs = await countSyncs("complete", CATALOG);
  const sweep = await sweepEveryAction("complete", CATALOG, syncs);
  expect(sweep.actions).toBeGreaterThan(10_000);
  expect(sweep.realInserts + sweep.replayed).toBe(2 * sweep.actions);
  expect(sweep.problems).toEqual([]);
}, 1_800_000);
