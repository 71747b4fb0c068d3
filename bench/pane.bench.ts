// The JavaScript the task pane page needs before the template gallery is interactive, gzip, against
// the 110 KB budget of issue 11 (KB = 1024 bytes), for the light and the dark theme. Measured on a production build; office.js is
// excluded (Microsoft's CDN). How the list of files is found: tests/browser/paneBudget.ts.
// Run: npx tsx bench/pane.bench.ts  (PANE_DIST=dir measures an existing build instead of building).
import path from "node:path";
import { ensureBuilt } from "../tests/support/build";
import { PANE_BUDGET_BYTES, kb, paneFilesBeforeGallery, totalBytes, type PaneTheme } from "../tests/browser/paneBudget";

async function main(): Promise<void> {
  const dist = process.env.PANE_DIST ? path.resolve(process.env.PANE_DIST) : ensureBuilt();
  for (const theme of ["light", "dark"] as PaneTheme[]) {
    const files = await paneFilesBeforeGallery(dist, theme);
    const total = totalBytes(files);
    console.log(`Task pane, ${theme} theme: JavaScript needed before the gallery is interactive (gzip, office.js excluded)`);
    console.table(files.map((f) => ({ file: f.file, gzip: kb(f.gzipBytes) })));
    const verdict = total <= PANE_BUDGET_BYTES ? "within budget" : "OVER BUDGET";
    console.log(`pane JS before gallery interactive (${theme}): ${kb(total)} gzip (${total} bytes) / budget ${kb(PANE_BUDGET_BYTES)}: ${verdict}`);
    if (total > PANE_BUDGET_BYTES) process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
