// An insert is a transaction that knows its own sheets (issue 10): it adds them under temporary
// names, keeps their ids, and on any failure deletes exactly those, never a sheet someone else
// created under a planned name, then says what the workbook holds as read back. Sources of truth:
// the issue's "Done when", and Excel's documented Worksheet.id ("remains the same even when the
// worksheet is renamed or moved") and WorksheetCollection.getItem ("using its name or ID").
import { InsertError } from "../../src/excel";
import type { ExcelApi, ExcelRun } from "../../src/excel/api";
import { CATALOG, type SheetSource, renderTemplate } from "../../src/excel/render";
import type { TemplateId } from "../../src/templates/types";
import { StrictExcel, type StrictExcelOptions } from "../support/strictExcel";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, UNCHANGED, renderError } from "./render";

const fixture = fixtureSource();
const SEED: StrictExcelOptions = { sheets: [{ name: "Data", cells: { A1: 42 } }, { name: "Notes" }], active: "Data" };
const TEMPORARY = /^~GR insert [0-9a-f]{12} \d+$/;

/** A run that, after our `afterSync`-th sync, lets `edit` change the workbook in a request of its own. */
function between(strict: StrictExcel, afterSync: number, edit: (context: ExcelApi) => void): ExcelRun {
  return (batch) =>
    strict.run((context) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        if (++syncs !== afterSync) return;
        await strict.run(async (other) => {
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
    const strict = new StrictExcel(SEED);
    for (let i = 0; i < 2; i++) {
      const run = between(strict, 2, () => void seen.push(strict.sheetNames()));
      await renderTemplate(run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source: fixture });
    }
    const [first, second] = seen.map((names) => names.filter((n) => TEMPORARY.test(n)));
    expect(first).toHaveLength(2);
    expect(first.every((n) => n.length <= 31)).toBe(true);
    expect(second[0].slice(0, -2)).not.toBe(first[0].slice(0, -2));
    // The second insert goes after the sheet the first one activated.
    expect(strict.sheetNames()).toEqual(["Data", "Fixture Model", "Fixture Model (2)", "Fixture Summary (2)", "Fixture Summary", "Notes"]);
  });
});

describe("a co-author's sheet named like a planned sheet, between two syncs", () => {
  /** Each planned name of the complete model, appearing after sync 1 and after sync 2. */
  async function clashes(source: SheetSource): Promise<{ name: string; afterSync: number }[]> {
    const strict = new StrictExcel(SEED);
    const { sheetNames } = await renderTemplate(strict.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
    return sheetNames.flatMap((name) => [1, 2].map((afterSync) => ({ name, afterSync })));
  }

  async function problemsWithClash(source: SheetSource, { name, afterSync }: { name: string; afterSync: number }, mode: "reported" | "omitted"): Promise<string[]> {
    const strict = new StrictExcel({ ...SEED, errorLocation: mode });
    const before = strict.snapshot();
    const run = between(strict, afterSync, (c) => {
      c.workbook.worksheets.add(name).getRange("A1").formulas = [["theirs"]];
    });
    const error = await insert(run, "complete", source);
    const where = `'${name}' after sync ${afterSync}, errorLocation ${mode}`;
    const problems: string[] = [];
    const after = strict.snapshot();
    const theirs = after.sheets.find((s) => s.name === name);
    if (!theirs || JSON.stringify(theirs.cells) !== JSON.stringify({ A1: { formula: "theirs" } }) || theirs.charts.length + theirs.names.length > 0) {
      problems.push(`their sheet was changed or deleted: ${JSON.stringify(theirs)}`);
    }
    const rest = { ...after, sheets: after.sheets.filter((s) => s !== theirs) };
    if (JSON.stringify(rest) !== JSON.stringify(before)) problems.push(`workbook is not as before plus their sheet: ${strict.sheetNames().join(", ")}`);
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
    const strict = new StrictExcel(SEED);
    const error = await insert(between(strict, 2, (c) => void c.workbook.worksheets.add("Fixture Summary")), "complete");
    expect(error.message).toBe(
      "Could not name the new sheets: A sheet named 'Fixture Summary' already exists. No sheets were added. Another sheet named " +
        "'Fixture Summary' appeared while the template was being inserted and was left as it is; insert again to use free names.",
    );
  });
});

describe("what a failed insert says", () => {
  const FIXTURE_MODEL_ADD = 4 + 1; // sync 1's four loads, then the first operation of sync 2

  it.each([
    ["reported", "Could not add the sheet 'Fixture Model': Injected fault at operation 5 (WorksheetCollection.add). " + UNCHANGED],
    ["omitted", "Could not add the new sheets: Injected fault at operation 5 (WorksheetCollection.add). " + UNCHANGED],
  ] as const)("a fault while adding the sheets, errorLocation %s", async (mode, message) => {
    const strict = new StrictExcel({ errorLocation: mode });
    strict.failAt(FIXTURE_MODEL_ADD);
    const error = await renderError(strict, "workforce", SAMPLE_OPTIONS, fixture);
    expect((error as InsertError).message).toBe(message);
  });

  it.each([
    ["reported", "Could not name the new sheet 'Fixture Model': Injected fault at operation 11 (Worksheet.name). " + UNCHANGED],
    ["omitted", "Could not fill in the new sheets: Injected fault at operation 11 (Worksheet.name). " + UNCHANGED],
  ] as const)("a fault while filling the sheets, errorLocation %s", async (mode, message) => {
    const strict = new StrictExcel({ errorLocation: mode });
    strict.failAt(4 + 6 + 1); // sync 3's first operation: sync 2 added the sheet, loaded its id, added two charts and counted their series
    const error = await renderError(strict, "workforce", SAMPLE_OPTIONS, fixture);
    expect((error as InsertError).message).toBe(message);
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
    const strict = new StrictExcel(SEED);
    const error = await insert(strict.run, "complete", broken);
    expect(error.message).toBe(`Could not fill in the new sheets: Not a sheet-local A1 address: not an address. ${UNCHANGED}`);
    expect(strict.snapshot()).toEqual(new StrictExcel(SEED).snapshot());
  });
});

describe("a fault during the rollback itself", () => {
  /** Operations of a clean fixture insert per sync: [read, add, fill]. */
  async function requestSizes(): Promise<number[]> {
    const strict = new StrictExcel(SEED);
    await renderTemplate(strict.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source: fixture });
    return strict.requests.map((r) => r.operations);
  }

  const BEFORE_NAMES = new StrictExcel(SEED).sheetNames();
  const userSheets = (strict: StrictExcel) =>
    JSON.stringify(strict.snapshot().sheets.filter((s) => BEFORE_NAMES.includes(s.name)).map(({ position: _, ...s }) => s));

  /** Everything wrong with the workbook or the message after faults at `write` and at `rollback`. */
  async function problemsWithFaults(write: number, rollback: number[], { mustBeUnchanged = false } = {}): Promise<string[]> {
    const strict = new StrictExcel(SEED);
    strict.failAt(write, ...rollback);
    const error = (await renderError(strict, "complete", SAMPLE_OPTIONS, fixture)) as InsertError;
    const left = strict.sheetNames().filter((n) => !BEFORE_NAMES.includes(n));
    const problems = userSheets(strict) === userSheets(new StrictExcel(SEED)) ? [] : ["the user's sheets changed"];
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

  /** The summary's add (after the model's six operations), a placing, a late write; and where each one's request ends. */
  async function writeFaults(): Promise<{ write: number; requestEnd: number }[]> {
    const [read, add, fill] = await requestSizes();
    return [
      { write: read + 7, requestEnd: read + add },
      { write: read + add + 3, requestEnd: read + add + fill },
      { write: read + add + fill - 1, requestEnd: read + add + fill },
    ];
  }
  /** Two rollback attempts of at most nine operations each (2 loads, an activate, 2 deletes, 2 loads, 2 loads). */
  const ROLLBACK_WINDOW = 18;

  it("leaves nothing behind after one failed rollback request (it tries twice), at every rollback operation", async () => {
    const problems: string[] = [];
    for (const { write, requestEnd } of await writeFaults()) {
      for (let r = requestEnd + 1; r <= requestEnd + ROLLBACK_WINDOW; r++) {
        problems.push(...(await problemsWithFaults(write, [r], { mustBeUnchanged: true })));
      }
    }
    expect(problems).toEqual([]);
  });

  it("names exactly what is left, as read back, after faults at any two rollback operations", async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const { write, requestEnd } of await writeFaults()) {
      for (let a = requestEnd + 1; a <= requestEnd + ROLLBACK_WINDOW; a++) {
        for (let b = a + 1; b <= requestEnd + ROLLBACK_WINDOW; b++, tried++) problems.push(...(await problemsWithFaults(write, [a, b])));
      }
    }
    expect(tried).toBe(3 * ((ROLLBACK_WINDOW * (ROLLBACK_WINDOW - 1)) / 2));
    expect(problems).toEqual([]);
  });

  // Operation numbers after sync 3 (ending at `end`) when sync 3's second rename fails, both new sheets
  // present and the user's sheet active: each attempt reads (end+1, +2), deletes both (+3, +4) and
  // reads back (+5, +6); if that request fails, it reads again (+7, +8). The second attempt follows.
  async function renameFailure(...rollbackFaults: ((end: number) => number)[]): Promise<{ error: InsertError; left: string[]; write: number }> {
    const [read, add, fill] = await requestSizes();
    const end = read + add + fill;
    const strict = new StrictExcel(SEED);
    strict.failAt(read + add + 2, ...rollbackFaults.map((f) => f(end)));
    const error = (await renderError(strict, "complete", SAMPLE_OPTIONS, fixture)) as InsertError;
    return { error, left: strict.sheetNames().filter((n) => !BEFORE_NAMES.includes(n)), write: read + add + 2 };
  }

  it("says the sheets could not be removed, by their names as read back, when both attempts' deletes fail", async () => {
    const { error, left, write } = await renameFailure((end) => end + 3, (end) => end + 8 + 3);
    expect(left[0]).toBe("Fixture Model");
    expect(left[1]).toMatch(TEMPORARY);
    expect(error.leftBehind).toEqual(left);
    expect(error.message).toBe(
      `Could not name the new sheets: Injected fault at operation ${write} (Worksheet.name). ` +
        `These new sheets could not be removed: 'Fixture Model', '${left[1]}'. Your other sheets were not changed.`,
    );
  });

  it("says what may be left, by the names it last read, when the second attempt can neither delete nor read back", async () => {
    const { error, left } = await renameFailure((end) => end + 3, (end) => end + 8 + 3, (end) => end + 8 + 7);
    expect(error.leftBehind).toEqual(left);
    expect(error.message).toMatch(new RegExp(`Removing the new sheets failed too, so they may still be there: 'Fixture Model', '${left[1]}'\\. Your other sheets were not changed\\.$`));
  });

  it("says what may be left when the workbook cannot be read back at all", async () => {
    const { error } = await renameFailure((end) => end + 1, (end) => end + 3);
    expect(error.leftBehind).toEqual(["Fixture Model", "Fixture Summary"]);
    expect(error.message).toMatch(
      /The workbook could not be read back after the failure, so some of the new sheets may still be there: 'Fixture Model', 'Fixture Summary', or named '~GR insert [0-9a-f]{12} …'\. Your other sheets were not changed\.$/,
    );
  });
});

describe("the sheet the user is on", () => {
  it("is active again after the rollback, even when they had clicked on one of the new sheets", async () => {
    const strict = new StrictExcel(SEED);
    const fill = 4 + 8 + 1; // sync 3 starts after the read, the add request and the user's click below
    strict.failAt(fill + 30);
    const run = between(strict, 2, (c) => {
      c.workbook.worksheets.getItem(strict.sheetNames()[2]).activate(); // a temporary sheet's tab
    });
    const error = await insert(run, "complete");
    expect(error.message).toMatch(/No sheets were added; your workbook is unchanged\.$/);
    expect(strict.snapshot()).toEqual(new StrictExcel(SEED).snapshot());
  });

  it("is not needed when a co-author deleted it: the new sheets are still removed", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "Data" }, { name: "Notes" }, { name: "Other" }], active: "Data" });
    strict.failAt(4 + 8 + 2 + 30); // a write in sync 3, after the co-author's two operations
    const run = between(strict, 2, (c) => {
      c.workbook.worksheets.getItem(strict.sheetNames()[3]).activate();
      c.workbook.worksheets.getItem("Data").delete();
    });
    const error = await insert(run, "complete");
    expect(error.message).toMatch(/No sheets were added; your workbook is unchanged\.$/);
    expect(strict.sheetNames()).toEqual(["Notes", "Other"]);
  });
});
