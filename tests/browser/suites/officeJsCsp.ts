// The REAL office.js (the @microsoft/office-js package) under taskpane.html's own
// Content-Security-Policy. The CDN URL the page uses is routed to the package's files, so every
// script office.js loads comes from where the policy says; a request to any other host is refused
// (nothing leaves localhost) and recorded. Outside Office, office.js must reach its documented
// plain-browser state (Office.onReady resolves with host null), the pane its "Open this pane from
// Excel" screen, and office.js its last step there (its telemetry proxy frame, added 3 s after
// load), with no CSP violation and no uncaught error on the way. With an Excel on the web host
// string in the URL (how Excel opens the pane), office.js must load its Excel host script and
// strings under the policy too. Sources for the policy: docs/security.md.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { test } from "../harness";
import { OFFICE_JS_URL, ROOT, type StaticServer } from "../infra";

/** https://appsforoffice.microsoft.com/lib/1/hosted/ : office.js loads its other files from here. */
const CDN_BASE = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
const PACKAGE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The frame office.js's plain-browser (O15) path adds for its logging (o15apptofilemappingtable.js, ULSEndpointProxy). */
const TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

type Visit = {
  page: Page;
  /** Files requested under the CDN base, and those the package does not have. */
  cdnFiles: string[];
  missing: string[];
  /** Requests to any host other than the local server and the CDN base (refused). */
  outside: string[];
  /** Resolves when a request to `url` has been refused. */
  refused(url: string): Promise<void>;
  violations(): Promise<string[]>;
  errors: string[];
  close(): Promise<void>;
};

/** The package file for a CDN URL (the CDN's folder names are case-insensitive; the package's are lower case). */
function packageFile(url: string): string | null {
  const rest = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN_BASE).pathname.length));
  for (const candidate of [rest, rest.toLowerCase()]) {
    const file = path.join(PACKAGE_DIST, path.normalize(candidate));
    if (file.startsWith(PACKAGE_DIST) && existsSync(file)) return file;
  }
  return null;
}

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html", ".css": "text/css", ".png": "image/png" };

async function visit(browser: Browser, server: StaticServer, query = ""): Promise<Visit> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const cdnFiles: string[] = [];
  const missing: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  const waiting = new Map<string, () => void>();
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN_BASE)) {
      cdnFiles.push(url.slice(CDN_BASE.length));
      const file = packageFile(url);
      if (!file) {
        missing.push(url);
        return route.fulfill({ status: 404, body: "" });
      }
      return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
    }
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    outside.push(url);
    await route.abort("blockedbyclient");
    waiting.get(url)?.();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/taskpane.html${query}`);
  return {
    page,
    cdnFiles,
    missing,
    outside,
    refused: (url) => (outside.includes(url) ? Promise.resolve() : new Promise((resolve) => waiting.set(url, resolve))),
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    close: () => context.close(),
  };
}

export function officeJsCspTests(browser: Browser, server: StaticServer): void {
  test("the real office.js reaches its outside-Office state under taskpane.html's CSP: no violation, nothing leaves localhost", async () => {
    const v = await visit(browser, server);
    try {
      const info = await v.page.evaluate(() => Office.onReady());
      assert.deepEqual({ host: info.host, platform: info.platform }, { host: null, platform: null }, "Office.onReady outside Office");
      await v.page.getByRole("heading", { name: "Open this pane from Excel" }).waitFor({ timeout: 20_000 });
      // office.js's last step outside Office: its telemetry frame. Allowed by frame-src, it is
      // requested (and refused here); blocked by the policy, it would be a violation instead.
      await v.page.waitForFunction((src) => Boolean(document.querySelector(`iframe[src="${src}"]`)), TELEMETRY_FRAME, { timeout: 20_000 });
      const violated = v.page
        .waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0, undefined, { timeout: 20_000 })
        .then(
          () => undefined,
          () => undefined, // no violation within the limit (or the page closed): the assertions below say which
        );
      await Promise.race([v.refused(TELEMETRY_FRAME), violated]);
      assert.deepEqual(await v.violations(), [], "Content-Security-Policy violations");
      assert.deepEqual(v.cdnFiles, ["office.js", "o15apptofilemappingtable.js"], "files loaded from office.js's CDN folder");
      assert.deepEqual(v.missing, [], "files office.js asked for that the package does not have");
      assert.deepEqual(v.outside, [TELEMETRY_FRAME], "requests to other hosts (refused by the test)");
      assert.deepEqual(v.errors, [], "uncaught errors");
    } finally {
      await v.close();
    }
  });

  test("with Excel on the web's host string, the real office.js loads its Excel host script and strings under the same CSP", async () => {
    // Excel opens the pane with _host_Info=<app>$<platform>$<version>$<locale>$…; office.js then
    // loads <app>-<platform>-<version>.js and <locale>/office_strings.js from its own folder. With
    // no Excel around it then waits for the host (and throws for want of its conversation id,
    // which only a real host provides), so the test waits for those two scripts to have run.
    const v = await visit(browser, server, "?_host_Info=Excel$Web$16.00$en-US$$$$0");
    try {
      await v.page.waitForFunction(
        () => {
          const w = window as unknown as { Strings?: { OfficeOM?: unknown }; Excel?: { run?: unknown } };
          return Boolean(w.Strings?.OfficeOM) && typeof w.Excel?.run === "function";
        },
        undefined,
        { timeout: 20_000 },
      );
      assert.ok(v.cdnFiles.includes("excel-web-16.00.js"), `host script not requested: ${v.cdnFiles.join(", ")}`);
      assert.ok(v.cdnFiles.includes("en-us/office_strings.js"), `strings not requested: ${v.cdnFiles.join(", ")}`);
      assert.deepEqual(v.missing, [], "files office.js asked for that the package does not have");
      assert.deepEqual(await v.violations(), [], "Content-Security-Policy violations");
      assert.deepEqual(v.outside, [], "requests to other hosts");
    } finally {
      await v.close();
    }
  });
}
