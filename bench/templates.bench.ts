// Per template: operations queued, syncs, payload bytes and time to render into the strict Excel.
// Run: npx tsx bench/templates.bench.ts (scripts/bench.mjs runs every bench/*.bench.ts this way).
import { renderTemplate } from "../src/excel/render";
import { TEMPLATES } from "../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../src/templates/types";
import { StrictExcel, fakeRequirements } from "../tests/support/strictExcel";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
const RUNS = 15;

type Row = { template: TemplateId; operations: number; syncs: number; payloadBytes: number; medianMs: number };

async function measure(template: TemplateId): Promise<Row> {
  const times: number[] = [];
  let last: StrictExcel | undefined;
  for (let i = 0; i < RUNS; i++) {
    const strict = new StrictExcel();
    const started = performance.now();
    await renderTemplate(strict.run, template, OPTIONS, { requirements: fakeRequirements({ ExcelApi: "1.9" }) });
    times.push(performance.now() - started);
    last = strict;
  }
  times.sort((a, b) => a - b);
  const payloadBytes = Math.max(...last!.requests.map((r) => r.bytes));
  return { template, operations: last!.operationCount, syncs: last!.syncCount, payloadBytes, medianMs: times[Math.floor(RUNS / 2)] };
}

async function main(): Promise<void> {
  await measure("complete"); // warm-up: the first renders include JIT compilation
  const rows: Row[] = [];
  for (const t of TEMPLATES) rows.push(await measure(t.id));
  console.log(`Templates rendered into the strict Excel (${OPTIONS.horizon}-year horizon, sample inputs; payload = largest request)`);
  console.table(rows.map((r) => ({ ...r, medianMs: Number(r.medianMs.toFixed(1)) })));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
