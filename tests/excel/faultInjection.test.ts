// Fault injection: the Excel emulator, behind the real office.js, fails actions of an insert in turn, once reporting
// Excel's errorLocation and once without it (OfficeExtension.DebugInfo gives it only "if
// available"). Source of truth: issue 10's "Done when": after a fault at any operation of any
// template, the workbook holds exactly what it held before, no sheet the insert did not create is
// written or deleted, and the message matches the workbook as read back.
import { InsertError } from "../../src/excel";
import { CATALOG, type SheetSource, renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import type { TemplateId } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, UNCHANGED, renderError } from "./render";

const SEED: ExcelEmulatorOptions = {
  sheets: [{ name: "Data", cells: { A1: 42, B1: "=A1*2" }, tables: [{ name: "GenAIFunctions", address: "D1:E3" }] }, { name: "Notes" }],
  active: "Data",
};
const MODES = ["reported", "omitted"] as const;
type Mode = (typeof MODES)[number];
/**
 * The real library sends every instantiation, load and write as an action (the complete model's fill
 * is ~8,700): beyond the read, the add request and each sheet's rename and placing, every n-th.
 */
const STRIDE = 13;
const COMPLETE_STRIDE = 211;

/**
 * The operations to fail: all of them, or with a stride, but always the read (sync 1), the whole
 * add request (sync 2: sheets, ids, charts) and sync 3's first two per sheet (rename, position).
 */
async function operationsToFail(templateId: TemplateId, source: SheetSource, stride: number): Promise<number[]> {
  const excel = new ExcelEmulator(SEED);
  const result = await renderTemplate(excel.run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
  // The add-in's syncs only: Excel.run's cleanup request (releasesOnly) is not awaited by the add-in.
  const [read, add] = excel.requests.map((r) => r.operations);
  const always = read + add + 4 * result.sheetNames.length;
  const total = excel.requests.filter((r) => !r.releasesOnly).reduce((sum, r) => sum + r.operations, 0);
  return Array.from({ length: total }, (_, i) => i + 1).filter((n) => n <= always || n % stride === 0 || n === total);
}

/** Everything wrong after a failure at operation `n`; empty when the workbook and the error are right. */
async function problemsWhenFailingAt(n: number, mode: Mode, templateId: TemplateId, source: SheetSource, before: string): Promise<string[]> {
  const excel = new ExcelEmulator({ ...SEED, errorLocation: mode });
  excel.failAt(n);
  const error = await renderError(excel, templateId, SAMPLE_OPTIONS, source);
  const problems: string[] = [];
  if (JSON.stringify(excel.snapshot()) !== before) problems.push(`workbook changed: ${excel.sheetNames().join(", ")}`);
  if (!(error instanceof InsertError)) return [...problems, `not an InsertError: ${String(error)}`];
  if (!error.message.startsWith(`Could not ${error.step}: Injected fault at action ${n}. `)) problems.push(error.message);
  const reading = error.step === "read the workbook's sheet names";
  if (!reading && !error.message.endsWith(UNCHANGED)) problems.push(`message does not match the read-back: ${error.message}`);
  if (error.leftBehind.length > 0) problems.push(`left behind ${error.leftBehind.join(", ")}`);
  const location = mode === "reported" && !reading ? excel.lastFailure!.location : undefined;
  if (error.location !== location) problems.push(`location ${error.location}, expected ${location}`);
  return problems.map((p) => `operation ${n}, errorLocation ${mode}: ${p}`);
}

async function failEach(templateId: TemplateId, source: SheetSource, stride = STRIDE): Promise<{ tried: number; problems: string[] }> {
  const before = JSON.stringify(new ExcelEmulator(SEED).snapshot());
  const indexes = await operationsToFail(templateId, source, stride);
  const problems: string[] = [];
  for (const n of indexes) for (const mode of MODES) problems.push(...(await problemsWhenFailingAt(n, mode, templateId, source, before)));
  return { tried: indexes.length, problems };
}

it("restores the workbook and says so after a fault at every action of the fixture model and summary", async () => {
  const { tried, problems } = await failEach("complete", fixtureSource(), 1);
  expect(tried).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

describe.each(TEMPLATES.map((t) => t.id))("template %s", (id) => {
  const sampled = id === "complete";
  it("restores the workbook and says so after a fault at sampled actions and every action of the read, the add and each sheet's rename and placing", async () => {
    const { tried, problems } = await failEach(id, CATALOG, sampled ? COMPLETE_STRIDE : STRIDE);
    expect(tried).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  }, 120_000);
});
