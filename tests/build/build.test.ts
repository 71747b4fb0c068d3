// Build artifacts as Excel meets them: a production build of the current sources (tests/support/build.ts).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PNG } from "pngjs";
import { DEV_BASE_URL, manifestProblems } from "../../scripts/manifest/checks";
import { rewriteBaseUrl } from "../../scripts/manifest/rewriteBase.cjs";
import { loadFunctionsScript, metadataIds, registrationProblems } from "../../scripts/manifest/functionsCheck";
import { DEPLOY_BASE_URL, ensureBuilt } from "../support/build";

const FUNCTION_IDS = [
  "REALLOC_SAVINGS",
  "JWO_NPV",
  "JWO_PAYBACK",
  "JWO_CASHFLOWS",
  "WORKFORCE_PLAN",
  "BUDGET_SHIFT",
  "TALENT_VELOCITY",
  "GENAI_SAVINGS",
];

jest.setTimeout(10 * 60_000);

describe("production build (dev base URL)", () => {
  let dist: string;
  const read = (f: string) => readFileSync(path.join(dist, f), "utf8");
  beforeAll(() => {
    dist = ensureBuilt("dev-base");
  });

  it.each(["taskpane.html", "functions.js", "functions.json", "help.html", "manifest.xml"])("emits %s", (file) => {
    expect(existsSync(path.join(dist, file))).toBe(true);
  });

  it.each([16, 32, 64, 80])("copies the %i px icon at exactly that size", (size) => {
    const png = PNG.sync.read(readFileSync(path.join(dist, "assets", `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it("loads office.js, then functions.js, then the pane in taskpane.html", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=("?)([^"\s>]+)\1/g)].map((m) => m[2]); // minified: quotes optional
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.indexOf("functions.js")).toBeGreaterThan(0);
    expect(scripts.indexOf("taskpane.js")).toBeGreaterThan(scripts.indexOf("functions.js"));
  });

  it.each(["taskpane.html", "help.html"])("serves every local file %s refers to", (page) => {
    const html = read(page);
    const refs = [...html.matchAll(/\s(?:src|href)=("?)([^"\s>]+)\1/g)].map((m) => m[2]);
    const local = refs.filter((r) => !/^(https?:|data:|#|mailto:)/.test(r));
    expect(local.length).toBeGreaterThan(0);
    for (const ref of local) expect([ref, existsSync(path.join(dist, ref.split(/[?#]/)[0]))]).toEqual([ref, true]);
  });

  it("describes exactly the eight GR functions in functions.json", () => {
    expect(metadataIds(read("functions.json")).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("registers every function described in functions.json when functions.js loads on its own", () => {
    expect(registrationProblems(path.join(dist, "functions.js"), path.join(dist, "functions.json"))).toEqual([]);
    expect(loadFunctionsScript(read("functions.js")).map((r) => r.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("keeps functions.js small enough to load on its own (≤ 25 KB gzip)", () => {
    expect(gzipSync(readFileSync(path.join(dist, "functions.js"))).length).toBeLessThanOrEqual(25 * 1024);
  });

  it("points every helpUrl at the function's anchor in help.html", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl?: string }[] };
    for (const f of meta.functions) expect(f.helpUrl).toBe(`${DEV_BASE_URL}/help.html#${f.id}`);
  });

  it("copies a manifest that passes every check against the files in dist/", async () => {
    expect(await manifestProblems(read("manifest.xml"), { baseUrl: DEV_BASE_URL, siteDir: dist })).toEqual([]);
  });
});

describe("production build with ADDIN_BASE_URL", () => {
  let dist: string;
  const read = (f: string) => readFileSync(path.join(dist, f), "utf8");
  beforeAll(() => {
    dist = ensureBuilt("deploy-base");
  });

  it("leaves no localhost in dist/manifest.xml", () => {
    expect(read("manifest.xml")).not.toMatch(/localhost/);
  });

  it("rewrites every manifest URL to the deploy base", () => {
    const urls = [...read("manifest.xml").matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(DEPLOY_BASE_URL)).toBe(true);
  });

  it("writes no AppDomain with a path (none at all: the add-in's own origin needs none)", () => {
    expect(read("manifest.xml")).not.toMatch(/<AppDomains?>/);
  });

  it("drops an AppDomain naming the dev origin instead of rewriting it into https://host/path", async () => {
    const support = '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>';
    const source = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8").replace(
      support,
      `${support}\n  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>`,
    );
    expect(source).toMatch(/<AppDomain>/); // the case under test is really there
    const rewritten = rewriteBaseUrl(source, "manifest.xml", DEPLOY_BASE_URL);
    expect(rewritten).not.toMatch(/<AppDomains?>/);
    expect(await manifestProblems(rewritten, { baseUrl: DEPLOY_BASE_URL, siteDir: dist })).toEqual([]);
  });

  it("rewrites the helpUrls in functions.json", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl?: string }[] };
    for (const f of meta.functions) expect(f.helpUrl).toBe(`${DEPLOY_BASE_URL}/help.html#${f.id}`);
  });

  it("produces a manifest that passes every check against the files in dist/", async () => {
    expect(await manifestProblems(read("manifest.xml"), { baseUrl: DEPLOY_BASE_URL, siteDir: dist })).toEqual([]);
  });
});
