// The complete model failed at every one of its 10,854 actions, with and without errorLocation
// (tests/excel/faultsSweep.ts says how), and real inserts failing at every 997th fill action checked
// against the sweep's prediction. Its own file so jest runs it beside the others. Source of truth:
// issue 10's "Done when": after a fault at any operation of any template, the workbook holds exactly
// what it held before, and the message matches the workbook as read back.
import { CATALOG } from "../../src/excel/render";
import { MODES, countSyncs, failRealAt, sweepEveryAction, withFixedToken } from "./faultsSweep";

const CHECK_STRIDE = 997;

it("restores the workbook and says so after a fault at every action of the complete model, with and without errorLocation", async () => {
  const syncs = await countSyncs("complete", CATALOG);
  const sweep = await sweepEveryAction("complete", CATALOG, syncs);
  expect(sweep.actions).toBeGreaterThan(10_000);
  expect(sweep.realInserts + sweep.replayed).toBe(2 * sweep.actions);
  expect(sweep.problems).toEqual([]);

  const firstFill = syncs.read + syncs.add + 1;
  const checked = Array.from({ length: sweep.actions }, (_, i) => i + 1).filter((n) => n >= firstFill && n % CHECK_STRIDE === 0);
  const disagreements: string[] = [];
  await withFixedToken(async () => {
    for (const n of checked) {
      for (const mode of MODES) {
        const real = await failRealAt(n, mode, "complete", CATALOG);
        disagreements.push(...real.problems);
        if (JSON.stringify(real.after) !== JSON.stringify(sweep.conversationAt(n, mode))) disagreements.push(`action ${n}, errorLocation ${mode}: the rollback went otherwise than its class's`);
      }
    }
  });
  expect(checked.length).toBeGreaterThan(9);
  expect(disagreements).toEqual([]);
}, 1_800_000);
