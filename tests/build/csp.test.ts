// The pages' Content-Security-Policies as written, against what docs/security.md says office.js
// loads (with its sources). The browser suite tests/browser/suites/officeJsCsp.ts runs the real
// office.js under the task pane's policy; this file keeps each allowance named, narrow and
// documented, and keeps the help page free of any outside source.
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SECURITY_DOC = readFileSync(path.join(ROOT, "docs/security.md"), "utf8");

/** The policy of an HTML page's CSP meta element, as directive → sources. */
function policy(page: string): Map<string, string[]> {
  const html = readFileSync(path.join(ROOT, page), "utf8");
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} has no Content-Security-Policy meta element`);
  const directives = content.split(";").map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

/** Every source that is not a keyword ('self', 'none', …) or data:, i.e. every outside URL. */
function outsideSources(p: Map<string, string[]>): string[] {
  return [...p.values()].flat().filter((s) => !s.startsWith("'") && s !== "data:");
}

describe("taskpane.html's Content-Security-Policy", () => {
  const csp = policy("src/taskpane/taskpane.html");

  it("allows scripts from office.js's own CDN folder and the one MicrosoftAjax.js file office.js is reported to load", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com/lib/1/hosted/", "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js"]);
  });

  it("allows office.js's telemetry posts and frames, and nothing else outside", () => {
    expect(csp.get("connect-src")).toEqual(["'self'", "https://*.pipe.aria.microsoft.com"]);
    expect(csp.get("frame-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com/lib/1/hosted/", "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("has no eval, no inline script, no plugin, no base or form redirection, no scheme-wide source", () => {
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
    // https only, a named host (a wildcard at most for one subdomain level of a named domain)
    for (const source of outsideSources(csp)) expect(source).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+){2,}(\/|$)/);
  });

  it("names every outside source in docs/security.md, which gives its reason and source", () => {
    const sources = outsideSources(csp);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(SECURITY_DOC).toContain(`\`${source}\``);
  });
});

describe("help.html's Content-Security-Policy", () => {
  const csp = policy("src/help/help.html");

  it("allows nothing from outside the add-in's own origin (the page does not load office.js)", () => {
    expect(outsideSources(csp)).toEqual([]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });
});
