// Fault injection: the strict Excel fails each operation of an insert in turn, once reporting
// Excel's errorLocation and once without it (OfficeExtension.DebugInfo gives it only "if
// available"). Source of truth: issue 10's "Done when": after a fault at any operation of any
// template, the workbook holds exactly what it held before, no sheet the insert did not create is
// written or deleted, and the message matches the workbook as read back.
import { InsertError } from "../../src/excel";
import { CATALOG, type SheetSource, renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import type { TemplateId } from "../../src/templates/types";
import { StrictExcel, type StrictExcelOptions } from "../support/strictExcel";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, UNCHANGED, renderError } from "./render";

const SEED: StrictExcelOptions = {
  sheets: [{ name: "Data", cells: { A1: 42, B1: "=A1*2" }, tables: [{ name: "GenAIFunctions", address: "D1:E3" }] }, { name: "Notes" }],
  active: "Data",
};
const MODES = ["reported", "omitted"] as const;
type Mode = (typeof MODES)[number];
/** The complete model queues ~2,300 operations; failing each in both modes would take minutes. */
const COMPLETE_STRIDE = 61;

/**
 * The operations to fail: all of them, or with a stride, but always the read (sync 1), the whole
 * add request (sync 2: sheets, ids, charts) and sync 3's first two per sheet (rename, position).
 */
async function operationsToFail(templateId: TemplateId, source: SheetSource, stride: number): Promise<number[]> {
  const strict = new StrictExcel(SEED);
  const result = await renderTemplate(strict.run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
  const [read, add] = strict.requests.map((r) => r.operations);
  const always = read + add + 2 * result.sheetNames.length;
  const total = strict.operationCount;
  return Array.from({ length: total }, (_, i) => i + 1).filter((n) => n <= always || n % stride === 0 || n === total);
}

/** Everything wrong after a failure at operation `n`; empty when the workbook and the error are right. */
async function problemsWhenFailingAt(n: number, mode: Mode, templateId: TemplateId, source: SheetSource, before: string): Promise<string[]> {
  const strict = new StrictExcel({ ...SEED, errorLocation: mode });
  strict.failAt(n);
  const error = await renderError(strict, templateId, SAMPLE_OPTIONS, source);
  const problems: string[] = [];
  if (JSON.stringify(strict.snapshot()) !== before) problems.push(`workbook changed: ${strict.sheetNames().join(", ")}`);
  if (!(error instanceof InsertError)) return [...problems, `not an InsertError: ${String(error)}`];
  if (!error.message.startsWith(`Could not ${error.step}: Injected fault at operation ${n} (`)) problems.push(error.message);
  const reading = error.step === "read the workbook's sheet names";
  if (!reading && !error.message.endsWith(UNCHANGED)) problems.push(`message does not match the read-back: ${error.message}`);
  if (error.leftBehind.length > 0) problems.push(`left behind ${error.leftBehind.join(", ")}`);
  const location = mode === "reported" && !reading ? strict.lastFailure!.location : undefined;
  if (error.location !== location) problems.push(`location ${error.location}, expected ${location}`);
  return problems.map((p) => `operation ${n}, errorLocation ${mode}: ${p}`);
}

async function failEach(templateId: TemplateId, source: SheetSource, stride = 1): Promise<{ tried: number; problems: string[] }> {
  const before = JSON.stringify(new StrictExcel(SEED).snapshot());
  const indexes = await operationsToFail(templateId, source, stride);
  const problems: string[] = [];
  for (const n of indexes) for (const mode of MODES) problems.push(...(await problemsWhenFailingAt(n, mode, templateId, source, before)));
  return { tried: indexes.length, problems };
}

it("restores the workbook and says so after a fault at every operation of the fixture model and summary", async () => {
  const { tried, problems } = await failEach("complete", fixtureSource());
  expect(tried).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

describe.each(TEMPLATES.map((t) => t.id))("template %s", (id) => {
  const sampled = id === "complete";
  it(`restores the workbook and says so after a fault at ${sampled ? "sampled operations and every sheet add and rename" : "every operation"}`, async () => {
    const { tried, problems } = await failEach(id, CATALOG, sampled ? COMPLETE_STRIDE : 1);
    expect(tried).toBeGreaterThan(sampled ? 60 : 100);
    expect(problems).toEqual([]);
  }, 120_000);
});
