// Source of truth: issue 5's security requirements: no bundle uses eval or new Function; the page
// loads no script but its own and office.js. The page's Content-Security-Policy, which must also let
// office.js load what it loads, is checked allowance by allowance in tests/build/csp.test.ts
// against docs/security.md.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ensureBuilt } from "../support/build";

const dist = ensureBuilt();
const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");

describe("built bundles", () => {
  it("include the pane's code-split chunks", () => {
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(scripts.some((f) => f.startsWith("pane."))).toBe(true);
  });

  it.each(scripts)("%s calls neither eval nor the Function constructor", (file) => {
    const code = readFileSync(path.join(dist, file), "utf8");
    const offences = [...code.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*["'`]/g)].map((m) =>
      code.slice(Math.max(0, m.index - 40), m.index + 40),
    );
    expect(offences).toEqual([]);
  });
});

describe("taskpane.html", () => {
  it("loads only its own scripts, plus office.js from Microsoft's CDN", () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/); // no inline script
  });
});
