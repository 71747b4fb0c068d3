// npm run test:browser: builds the add-in for production into a temporary folder (or uses
// BROWSER_DIST), bundles the page's Office host (Microsoft's Excel library from @microsoft/office-js,
// a small Office shim and the Excel emulator), serves the add-in over https on localhost, and drives
// the built taskpane.html in Debian's Chromium with playwright-core. office.js is routed to the
// Office host; every other request must go to the local server. Prints "N passed, M failed" last and
// exits non-zero on any failure. Screenshots go to docs/screenshots/.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundleOfficeHost, buildAddin, launchChromium, serve } from "./infra";
import { runAll, test } from "./harness";
import { paneFilesBeforeGallery } from "./paneBudget";
import { Session } from "./session";
import { functionsAndImportTests } from "./suites/functionsAndImport";
import { galleryTests } from "./suites/gallery";
import { officeJsCspTests } from "./suites/officeJsCsp";
import { hostileImportTests } from "./suites/hostileImport";
import { qualityTests } from "./suites/quality";

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), "gr-browser-"));
  try {
    console.log("building the add-in (production) and the page's Office host…");
    const dist = buildAddin(path.join(work, "dist"));
    const officeHost = await bundleOfficeHost(path.join(work, "office-host"));
    const paneFiles = { light: await paneFilesBeforeGallery(dist, "light"), dark: await paneFilesBeforeGallery(dist, "dark") };
    const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const strictHtml = readFileSync(path.join(dist, "taskpane.html"), "utf8").replace(" 'unsafe-inline'", "");
    const server = await serve(dist, {
      "/axe.min.js": { body: axe, type: "text/javascript" },
      "/taskpane-strict.html": { body: strictHtml, type: "text/html" },
    });
    const browser = await launchChromium();
    const session = new Session(browser, server, officeHost);
    try {
      galleryTests(session);
      functionsAndImportTests(session);
      hostileImportTests(session);
      qualityTests(session, paneFiles);
      officeJsCspTests(browser, server);
      test("no request left localhost except office.js; no CSP violation; no uncaught error", async () => {
        assert.deepEqual(session.log.thirdParty, [], "third-party requests");
        assert.deepEqual(session.log.csp, [], "Content-Security-Policy violations");
        assert.deepEqual(session.log.pageErrors, [], "uncaught errors in the page");
      });
      const { passed, failed } = await runAll();
      console.log(`${passed} passed, ${failed} failed`);
      return failed === 0 ? 0 : 1;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);

