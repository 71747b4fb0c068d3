// Fault injection: the strict Excel fails each operation in turn. After every failure the
// workbook must equal what it was before (spec: "If the write fails part-way, the sheets created by
// this insertion are removed again ... the user's other sheets are untouched"), and the error must
// name the step that failed.
import { InsertError } from "../../src/excel";
import { CATALOG, type SheetSource, renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import type { TemplateId } from "../../src/templates/types";
import { StrictExcel, type StrictExcelOptions } from "../support/strictExcel";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, renderError } from "./render";

const SEED: StrictExcelOptions = {
  sheets: [{ name: "Data", cells: { A1: 42, B1: "=A1*2" }, tables: [{ name: "GenAIFunctions", address: "D1:E3" }] }, { name: "Notes" }],
  active: "Data",
};
const READ_OPERATIONS = 4;
/** The complete model queues ~2,300 operations; failing each would take minutes, so it samples. */
const COMPLETE_STRIDE = 29;

async function operationsOf(templateId: TemplateId, source: SheetSource): Promise<number> {
  const strict = new StrictExcel(SEED);
  await renderTemplate(strict.run, templateId, SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
  return strict.operationCount;
}

/** Everything wrong with one failure at operation `n`; empty when the workbook and error are right. */
async function problemsWhenFailingAt(n: number, templateId: TemplateId, source: SheetSource): Promise<string[]> {
  const before = new StrictExcel(SEED).snapshot();
  const strict = new StrictExcel(SEED);
  strict.failAt(n);
  const error = await renderError(strict, templateId, SAMPLE_OPTIONS, source);
  const problems: string[] = [];
  if (JSON.stringify(strict.snapshot()) !== JSON.stringify(before)) problems.push("workbook changed");
  if (!(error instanceof InsertError)) return [...problems, `not an InsertError: ${String(error)}`];
  const failure = strict.lastFailure!;
  if (n > READ_OPERATIONS) {
    if (error.location !== failure.location) problems.push(`step at ${error.location}, Excel failed at ${failure.location}`);
    const onSheet = !!error.sheet && (failure.target.includes(JSON.stringify(error.sheet)) || failure.args.includes(JSON.stringify(error.sheet)));
    if (!onSheet) problems.push(`step on '${error.sheet}', Excel failed on ${failure.target} ${failure.args}`);
    if (!error.message.endsWith("No sheets were added; your workbook is unchanged.")) problems.push(error.message);
  }
  if (!error.message.startsWith(`Could not ${error.step}: Injected fault at operation ${n} `)) problems.push(error.message);
  return problems.map((p) => `operation ${n}: ${p}`);
}

async function failEach(templateId: TemplateId, source: SheetSource, stride = 1): Promise<{ tried: number; problems: string[] }> {
  const total = await operationsOf(templateId, source);
  const indexes = Array.from({ length: total }, (_, i) => i + 1).filter((n) => n <= READ_OPERATIONS + 20 || n % stride === 0 || n === total);
  const problems: string[] = [];
  for (const n of indexes) problems.push(...(await problemsWhenFailingAt(n, templateId, source)));
  return { tried: indexes.length, problems };
}

it("restores the workbook and names the step for every operation of the fixture model and summary", async () => {
  const { tried, problems } = await failEach("complete", fixtureSource());
  expect(tried).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

describe.each(TEMPLATES.map((t) => t.id))("template %s", (id) => {
  it(`restores the workbook and names the step when any operation fails${id === "complete" ? " (sampled)" : ""}`, async () => {
    const { tried, problems } = await failEach(id, CATALOG, id === "complete" ? COMPLETE_STRIDE : 1);
    expect(tried).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 120_000);
});
