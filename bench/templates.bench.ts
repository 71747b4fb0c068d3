// Per template: the add-in's syncs (issue 10's budget: at most 3, the complete model included) and
// the size of every request as Microsoft's real client library sends it (office.js 1.1.110 in front
// of the Excel emulator, tests/support/excel-emulator; bytes are the UTF-8 length of each request
// body, `requests[].bytes`). Excel.run's cleanup request (releasing kept ranges, not a sync of the
// add-in's) is counted in the bytes but not in the syncs. Rows: every template at the default
// options, then the complete model at the longest horizon the pane offers.
// Exit code 1 when a template needs more than 3 syncs or a request exceeds 5 MB.
// Run: npx tsx bench/templates.bench.ts (scripts/bench.mjs runs every bench/*.bench.ts this way).
import { renderTemplate } from "../src/excel/render";
import { TEMPLATES } from "../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../src/templates/types";
import { HORIZON_MAX } from "../src/taskpane/templates/rememberedOptions";
import { ExcelEmulator, fakeRequirements } from "../tests/support/excel-emulator";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
const LONGEST: InsertOptions = { ...OPTIONS, horizon: HORIZON_MAX };
const MAX_SYNCS = 3;
/**
 * Excel on the web's request limit, "5 MB" (learn.microsoft.com/office/dev/add-ins/excel/performance),
 * read as 5,000,000 bytes: the harsher of the two readings, and the emulator's default.
 */
const REQUEST_LIMIT_BYTES = 5_000_000;

const requirements = fakeRequirements({ ExcelApi: "1.9" });

/** Lets Excel.run's cleanup request, which the add-in does not await, reach the emulator. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function measure(template: TemplateId, options: InsertOptions) {
  // "desktop": the emulator applies no size limit itself, so an oversized request is measured and
  // reported below rather than refused mid-insert.
  const excel = new ExcelEmulator({ sheets: [{ name: "Data" }], active: "Data", platform: "desktop" });
  await renderTemplate(excel.run, template, options, { requirements });
  await settle();
  const requests = excel.requests;
  const largest = requests.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    template: options === OPTIONS ? template : `${template} (${options.horizon} y)`,
    syncs: excel.syncCount,
    requests: requests.length,
    largestRequestBytes: largest.bytes,
    largestRequestActions: largest.operations,
    totalBytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    cleanupBytes: requests.filter((r) => r.releasesOnly).reduce((sum, r) => sum + r.bytes, 0),
  };
}

async function main(): Promise<void> {
  const rows = [];
  for (const t of TEMPLATES) rows.push(await measure(t.id, OPTIONS));
  rows.push(await measure("complete", LONGEST));
  console.log(`Templates inserted through the real office.js into the Excel emulator (${OPTIONS.horizon}-year horizon, sample inputs;`);
  console.log(`last row: the complete model at ${HORIZON_MAX} years). Bytes are the real request bodies, Excel.run's cleanup included.`);
  console.table(rows);
  const overSyncs = rows.filter((r) => r.syncs > MAX_SYNCS).map((r) => r.template);
  const overSize = rows.filter((r) => r.largestRequestBytes > REQUEST_LIMIT_BYTES).map((r) => r.template);
  console.log(`syncs per insert: at most ${Math.max(...rows.map((r) => r.syncs))} (budget ${MAX_SYNCS})${overSyncs.length ? `: OVER for ${overSyncs.join(", ")}` : ""}`);
  console.log(
    `largest request: ${Math.max(...rows.map((r) => r.largestRequestBytes))} bytes (limit ${REQUEST_LIMIT_BYTES}, Excel on the web's 5 MB)` +
      (overSize.length ? `: OVER for ${overSize.join(", ")}` : ""),
  );
  if (overSyncs.length + overSize.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
