// Source of truth: the add-in manifest XSDs (schemas/addin-manifest) and the rules Excel on the web
// applies that no schema states (resids, https, icon sizes, the GR namespace), and Microsoft's
// "AppDomain element" page for what an AppDomain may hold.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { DEV_BASE_URL, manifestProblems, statedIcons } from "../../scripts/manifest/checks";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => manifestProblems(xml, { baseUrl: DEV_BASE_URL, siteDir: ROOT });
const doc = (xml: string) => new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;

/** Replaces exactly one occurrence, so a broken-on-purpose manifest breaks in one known place. */
function breakOnce(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

describe("manifest.xml", () => {
  it("passes the XSDs and every rule no schema states", async () => {
    expect(await check(MANIFEST)).toEqual([]);
  });

  it("is a TaskPaneApp for Workbook with the display name and a real GUID", () => {
    expect(MANIFEST).toMatch(/xsi:type="TaskPaneApp"/);
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="Great Reallocation Toolkit"\/>/);
    const id = /<Id>([^<]+)<\/Id>/.exec(MANIFEST)?.[1] ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("declares the shared runtime: a long-lived Runtime on the task pane URL and SharedRuntime 1.1", () => {
    expect(MANIFEST).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(MANIFEST).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    // The custom functions page and the task pane must be the same page to share the runtime.
    expect(MANIFEST).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("points the custom functions at functions.js and functions.json in namespace GR", () => {
    expect(MANIFEST).toMatch(/"Functions.Script.Url" DefaultValue="https:\/\/localhost:3000\/functions.js"/);
    expect(MANIFEST).toMatch(/"Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json"/);
    expect(MANIFEST).toMatch(/"Functions.Namespace" DefaultValue="GR"/);
  });

  it("lists no AppDomain: its pages come only from its own origin, which needs none", () => {
    expect(MANIFEST).not.toMatch(/<AppDomain>/);
  });

  it("states icons of 16, 32, 64 and 80 px", () => {
    const sizes = new Set(statedIcons(doc(MANIFEST)).map((i) => i.size));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });
});

describe("manifests broken on purpose fail with a clear message", () => {
  it("rejects elements in the wrong order (schema)", async () => {
    const swapped = breakOnce(
      MANIFEST,
      '<ProviderName>Great Reallocation Toolkit team</ProviderName>\n  <DefaultLocale>en-US</DefaultLocale>',
      '<DefaultLocale>en-US</DefaultLocale>\n  <ProviderName>Great Reallocation Toolkit team</ProviderName>',
    );
    const problems = await check(swapped);
    expect(problems.join("\n")).toMatch(/schema: .*DefaultLocale.*(not expected|Expected is)/);
  });

  it("rejects a plain http:// URL and names the element", async () => {
    const http = breakOnce(MANIFEST, '"https://localhost:3000/functions.json"', '"http://localhost:3000/functions.json"');
    const problems = await check(http);
    expect(problems).toContain(
      '<bt:Url id="Functions.Metadata.Url">: "http://localhost:3000/functions.json" is not an https:// URL (Office refuses plain http and relative URLs)',
    );
  });

  it("rejects a resid that names no resource", async () => {
    const dangling = breakOnce(MANIFEST, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(await check(dangling)).toContain('resid "Group.Missing" on <Label> names no resource in <Resources>');
  });

  it("rejects a resid that names the wrong kind of resource", async () => {
    const wrongKind = breakOnce(MANIFEST, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>');
    expect(await check(wrongKind)).toContain('resid "Taskpane.Url" on <Label> names a Urls resource; it needs one of ShortStrings');
  });

  it("rejects an icon whose file has another size than stated", async () => {
    const wrongSize = breakOnce(MANIFEST, '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
    expect(await check(wrongSize)).toContain('icon "Icon.80x80": icon-64.png is 64×64 px; the manifest says 80×80');
  });

  it("rejects an icon that does not exist", async () => {
    const missing = breakOnce(MANIFEST, "assets/icon-16.png", "assets/icon-17.png");
    expect((await check(missing)).join("\n")).toMatch(/icon "Icon.16x16": https:\/\/localhost:3000\/assets\/icon-17.png → .*icon-17.png does not exist/);
  });

  it("rejects a namespace other than GR", async () => {
    const ns = breakOnce(MANIFEST, '"Functions.Namespace" DefaultValue="GR"', '"Functions.Namespace" DefaultValue="CONTOSO"');
    expect(await check(ns)).toContain('custom-functions namespace is "CONTOSO"; it must be "GR"');
  });

  describe("AppDomains", () => {
    const SUPPORT_URL = '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>';
    const withAppDomain = (value: string) => breakOnce(MANIFEST, SUPPORT_URL, `${SUPPORT_URL}\n  <AppDomains>\n    <AppDomain>${value}</AppDomain>\n  </AppDomains>`);

    it("accepts another domain, with or without an explicit port", async () => {
      expect(await check(withAppDomain("https://login.example.com"))).toEqual([]);
      expect(await check(withAppDomain("https://login.example.com:9999"))).toEqual([]);
    });

    it.each(["https://addins.example.com/great-reallocation/v1", "https://login.example.com/", "https://login.example.com?x=1", "https://*.example.com"])(
      "rejects %s: a domain only",
      async (value) => {
        expect(await check(withAppDomain(value))).toContain(
          `<AppDomain> "${value}" must be a domain only, like https://login.example.com (no path, query, closing slash or wildcard)`,
        );
      },
    );

    it("rejects the add-in's own origin, which has no effect there", async () => {
      expect(await check(withAppDomain("https://localhost:3000"))).toEqual([
        `<AppDomain> "https://localhost:3000" is the add-in's own origin (its SourceLocation); listing it has no effect: remove it`,
      ]);
    });
  });

  it("rejects XML that is not well-formed", async () => {
    const bad = MANIFEST.replace("</OfficeApp>", "");
    expect((await check(bad))[0]).toMatch(/not well-formed/);
  });
});
