// One browser page per scenario, all sharing what the whole run checks at the end: requests to
// third parties, Content-Security-Policy violations, uncaught page errors.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../support/excel-emulator";
import { OFFICE_JS_URL, type StaticServer } from "./infra";
import type { TestHostWindow } from "./page/testHost";

export type RunLog = { thirdParty: string[]; csp: string[]; pageErrors: string[]; consoleErrors: string[] };

export type OpenOptions = {
  /** Query string for the page's Office host (theme, host, excelApi, platform). */
  query?: string;
  /** Page path on the server; default taskpane.html. */
  path?: string;
  viewport?: { width: number; height: number };
  /** The page is meant to violate its CSP (a probe): its violations stay out of the run's log. */
  probeCsp?: boolean;
  /** Requests for which this returns a promise are answered only when it resolves. */
  hold?: (url: string) => Promise<void> | undefined;
};

export type PaneHandle = {
  page: Page;
  context: BrowserContext;
  /** JavaScript files requested by this page, in order (pathnames). */
  scripts: string[];
  snapshot(): Promise<WorkbookSnapshot>;
  /** The Content-Security-Policy violations reported so far. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
};

export class Session {
  readonly log: RunLog = { thirdParty: [], csp: [], pageErrors: [], consoleErrors: [] };

  constructor(
    private readonly browser: Browser,
    readonly server: StaticServer,
    /** The body served for office.js: the real Excel library and the page's Office host (infra.ts). */
    private readonly officeHost: string,
  ) {}

  async open(options: OpenOptions = {}): Promise<PaneHandle> {
    const context = await this.browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: options.viewport ?? { width: 360, height: 900 },
      deviceScaleFactor: 2,
      reducedMotion: "reduce",
    });
    const scripts: string[] = [];
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} ${e.sample}`));
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: this.officeHost });
      if (!url.startsWith(`${this.server.origin}/`)) {
        this.log.thirdParty.push(url);
        return route.abort("blockedbyclient");
      }
      const pathname = new URL(url).pathname;
      if (pathname.endsWith(".js")) scripts.push(pathname);
      await options.hold?.(url);
      return route.continue();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => this.log.pageErrors.push(`${options.path ?? "taskpane.html"}?${options.query ?? ""}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") this.log.consoleErrors.push(m.text());
    });
    await page.goto(`${this.server.origin}/${options.path ?? "taskpane.html"}${options.query ? `?${options.query}` : ""}`);
    const log = this.log;
    const cspViolations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    return {
      page,
      context,
      scripts,
      snapshot: () => page.evaluate(() => (window as unknown as TestHostWindow).__testHost.snapshot()),
      cspViolations,
      async close() {
        if (!options.probeCsp) log.csp.push(...(await cspViolations().catch(() => [])));
        await context.close();
      },
    };
  }
}

export type { TestHostWindow } from "./page/testHost";

/** Waits until the gallery shows its Insert buttons, enabled. */
export async function galleryReady(page: Page): Promise<void> {
  const insert = page.getByRole("button", { name: "Insert Complete model" });
  await insert.waitFor({ state: "visible", timeout: 20_000 });
  if ((await insert.getAttribute("aria-disabled")) === "true") throw new Error("Insert buttons are disabled after load");
}
