// Source of truth: issue 5's security requirements: no bundle uses eval or new Function; the pane
// page's Content-Security-Policy allows only the add-in's own scripts, styles and images plus
// office.js; the page loads no script from anywhere else.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ensureBuilt } from "../support/build";

const dist = ensureBuilt();
const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");

function csp(): Map<string, string[]> {
  const content = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

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

  it("has a Content-Security-Policy that allows only the add-in's origin and office.js", () => {
    const policy = csp();
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("img-src")?.every((s) => s === "'self'" || s === "data:")).toBe(true);
    expect(policy.get("style-src")?.[0]).toBe("'self'");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    const everything = [...policy.values()].flat();
    expect(everything.filter((s) => /^https?:/.test(s))).toEqual(["https://appsforoffice.microsoft.com"]);
    expect(everything).not.toContain("'unsafe-eval'");
  });
});
