/**
 * @jest-environment jsdom
 */
// The function reference page: one anchor per function id (each helpUrl's target), built without
// parsing data as HTML, and a template that works under a strict Content-Security-Policy.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { renderFunctionReference } from "../../src/help/render";

const HELP_DIR = path.resolve(__dirname, "../../src/help");
const template = readFileSync(path.join(HELP_DIR, "help.html"), "utf8");

beforeEach(() => {
  document.documentElement.innerHTML = template.replace(/^<!doctype html>/i, "");
  document.getElementById("reference")!.replaceChildren(renderFunctionReference(document, FUNCTION_CATALOG));
});

describe("help page", () => {
  it.each(FUNCTION_CATALOG.map((fn) => [fn.id, fn] as const))("has a section with id %s holding syntax, arguments, examples and errors", (id, fn) => {
    const section = document.getElementById(id)!;
    expect(section.tagName).toBe("SECTION");
    expect(section.querySelector("h2")!.textContent).toBe(`GR.${id}`);
    expect(section.querySelector("pre.syntax")!.textContent).toBe(fn.syntax);
    const captions = [...section.querySelectorAll("caption")].map((c) => c.textContent);
    expect(captions).toEqual(["Arguments", "Examples", "Errors"]);
    const text = section.textContent!;
    for (const arg of fn.arguments) expect(text).toContain(arg.valid);
    for (const example of fn.examples) expect(text).toContain(`${example.formula}${example.result}`);
  });

  it("links every function from the list at the top", () => {
    const hrefs = [...document.querySelectorAll("nav a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(FUNCTION_CATALOG.map((fn) => `#${fn.id}`));
  });

  it("shows text that looks like HTML as text", () => {
    const fn = { ...FUNCTION_CATALOG[0], description: "<img src=x onerror=alert(1)>" };
    document.body.replaceChildren(renderFunctionReference(document, [fn]));
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("has the support sections: getting started, sideloading, troubleshooting #NAME?", () => {
    for (const id of ["getting-started", "sideloading", "troubleshooting"]) expect(document.getElementById(id)).not.toBeNull();
    expect(document.getElementById("troubleshooting")!.textContent).toContain("#NAME?");
  });
});

describe("help page under a strict Content-Security-Policy", () => {
  it("declares a policy without 'unsafe-inline'", () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("has no inline script, style block or style attribute in the template", () => {
    expect(template).not.toMatch(/<style|style=|<script(?![^>]*\bsrc=)/i);
    expect(template).not.toMatch(/\bon[a-z]+=/i);
  });

  it("loads its stylesheet from a file that exists", () => {
    expect(template).toContain('<link rel="stylesheet" href="help.css" />');
    expect(readdirSync(HELP_DIR)).toContain("help.css");
  });

  it("never assigns HTML from code (innerHTML, outerHTML, insertAdjacentHTML, document.write)", () => {
    for (const file of readdirSync(HELP_DIR).filter((f) => f.endsWith(".ts"))) {
      expect(readFileSync(path.join(HELP_DIR, file), "utf8")).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
