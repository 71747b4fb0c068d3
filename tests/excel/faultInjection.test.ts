// Fault injection: the Excel emulator, behind the real office.js, fails each action of an insert in
// turn, once reporting Excel's errorLocation and once without it (OfficeExtension.DebugInfo gives it
// only "if available"). Source of truth: issue 10's "Done when": after a fault at any operation of
// any template, the workbook holds exactly what it held before, no sheet the insert did not create
// is written or deleted, and the message matches the workbook as read back.
// Every template except the complete model is swept at every action here (tests/excel/faultsSweep.ts
// says how); the complete model in faultsComplete.test.ts.
import { CATALOG } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import { EmulatorLimitation, ExcelEmulator } from "../support/excel-emulator";
import { fixtureSource } from "./fixtures/sheets";
import { MODES, SEED, countSyncs, failRealAt, replay, sweepEveryAction, withFixedToken } from "./faultsSweep";

it("sweeps the fixture model at every action, and a real insert failing at each action agrees with the sweep", async () => {
  const source = fixtureSource();
  const syncs = await countSyncs("complete", source);
  const sweep = await sweepEveryAction("complete", source, syncs);
  expect(sweep.problems).toEqual([]);
  expect(sweep.replayed).toBeGreaterThan(100);
  const disagreements: string[] = [];
  await withFixedToken(async () => {
    for (let n = 1; n <= sweep.actions; n++) {
      for (const mode of MODES) {
        const real = await failRealAt(n, mode, "complete", source);
        disagreements.push(...real.problems);
        const predicted = sweep.conversationAt(n, mode);
        if (predicted && JSON.stringify(predicted) !== JSON.stringify(real.after)) disagreements.push(`action ${n}, errorLocation ${mode}: the rollback went otherwise than its class's`);
      }
    }
  });
  expect(disagreements).toEqual([]);
}, 300_000);

describe.each(TEMPLATES.map((t) => t.id).filter((id) => id !== "complete"))("template %s", (id) => {
  it("restores the workbook and says so after a fault at every action, with and without errorLocation", async () => {
    const syncs = await countSyncs(id, CATALOG);
    const sweep = await sweepEveryAction(id, CATALOG, syncs);
    expect(sweep.actions).toBe(syncs.read + syncs.add + syncs.fill);
    expect(sweep.realInserts + sweep.replayed).toBe(2 * sweep.actions);
    expect(sweep.problems).toEqual([]);
  }, 300_000);
});

describe("the sweep's own tools", () => {
  it("finds a workbook that is not as it was at every fill action, replayed or real (a co-author's edit between sync 2 and 3)", async () => {
    const syncs = await countSyncs("signposts", CATALOG);
    const coAuthorEdit = (excel: ExcelEmulator) => excel.afterRequest(2, (coAuthor) => coAuthor.setCell("Notes", "A1", "edited"));
    const sweep = await sweepEveryAction("signposts", CATALOG, syncs, coAuthorEdit);
    const flagged = new Set(sweep.problems.filter((p) => p.includes("workbook changed")).map((p) => p.replace(/^(action \d+, errorLocation \w+).*/s, "$1")));
    const fill = Array.from({ length: syncs.fill }, (_, i) => syncs.read + syncs.add + i + 1);
    const missed = fill.flatMap((n) => MODES.map((mode) => `action ${n}, errorLocation ${mode}`)).filter((key) => !flagged.has(key));
    expect(sweep.replayed).toBeGreaterThan(syncs.fill);
    expect(missed).toEqual([]);
  }, 300_000);

  it("a replay reports the first answer that differs from the recorded one", () => {
    const answers: Record<string, string> = { a: "1", b: "2" };
    const send = (text: string) => answers[text];
    expect(replay([{ request: "a", response: "1" }, { request: "b", response: "2" }], send)).toBeUndefined();
    expect(replay([{ request: "a", response: "1" }, { request: "b", response: "3" }], send)).toMatch(/request 2 got another answer: 2/);
  });

  it("a trial undoes a rollback's deletes and activation, and refuses a request it could not undo", async () => {
    const recorder = new ExcelEmulator(SEED);
    const texts: string[] = [];
    recorder.host.onRequest((text, _reply, stats) => void (stats.releasesOnly || texts.push(text)));
    await recorder.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").activate();
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    await recorder.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(texts).toHaveLength(2);
    const excel = new ExcelEmulator(SEED);
    const before = excel.snapshot();
    const during = excel.host.trial("reported", (send) => (send(texts[0]), excel.snapshot()));
    expect(during.sheets.map((s) => s.name)).toEqual(["Notes"]);
    expect(during.activeSheet).toBe("Notes");
    expect(excel.snapshot()).toEqual(before);
    expect(() => excel.host.trial("reported", (send) => send(texts[1]))).toThrow(EmulatorLimitation);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.requests).toEqual([]);
  });
});
