// An insert is a transaction that knows its own sheets (issue 10): it adds them under temporary
// names, keeps their ids, and on any failure deletes exactly those, never a sheet someone else
// created under a planned name, then says what the workbook holds as read back. Sources of truth:
// the issue's "Done when", and Excel's documented Worksheet.id ("remains the same even when the
// worksheet is renamed or moved") and WorksheetCollection.getItem ("using its name or ID").
import { InsertError } from "../../src/excel";
import type { ExcelApi, ExcelRun } from "../../src/excel/api";
import { CATALOG, type SheetSource, renderTemplate } from "../../src/excel/render";
import type { TemplateId } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, UNCHANGED, renderError } from "./render";

const fixture = fixtureSource();
const SEED: ExcelEmulatorOptions = { sheets: [{ name: "Data", cells: { A1: 42 } }, { name: "Notes" }], active: "Data" };
const TEMPORARY = /^~GR insert [0-9a-f]{12} \d+$/;

type Action = Parameters<Parameters<ExcelEmulator["failWhen"]>[0]>[0];
/** A fault predicate that picks only the first action at `location` (Excel's errorLocation naming). */
function firstAt(location: string): (action: Action) => boolean {
  let done = false;
  return (action) => !done && action.location === location && (done = true);
}

/** Every action Excel ran in a fixture insert of the complete model with faults at `faults`, in order. */
async function actionsWith(faults: number[]): Promise<Action[]> {
  const excel = new ExcelEmulator(SEED);
  const seen: Action[] = [];
  excel.failWhen((action) => { seen.push(action); return false; });
  if (faults.length > 0) excel.failAt(faults[0], ...faults.slice(1));
  await renderTemplate(excel.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source: fixture }).catch(() => undefined);
  return seen;
}

/** The number of the first action after action `after` that `pick` chooses, with faults at `faults`. */
async function firstAfter(faults: number[], after: number, pick: (action: Action, afterRequest: number) => boolean): Promise<number> {
  const actions = await actionsWith(faults);
  const afterRequest = actions.find((a) => a.operationIndex === after)?.request ?? 0;
  const found = actions.find((a) => a.operationIndex > after && pick(a, afterRequest));
  if (!found) throw new Error(`no action after ${after} fits`);
  return found.operationIndex;
}

/** A run that, after our `afterSync`-th sync, lets `edit` change the workbook in a request of its own. */
function between(excel: ExcelEmulator, afterSync: number, edit: (context: ExcelApi) => void): ExcelRun {
  return (batch) =>
    excel.run((context) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        if (++syncs !== afterSync) return;
        await excel.run(async (other) => {
          edit(other);
          await other.sync();
        });
      };
      return batch({ workbook: context.workbook, sync } satisfies ExcelApi);
    });
}

const insert = (run: ExcelRun, templateId: TemplateId, source: SheetSource = fixture) =>
  renderTemplate(run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source }).then(
    () => { throw new Error("expected the insert to fail"); },
    (error: unknown) => error as InsertError,
  );

describe("sheets under temporary names until sync 3", () => {
  it("adds them as '~GR insert <random token> n' (legal, ≤ 31 characters), a new token per insert", async () => {
    const seen: string[][] = [];
    const excel = new ExcelEmulator(SEED);
    for (let i = 0; i < 2; i++) {
      const run = between(excel, 2, () => void seen.push(excel.sheetNames()));
      await renderTemplate(run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source: fixture });
    }
    const [first, second] = seen.map((names) => names.filter((n) => TEMPORARY.test(n)));
    expect(first).toHaveLength(2);
    expect(first.every((n) => n.length <= 31)).toBe(true);
    expect(second[0].slice(0, -2)).not.toBe(first[0].slice(0, -2));
    // The second insert goes after the sheet the first one activated.
    expect(excel.sheetNames()).toEqual(["Data", "Fixture Model", "Fixture Model (2)", "Fixture Summary (2)", "Fixture Summary", "Notes"]);
  });
});

describe("a co-author's sheet named like a planned sheet, between two syncs", () => {
  /** Each planned name of the complete model, appearing after sync 1 and after sync 2. */
  async function clashes(source: SheetSource): Promise<{ name: string; afterSync: number }[]> {
    const excel = new ExcelEmulator(SEED);
    const { sheetNames } = await renderTemplate(excel.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
    return sheetNames.flatMap((name) => [1, 2].map((afterSync) => ({ name, afterSync })));
  }

  async function problemsWithClash(source: SheetSource, { name, afterSync }: { name: string; afterSync: number }, mode: "reported" | "omitted"): Promise<string[]> {
    const excel = new ExcelEmulator({ ...SEED, errorLocation: mode });
    const before = excel.snapshot();
    const run = between(excel, afterSync, (c) => {
      c.workbook.worksheets.add(name).getRange("A1").formulas = [["theirs"]];
    });
    const error = await insert(run, "complete", source);
    const where = `'${name}' after sync ${afterSync}, errorLocation ${mode}`;
    const problems: string[] = [];
    const after = excel.snapshot();
    const theirs = after.sheets.find((s) => s.name === name);
    if (!theirs || JSON.stringify(theirs.cells) !== JSON.stringify({ A1: { formula: "theirs" } }) || theirs.charts.length + theirs.names.length > 0) {
      problems.push(`their sheet was changed or deleted: ${JSON.stringify(theirs)}`);
    }
    const rest = { ...after, sheets: after.sheets.filter((s) => s !== theirs) };
    if (JSON.stringify(rest) !== JSON.stringify(before)) problems.push(`workbook is not as before plus their sheet: ${excel.sheetNames().join(", ")}`);
    const expectedEnd = `No sheets were added. Another sheet named '${name}' appeared while the template was being inserted and was left as it is; insert again to use free names.`;
    if (!(error instanceof InsertError) || !error.message.endsWith(expectedEnd) || error.leftBehind.length > 0) problems.push(`message: ${String(error)}`);
    return problems.map((p) => `${where}: ${p}`);
  }

  it("keeps their sheet untouched and removes ours (fixture complete model, with and without errorLocation)", async () => {
    const all = await clashes(fixture);
    const problems: string[] = [];
    for (const c of all) for (const mode of ["reported", "omitted"] as const) problems.push(...(await problemsWithClash(fixture, c, mode)));
    expect(all).toHaveLength(4);
    expect(problems).toEqual([]);
  });

  it("keeps their sheet untouched and removes ours (catalog complete model, each of its sheets)", async () => {
    const all = await clashes(CATALOG);
    const problems: string[] = [];
    for (const [i, c] of all.entries()) problems.push(...(await problemsWithClash(CATALOG, c, i % 2 === 0 ? "omitted" : "reported")));
    expect(all).toHaveLength(2 * CATALOG.sheetsOf("complete").length);
    expect(problems).toEqual([]);
  }, 60_000);

  it("says which step failed when Excel reports where: naming the new sheets", async () => {
    const excel = new ExcelEmulator(SEED);
    const error = await insert(between(excel, 2, (c) => void c.workbook.worksheets.add("Fixture Summary")), "complete");
    expect(error.message).toBe(
      "Could not name the new sheets: The resource being created already exists. No sheets were added. Another sheet named " +
        "'Fixture Summary' appeared while the template was being inserted and was left as it is; insert again to use free names.",
    );
  });
});

describe("what a failed insert says", () => {
  it.each([
    ["reported", (n: number) => `Could not add the sheet 'Fixture Model': Injected fault at action ${n}. ${UNCHANGED}`],
    ["omitted", (n: number) => `Could not add the new sheets: Injected fault at action ${n}. ${UNCHANGED}`],
  ] as const)("a fault while adding the sheets, errorLocation %s", async (mode, message) => {
    const excel = new ExcelEmulator({ errorLocation: mode });
    excel.failWhen(firstAt("WorksheetCollection.add"));
    const error = await renderError(excel, "workforce", SAMPLE_OPTIONS, fixture);
    expect((error as InsertError).message).toBe(message(excel.lastFailure!.operationIndex));
  });

  it.each([
    ["reported", (n: number) => `Could not name the new sheet 'Fixture Model': Injected fault at action ${n}. ${UNCHANGED}`],
    ["omitted", (n: number) => `Could not fill in the new sheets: Injected fault at action ${n}. ${UNCHANGED}`],
  ] as const)("a fault while filling the sheets, errorLocation %s", async (mode, message) => {
    const excel = new ExcelEmulator({ errorLocation: mode });
    excel.failWhen(firstAt("Worksheet.name"));
    const error = await renderError(excel, "workforce", SAMPLE_OPTIONS, fixture);
    expect(excel.lastFailure!.location).toBe("Worksheet.name");
    expect((error as InsertError).message).toBe(message(excel.lastFailure!.operationIndex));
  });
});

describe("a bug while queueing a request (not an Excel error)", () => {
  /** The fixture with a number format on an address the renderer cannot read: it throws while queueing sync 3. */
  const broken: SheetSource = {
    ...fixture,
    build: (key, options, ref) => {
      const spec = fixture.build(key, options, ref);
      if (key === "summary") spec.formats.push({ address: "not an address", numberFormat: "0" });
      return spec;
    },
  };

  it("rolls back too, and the workbook is as it was", async () => {
    const excel = new ExcelEmulator(SEED);
    const error = await insert(excel.run, "complete", broken);
    expect(error.message).toBe(`Could not fill in the new sheets: Not a sheet-local A1 address: not an address. ${UNCHANGED}`);
    expect(excel.snapshot()).toEqual(new ExcelEmulator(SEED).snapshot());
  });
});

describe("a fault during the rollback itself", () => {
  const BEFORE_NAMES = new ExcelEmulator(SEED).sheetNames();
  const userSheets = (excel: ExcelEmulator) =>
    JSON.stringify(excel.snapshot().sheets.filter((s) => BEFORE_NAMES.includes(s.name)).map(({ position: _, ...s }) => s));

  /** Everything wrong with the workbook or the message after faults at `write` and at `rollback`. */
  async function problemsWithFaults(write: number, rollback: number[], { mustBeUnchanged = false } = {}): Promise<string[]> {
    const excel = new ExcelEmulator(SEED);
    excel.failAt(write, ...rollback);
    const error = (await renderError(excel, "complete", SAMPLE_OPTIONS, fixture)) as InsertError;
    const left = excel.sheetNames().filter((n) => !BEFORE_NAMES.includes(n));
    const problems = userSheets(excel) === userSheets(new ExcelEmulator(SEED)) ? [] : ["the user's sheets changed"];
    if (mustBeUnchanged && !error.message.endsWith(UNCHANGED)) problems.push(`not unchanged: ${error.message}`);
    if (error.message.endsWith(UNCHANGED)) {
      if (left.length > 0) problems.push(`says unchanged but left ${left.join(", ")}`);
    } else if (/may still be there/.test(error.message)) {
      const unnamed = left.filter((n) => !error.leftBehind.includes(n) && !TEMPORARY.test(n));
      if (unnamed.length > 0) problems.push(`left ${unnamed.join(", ")} without naming them: ${error.message}`);
    } else {
      if (JSON.stringify([...error.leftBehind].sort()) !== JSON.stringify([...left].sort())) problems.push(`left ${left.join(", ")}, says ${error.leftBehind.join(", ")}`);
      for (const n of left) if (!error.message.includes(`'${n}'`)) problems.push(`message does not name '${n}': ${error.message}`);
    }
    return problems.map((p) => `write fault ${write}, rollback faults ${rollback.join(" ")}: ${p}`);
  }

  /**
   * The summary's add (the second sheet added), the model's placing, and the fill request's last
   * action; each with the number of the last action of its request, and the window of rollback
   * actions to fail: twice the rollback's actions after that write fault alone (two attempts).
   */
  async function writeFaults(): Promise<{ write: number; requestEnd: number; window: number }[]> {
    const clean = await actionsWith([]);
    const adds = clean.filter((a) => a.location === "WorksheetCollection.add");
    const placing = clean.find((a) => a.location === "Worksheet.position");
    const fillRequest = placing!.request;
    const fill = clean.filter((a) => a.request === fillRequest);
    const picks = [adds[1], placing!, fill[fill.length - 2]];
    return Promise.all(
      picks.map(async (write) => {
        const requestEnd = Math.max(...clean.filter((a) => a.request === write.request).map((a) => a.operationIndex));
        const rollback = (await actionsWith([write.operationIndex])).filter((a) => a.operationIndex > requestEnd);
        return { write: write.operationIndex, requestEnd, window: 2 * rollback.length };
      }),
    );
  }

  it("leaves nothing behind after one failed rollback request (it tries twice), at every rollback action", async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const { write, requestEnd, window } of await writeFaults()) {
      for (let r = requestEnd + 1; r <= requestEnd + window; r++, tried++) {
        problems.push(...(await problemsWithFaults(write, [r], { mustBeUnchanged: true })));
      }
    }
    expect(tried).toBeGreaterThan(3 * 8);
    expect(problems).toEqual([]);
  }, 120_000);

  it("names exactly what is left, as read back, after faults at any two rollback actions", async () => {
    const problems: string[] = [];
    let tried = 0;
    // Over one attempt's window (half the single-fault window): ~100 pairs per write fault.
    for (const { write, requestEnd, window } of await writeFaults()) {
      for (let a = requestEnd + 1; a <= requestEnd + window / 2; a++) {
        for (let b = a + 1; b <= requestEnd + window / 2; b++, tried++) problems.push(...(await problemsWithFaults(write, [a, b])));
      }
    }
    expect(tried).toBeGreaterThan(3 * 10);
    expect(problems).toEqual([]);
  }, 600_000);

  /** Sync 3's second rename fails (both new sheets present, the user's sheet active), then `rollbackFaults` pick more faults in turn. */
  async function renameFailure(...rollbackFaults: ((faults: number[]) => Promise<number>)[]): Promise<{ error: InsertError; left: string[]; write: number }> {
    const clean = await actionsWith([]);
    const write = clean.filter((a) => a.location === "Worksheet.name")[1].operationIndex;
    const faults = [write];
    for (const pick of rollbackFaults) faults.push(await pick([...faults]));
    const excel = new ExcelEmulator(SEED);
    excel.failAt(faults[0], ...faults.slice(1));
    const error = (await renderError(excel, "complete", SAMPLE_OPTIONS, fixture)) as InsertError;
    return { error, left: excel.sheetNames().filter((n) => !BEFORE_NAMES.includes(n)), write };
  }
  /** The next delete after the last fault. */
  const nextDelete = (faults: number[]) => firstAfter(faults, faults[faults.length - 1], (a) => a.location === "Worksheet.delete");
  /** The first action of the next request after the last fault's. */
  const nextRequest = (faults: number[]) => firstAfter(faults, faults[faults.length - 1], (a, after) => a.request > after);

  it("says the sheets could not be removed, by their names as read back, when both attempts' deletes fail", async () => {
    const { error, left, write } = await renameFailure(nextDelete, nextDelete);
    expect(left[0]).toBe("Fixture Model");
    expect(left[1]).toMatch(TEMPORARY);
    expect(error.leftBehind).toEqual(left);
    expect(error.message).toBe(
      `Could not name the new sheets: Injected fault at action ${write}. ` +
        `These new sheets could not be removed: 'Fixture Model', '${left[1]}'. Your other sheets were not changed.`,
    );
  });

  it("says what may be left, by the names it last read, when the second attempt can neither delete nor read back", async () => {
    const { error, left } = await renameFailure(nextDelete, nextDelete, nextRequest);
    expect(error.leftBehind).toEqual(left);
    expect(error.message).toMatch(new RegExp(`Removing the new sheets failed too, so they may still be there: 'Fixture Model', '${left[1]}'\\. Your other sheets were not changed\\.$`));
  });

  it("says what may be left when the workbook cannot be read back at all", async () => {
    const { error } = await renameFailure(nextRequest, nextRequest);
    expect(error.leftBehind).toEqual(["Fixture Model", "Fixture Summary"]);
    expect(error.message).toMatch(
      /The workbook could not be read back after the failure, so some of the new sheets may still be there: 'Fixture Model', 'Fixture Summary', or named '~GR insert [0-9a-f]{12} …'\. Your other sheets were not changed\.$/,
    );
  });
});

describe("the sheet the user is on", () => {
  /** The n-th action of the request that places the new sheets (sync 3, the fill). */
  function nthOfPlacingRequest(n: number): (action: Action) => boolean {
    let fill: number | undefined;
    return (action) => {
      if (fill === undefined && action.location === "Worksheet.position") fill = action.request;
      return action.request === fill && action.index === n - 1;
    };
  }

  it("is active again after the rollback, even when they had clicked on one of the new sheets", async () => {
    const excel = new ExcelEmulator(SEED);
    excel.failWhen(nthOfPlacingRequest(30));
    const run = between(excel, 2, (c) => {
      c.workbook.worksheets.getItem(excel.sheetNames()[2]).activate(); // a temporary sheet's tab
    });
    const error = await insert(run, "complete");
    expect(error.message).toMatch(/No sheets were added; your workbook is unchanged\.$/);
    expect(excel.snapshot()).toEqual(new ExcelEmulator(SEED).snapshot());
  });

  it("is not needed when a co-author deleted it: the new sheets are still removed", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Data" }, { name: "Notes" }, { name: "Other" }], active: "Data" });
    excel.failWhen(nthOfPlacingRequest(30)); // a write in sync 3, after the co-author's request
    const run = between(excel, 2, (c) => {
      c.workbook.worksheets.getItem(excel.sheetNames()[3]).activate();
      c.workbook.worksheets.getItem("Data").delete();
    });
    const error = await insert(run, "complete");
    expect(error.message).toMatch(/No sheets were added; your workbook is unchanged\.$/);
    expect(excel.sheetNames()).toEqual(["Notes", "Other"]);
  });
});
