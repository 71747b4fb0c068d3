// Per template: syncs (issue 10's budget: at most 3, the complete model included), operations, the
// largest request (its operations and estimated JSON bytes, against Excel on the web's 5 MB request
// limit) and time to render into the strict Excel; the largest request for every option set the
// template tests use. Exit code 1 when a template needs more than 3 syncs.
// Run: npx tsx bench/templates.bench.ts (scripts/bench.mjs runs every bench/*.bench.ts this way).
import { renderTemplate } from "../src/excel/render";
import { TEMPLATES } from "../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../src/templates/types";
import { StrictExcel, fakeRequirements } from "../tests/support/strictExcel";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
/** The option sets of tests/excel/templates.test.ts: horizons 1 to 30, every scale, blank and sample. */
const OPTION_SETS: InsertOptions[] = [
  OPTIONS,
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "blank" },
  { startYear: 2030, horizon: 10, currency: "€", scale: "thousands", inputs: "sample" },
  { startYear: 2024, horizon: 1, currency: "£", scale: "units", inputs: "blank" },
  { startYear: 2027, horizon: 30, currency: "¥", scale: "units", inputs: "sample" },
];
const RUNS = 15;
const MAX_SYNCS = 3;
const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

const requirements = fakeRequirements({ ExcelApi: "1.9" });

async function renderOnce(template: TemplateId, options: InsertOptions): Promise<{ strict: StrictExcel; ms: number }> {
  const strict = new StrictExcel();
  const started = performance.now();
  await renderTemplate(strict.run, template, options, { requirements });
  return { strict, ms: performance.now() - started };
}

const largest = (strict: StrictExcel) => strict.requests.reduce((a, b) => (b.bytes > a.bytes ? b : a));

async function measure(template: TemplateId) {
  const times: number[] = [];
  let last: StrictExcel | undefined;
  for (let i = 0; i < RUNS; i++) {
    const { strict, ms } = await renderOnce(template, OPTIONS);
    times.push(ms);
    last = strict;
  }
  times.sort((a, b) => a - b);
  const biggest = largest(last!);
  let worstBytes = 0;
  for (const options of OPTION_SETS) worstBytes = Math.max(worstBytes, largest((await renderOnce(template, options)).strict).bytes);
  return {
    template,
    syncs: last!.syncCount,
    operations: last!.operationCount,
    largestRequestOps: biggest.operations,
    largestRequestBytes: biggest.bytes,
    worstBytesAnyOptions: worstBytes,
    medianMs: Number(times[Math.floor(RUNS / 2)].toFixed(1)),
  };
}

async function main(): Promise<void> {
  await measure("complete"); // warm-up: the first renders include JIT compilation
  const rows = [];
  for (const t of TEMPLATES) rows.push(await measure(t.id));
  console.log(`Templates rendered into the strict Excel (${OPTIONS.horizon}-year horizon, sample inputs; largest request = the fill, sync 3;`);
  console.log(`worstBytesAnyOptions = largest request over the template tests' five option sets, horizon up to 30)`);
  console.table(rows);
  const overSyncs = rows.filter((r) => r.syncs > MAX_SYNCS).map((r) => r.template);
  const overSize = rows.filter((r) => r.worstBytesAnyOptions > REQUEST_LIMIT_BYTES).map((r) => r.template);
  console.log(`syncs per insert: at most ${Math.max(...rows.map((r) => r.syncs))} (budget ${MAX_SYNCS})${overSyncs.length ? `: OVER for ${overSyncs.join(", ")}` : ""}`);
  console.log(`largest request: ${Math.max(...rows.map((r) => r.worstBytesAnyOptions))} bytes (Excel on the web's limit: 5 MB)${overSize.length ? `: OVER for ${overSize.join(", ")}` : ""}`);
  if (overSyncs.length + overSize.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
