// Offline manifest validation: the add-in manifest XSDs (schemas/addin-manifest, via xmllint-wasm)
// plus what no schema states but Excel on the web refuses: dangling resids, http:// URLs, icons
// that are missing or of the wrong size, the wrong custom-functions namespace, AppDomains that are
// URLs rather than domains.
// Results are data: a list of problems, each a sentence a developer can act on.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import { PNG } from "pngjs";

export const SCHEMA_DIR = path.resolve(__dirname, "../../schemas/addin-manifest");
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";
export const DEV_BASE_URL = "https://localhost:3000";
export const EXPECTED_NAMESPACE = "GR";

/** Validates manifest text against the XSDs. Returns one message per schema error. */
export async function schemaProblems(xml: string, fileName = "manifest.xml"): Promise<string[]> {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const load = (f: string) => ({ fileName: f, contents: readFileSync(path.join(SCHEMA_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(ENTRY_SCHEMA)],
    preload: files.filter((f) => f !== ENTRY_SCHEMA).map(load),
  });
  if (result.valid) return [];
  return result.errors.map((e) => `schema: ${e.rawMessage.trim()}`);
}

function parse(xml: string): { doc: Document | null; problems: string[] } {
  const problems: string[] = [];
  let doc: Document | null = null;
  try {
    doc = new DOMParser({
      onError: (level: string, msg: string) => {
        if (level !== "warning") problems.push(`XML is not well-formed: ${msg}`);
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (e) {
    // xmldom throws on fatal errors after reporting them (or without reporting, for some).
    if (problems.length === 0) problems.push(`XML is not well-formed: ${(e as Error).message}`);
  }
  return { doc: problems.length ? null : doc, problems };
}

function elements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*")) as unknown as Element[];
}

/** Resource ids declared under <Resources>, by kind (Images, Urls, ShortStrings, LongStrings). */
function resources(doc: Document): Map<string, { kind: string; value: string }> {
  const found = new Map<string, { kind: string; value: string }>();
  for (const el of elements(doc)) {
    const parent = el.parentNode as Element | null;
    if (!parent || !/^(bt:)?(Images|Urls|ShortStrings|LongStrings)$/.test(parent.nodeName)) continue;
    const id = el.getAttribute("id");
    if (id) found.set(id, { kind: parent.nodeName.replace(/^bt:/, ""), value: el.getAttribute("DefaultValue") ?? "" });
  }
  return found;
}

/** Which kind of resource each referring element must name. */
function expectedKind(el: Element): string | null {
  const name = el.nodeName.replace(/^bt:/, "");
  if (name === "Image") return "Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
  if (["Label", "Title", "Namespace"].includes(name)) return "ShortStrings";
  if (name === "Description") return "LongStrings";
  return null;
}

export function residProblems(doc: Document): string[] {
  const res = resources(doc);
  const problems: string[] = [];
  for (const el of elements(doc)) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    const target = res.get(resid);
    if (!target) {
      problems.push(`resid "${resid}" on <${el.nodeName}> names no resource in <Resources>`);
      continue;
    }
    const kind = expectedKind(el);
    if (kind && kind !== target.kind) {
      problems.push(`resid "${resid}" on <${el.nodeName}> names a ${target.kind} resource; it needs one of ${kind}`);
    }
  }
  return problems;
}

/** Every URL the host will load: DefaultValue attributes of URL elements, AppDomain text. */
export function manifestUrls(doc: Document): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const el of elements(doc)) {
    const name = el.nodeName.replace(/^bt:/, "");
    const value = el.getAttribute("DefaultValue");
    const parent = (el.parentNode as Element | null)?.nodeName.replace(/^bt:/, "");
    const isUrl =
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(name) ||
      (name === "Image" && parent === "Images") ||
      (name === "Url" && parent === "Urls");
    if (isUrl && value !== null) urls.push({ where: `<${el.nodeName}${el.getAttribute("id") ? ` id="${el.getAttribute("id")}"` : ""}>`, url: value });
    if (name === "AppDomain") urls.push({ where: "<AppDomain>", url: (el.textContent ?? "").trim() });
  }
  return urls;
}

export function httpsProblems(doc: Document): string[] {
  return manifestUrls(doc)
    .filter(({ url }) => !/^https:\/\/[^\s]+$/.test(url))
    .map(({ where, url }) => `${where}: "${url}" is not an https:// URL (Office refuses plain http and relative URLs)`);
}

/** Icons with their stated pixel size: bt:Image size="n", IconUrl (32), HighResolutionIconUrl (64). */
export function statedIcons(doc: Document): { where: string; url: string; size: number }[] {
  const res = resources(doc);
  const icons: { where: string; url: string; size: number }[] = [];
  for (const el of elements(doc)) {
    const name = el.nodeName.replace(/^bt:/, "");
    if (name === "IconUrl" || name === "HighResolutionIconUrl") {
      icons.push({ where: `<${name}>`, url: el.getAttribute("DefaultValue") ?? "", size: name === "IconUrl" ? 32 : 64 });
    } else if (name === "Image" && el.getAttribute("resid") && el.getAttribute("size")) {
      const target = res.get(el.getAttribute("resid") ?? "");
      if (target) icons.push({ where: `icon "${el.getAttribute("resid")}"`, url: target.value, size: Number(el.getAttribute("size")) });
    }
  }
  return icons;
}

/** Maps a manifest URL to the file that serves it, relative to the folder the site is served from. */
export function localFileFor(url: string, baseUrl: string, siteDir: string): string | null {
  const base = baseUrl.replace(/\/+$/, "") + "/";
  if (!url.startsWith(base)) return null;
  return path.join(siteDir, decodeURI(url.slice(base.length).split(/[?#]/)[0]));
}

export function iconProblems(doc: Document, baseUrl: string, siteDir: string): string[] {
  const problems: string[] = [];
  for (const icon of statedIcons(doc)) {
    const file = localFileFor(icon.url, baseUrl, siteDir);
    if (!file) {
      problems.push(`${icon.where}: ${icon.url} is not under ${baseUrl}, so its size cannot be checked`);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`${icon.where}: ${icon.url} → ${path.relative(process.cwd(), file)} does not exist`);
      continue;
    }
    try {
      const png = PNG.sync.read(readFileSync(file));
      if (png.width !== icon.size || png.height !== icon.size) {
        problems.push(`${icon.where}: ${path.basename(file)} is ${png.width}×${png.height} px; the manifest says ${icon.size}×${icon.size}`);
      }
    } catch (e) {
      problems.push(`${icon.where}: ${path.basename(file)} is not a readable PNG (${(e as Error).message})`);
    }
  }
  return problems;
}

export function namespaceProblems(doc: Document): string[] {
  const res = resources(doc);
  const ns = elements(doc).find((el) => el.nodeName === "Namespace");
  if (!ns) return [`no custom-functions <Namespace> in the manifest (expected "${EXPECTED_NAMESPACE}")`];
  const value = res.get(ns.getAttribute("resid") ?? "")?.value;
  return value === EXPECTED_NAMESPACE ? [] : [`custom-functions namespace is "${value ?? "?"}"; it must be "${EXPECTED_NAMESPACE}"`];
}

/**
 * AppDomains hold domains, not URLs (Microsoft, "AppDomain element",
 * https://learn.microsoft.com/javascript/api/manifest/appdomain): protocol and host, a port only if
 * explicit, no path, no closing slash, no wildcard; listing the add-in's own origin (the
 * SourceLocation's) has no effect and is misleading, so it is refused too.
 */
export function appDomainProblems(doc: Document): string[] {
  const source = elements(doc).find((el) => el.nodeName === "SourceLocation" && el.getAttribute("DefaultValue"));
  const ownOrigin = originOf(source?.getAttribute("DefaultValue") ?? "");
  const problems: string[] = [];
  for (const el of elements(doc).filter((e) => e.nodeName === "AppDomain")) {
    const value = (el.textContent ?? "").trim();
    const match = /^(https?:\/\/[^/?#\s*]+)(.*)$/.exec(value);
    if (!match || match[2] !== "" || value.includes("*")) {
      problems.push(`<AppDomain> "${value}" must be a domain only, like https://login.example.com (no path, query, closing slash or wildcard)`);
    } else if (ownOrigin && match[1].toLowerCase() === ownOrigin) {
      problems.push(`<AppDomain> "${value}" is the add-in's own origin (its SourceLocation); listing it has no effect: remove it`);
    }
  }
  return problems;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return null;
  }
}

export type ManifestCheckOptions = {
  /** The base URL the manifest's URLs start with (dev: https://localhost:3000). */
  baseUrl: string;
  /** Folder the URLs are served from (project root for the source manifest, dist/ for a build). */
  siteDir: string;
  fileName?: string;
};

/** Everything wrong with a manifest: schema first, then the rules no schema states. */
export async function manifestProblems(xml: string, options: ManifestCheckOptions): Promise<string[]> {
  const { doc, problems } = parse(xml);
  if (!doc) return problems;
  return [
    ...(await schemaProblems(xml, options.fileName)),
    ...residProblems(doc),
    ...httpsProblems(doc),
    ...appDomainProblems(doc),
    ...iconProblems(doc, options.baseUrl, options.siteDir),
    ...namespaceProblems(doc),
  ];
}

/** The base URL a built manifest uses: the origin+path of its taskpane SourceLocation. */
export function manifestBaseUrl(xml: string): string | null {
  const m = /<SourceLocation DefaultValue="(https:\/\/[^"]+?)\/taskpane\.html"/.exec(xml);
  return m ? m[1] : null;
}
