// Fault injection at every action of an insert, through the real office.js and the Excel emulator.
// Source of truth: issue 10's "Done when": after a fault at any operation of any template, with or
// without errorLocation, the workbook holds exactly what it held before, and the message matches
// the workbook as read back.
//
// A fault in the read or the add request (sync 1, 2) is a real insert per action. The fill request
// (sync 3: ~10,800 actions for the complete model) is swept instead, because an insert that fails
// there costs the library the whole request (~0.3 s) however early the fault:
// - after a fault, the add-in reacts only to the error (its message and errorLocation: src/excel/
//   steps.ts) and to what its rollback reads back (src/excel/rollback.ts); its requests and message
//   are a function of those. So the fill actions fall into classes: same errorLocation (when
//   reported) and same answer to the rollback's first read;
// - one real insert per class, failing at its first action, checks the error, the message and the
//   workbook, and records what the add-in then sent and got (its conversation);
// - one more insert runs the fill request action by action (ExcelHost.trial): before each action,
//   the class's conversation is replayed against the workbook as it stands, each answer must equal
//   the recorded one (else the add-in would have acted otherwise: a problem), and the workbook after
//   it must equal the one before the insert; then the trial is undone and the action runs.
// The temporary sheet names' random token is fixed for the sweep so runs can be compared.
// tests/excel/faultInjection.test.ts checks this model against a real insert per action (fixture).
import { InsertError } from "../../src/excel";
import { type SheetSource, renderTemplate } from "../../src/excel/render";
import type { TemplateId } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";
import { SAMPLE_OPTIONS } from "./fixtures/sheets";
import { EXCEL_1_9, UNCHANGED, renderError } from "./render";

export const SEED: ExcelEmulatorOptions = {
  sheets: [{ name: "Data", cells: { A1: 42, B1: "=A1*2" }, tables: [{ name: "GenAIFunctions", address: "D1:E3" }] }, { name: "Notes" }],
  active: "Data",
};
export const MODES = ["reported", "omitted"] as const;
export type Mode = (typeof MODES)[number];

/** A request the add-in sent after the failure, and Excel's answer (a refusal as its JSON). */
export type Exchange = { request: string; response: string };

/** A real insert failing at action `n`: what is wrong, and what the add-in sent after the failing request. */
export type RealFault = { problems: string[]; after: Exchange[] };

/** The add-in's requests per sync (Excel.run's releases-only cleanup left out), counted on a successful insert. */
export type Syncs = { read: number; add: number; fill: number };

export type SweepResult = {
  problems: string[];
  realInserts: number;
  replayed: number;
  actions: number;
  /** For a fill action: the conversation its class recorded, which its replay had to reproduce. */
  conversationAt(n: number, mode: Mode): Exchange[] | undefined;
};

/** Done to every emulator of a sweep before its insert (e.g. a co-author's edit between two syncs). */
export type SetUp = (excel: ExcelEmulator) => void;

const BEFORE = () => JSON.stringify(new ExcelEmulator(SEED).snapshot());

export async function countSyncs(templateId: TemplateId, source: SheetSource): Promise<Syncs> {
  const excel = new ExcelEmulator(SEED);
  await renderTemplate(excel.run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
  const requests = excel.requests.filter((r) => !r.releasesOnly).map((r) => r.operations);
  if (requests.length !== 3) throw new Error(`expected 3 syncs, got ${requests.length}`);
  const [read, add, fill] = requests;
  return { read, add, fill };
}

/** Runs `body` with the temporary names' random token fixed (src/excel/sheetNames.ts takes it from Web Crypto). */
export async function withFixedToken<T>(body: () => Promise<T>): Promise<T> {
  const real = crypto.getRandomValues.bind(crypto);
  const fixed = <A extends ArrayBufferView | null>(array: A): A => {
    if (array instanceof Uint8Array) array.fill(0xa5);
    return array;
  };
  crypto.getRandomValues = fixed as typeof crypto.getRandomValues;
  try {
    return await body();
  } finally {
    crypto.getRandomValues = real;
  }
}

/** A real insert with a fault at action `n`: the checks of issue 10, and the add-in's requests after the failing one. */
export async function failRealAt(n: number, mode: Mode, templateId: TemplateId, source: SheetSource, before = BEFORE(), setUp: SetUp = () => {}): Promise<RealFault> {
  const excel = new ExcelEmulator({ ...SEED, errorLocation: mode });
  setUp(excel);
  excel.failAt(n);
  const after: Exchange[] = [];
  excel.host.onRequest((request, reply, stats) => {
    const failedEarlier = excel.operationCount - stats.operations >= n;
    if (failedEarlier && !stats.releasesOnly) after.push({ request, response: reply.kind === "response" ? reply.text : JSON.stringify(reply.refusal) });
  });
  const error = await renderError(excel, templateId, SAMPLE_OPTIONS, source);
  const problems: string[] = [];
  if (JSON.stringify(excel.snapshot()) !== before) problems.push(`workbook changed: ${excel.sheetNames().join(", ")}`);
  if (error instanceof InsertError) {
    if (!error.message.startsWith(`Could not ${error.step}: Injected fault at action ${n}. `)) problems.push(error.message);
    const reading = error.step === "read the workbook's sheet names";
    if (!reading && !error.message.endsWith(UNCHANGED)) problems.push(`message does not match the read-back: ${error.message}`);
    if (error.leftBehind.length > 0) problems.push(`left behind ${error.leftBehind.join(", ")}`);
    const location = mode === "reported" && !reading ? excel.lastFailure?.location : undefined;
    if (error.location !== location) problems.push(`location ${error.location}, expected ${location}`);
  } else {
    problems.push(`not an InsertError: ${String(error)}`);
  }
  return { problems: problems.map((p) => `action ${n}, errorLocation ${mode}: ${p}`), after };
}

/** Runs a successful insert whose fill request (sync 3) calls `visit` before each of its actions (0-based). */
async function sweepFill(templateId: TemplateId, source: SheetSource, setUp: SetUp, visit: (excel: ExcelEmulator, index: number, location: string | undefined) => void): Promise<void> {
  const excel = new ExcelEmulator(SEED);
  setUp(excel);
  excel.failWhen(({ request, index, location }) => {
    if (request === 3) visit(excel, index, location);
    return false;
  });
  await renderTemplate(excel.run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
}

type FillClass = { first: number; conversation: Exchange[] };

/** Every action of every sync failed in turn, in both errorLocation modes (see the top of this file). */
export function sweepEveryAction(templateId: TemplateId, source: SheetSource, syncs: Syncs, setUp: SetUp = () => {}): Promise<SweepResult> {
  return withFixedToken(async () => {
    const before = BEFORE();
    const problems: string[] = [];
    let realInserts = 0;
    let replayed = 0;
    const runs = new Map<string, Exchange[]>();
    const real = async (n: number, mode: Mode) => {
      const known = runs.get(`${n} ${mode}`);
      if (known) return known;
      realInserts++;
      const fault = await failRealAt(n, mode, templateId, source, before, setUp);
      problems.push(...fault.problems);
      runs.set(`${n} ${mode}`, fault.after);
      return fault.after;
    };
    const upToFill = syncs.read + syncs.add;
    for (let n = 1; n <= upToFill; n++) for (const mode of MODES) await real(n, mode);

    // The rollback's first request, the same whatever failed (asserted below for every class).
    const firstRead = (await real(upToFill + 1, "reported"))[0]?.request;
    if (firstRead === undefined) throw new Error(`no rollback after a fault at action ${upToFill + 1}`);
    const locations: (string | undefined)[] = [];
    const reads: string[] = [];
    await sweepFill(templateId, source, setUp, (excel, index, location) => {
      locations[index] = location;
      reads[index] = excel.host.trial("reported", (send) => send(firstRead));
    });

    const keyOf = (index: number, mode: Mode) => `${mode}|${mode === "reported" ? locations[index] : ""}|${reads[index]}`;
    const classes = new Map<string, FillClass>();
    for (const mode of MODES) {
      for (let index = 0; index < syncs.fill; index++) {
        const key = keyOf(index, mode);
        if (classes.has(key)) continue;
        const conversation = await real(upToFill + index + 1, mode);
        if (conversation[0]?.request !== firstRead) problems.push(`action ${upToFill + index + 1}, errorLocation ${mode}: the rollback began otherwise`);
        classes.set(key, { first: index, conversation });
      }
    }

    await sweepFill(templateId, source, setUp, (excel, index) => {
      for (const mode of MODES) {
        const fillClass = classes.get(keyOf(index, mode));
        if (!fillClass) throw new Error(`fill action ${index + 1} (${mode}) changed class between the two sweeps`);
        const { first, conversation } = fillClass;
        if (index === first) continue;
        replayed++;
        const problem = excel.host.trial(mode, (send) => replay(conversation, send) ?? (JSON.stringify(excel.snapshot()) === before ? undefined : `workbook changed: ${excel.sheetNames().join(", ")}`));
        if (problem) problems.push(`action ${upToFill + index + 1}, errorLocation ${mode} (as action ${upToFill + first + 1}): ${problem}`);
      }
    });
    const conversationAt = (n: number, mode: Mode) => (n > upToFill && n <= upToFill + syncs.fill ? classes.get(keyOf(n - upToFill - 1, mode))?.conversation : undefined);
    return { problems, realInserts, replayed, actions: upToFill + syncs.fill, conversationAt };
  });
}

/** Sends the recorded requests in order; the first answer that differs from the recorded one, described. */
export function replay(conversation: Exchange[], send: (text: string) => string): string | undefined {
  for (const [i, { request, response }] of conversation.entries()) {
    const answer = send(request);
    if (answer !== response) return `the rollback's request ${i + 1} got another answer: ${answer.slice(0, 300)}`;
  }
  return undefined;
}
