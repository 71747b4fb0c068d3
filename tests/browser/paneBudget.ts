// Which JavaScript files the task pane page needs before the template gallery is interactive, and
// their gzip size. The page's own <script> tags (office.js excluded: Microsoft's CDN serves it)
// plus the chunks its entry loads before handing over to React. The chunks are found by running
// the built scripts in a bare VM with a stand-in for office.js and recording the <script> tags
// webpack's runtime adds, up to the moment mountPane runs. bench/pane.bench.ts prints the figure;
// the browser test proves the list is enough, by holding back every other script until the
// gallery is interactive in Chromium. Each Office theme loads its own Fluent theme chunk, so the
// list is found for both, and the budget holds for each.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/** Issue 11: at most 110 KB gzip of JavaScript before the gallery is interactive (KB = 1024 bytes). */
export const PANE_BUDGET_BYTES = 110 * 1024;
export type PaneTheme = "light" | "dark";
/** What Office reports as its body background in each theme (dark: luminance below 0.2). */
const OFFICE_BODY: Record<PaneTheme, string> = { light: "#FFFFFF", dark: "#262626" };
const ORIGIN = "https://localhost:3000/";

type FakeScript = { src: string; onload?: (e: unknown) => void; [key: string]: unknown };

/** The local <script src> of taskpane.html, in order. */
export function pageScripts(dist: string): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** Runs the page's scripts and returns the chunk files loaded before the pane mounts. */
async function chunksBeforeMount(dist: string, scripts: string[], theme: PaneTheme): Promise<string[]> {
  const loaded: string[] = [];
  let mounted = false;
  const root = {
    replaceChildren: () => (mounted = true), // mountPane's first step: everything it needs is loaded
    textContent: "",
  };
  const context = vm.createContext({});
  const document = {
    currentScript: null as { src: string; tagName: string } | null,
    head: {
      appendChild(script: FakeScript) {
        const file = new URL(script.src, ORIGIN).pathname.slice(1);
        loaded.push(file);
        setTimeout(() => {
          vm.runInContext(readFileSync(path.join(dist, file), "utf8"), context, { filename: file });
          script.onload?.({ type: "load", target: script });
        });
        return script;
      },
    },
    getElementById: (id: string) => (id === "root" ? root : null),
    getElementsByTagName: () => [],
    createElement: (): FakeScript => ({ src: "", style: {}, setAttribute() {} }),
  };
  Object.assign(context, {
    document,
    location: { href: `${ORIGIN}taskpane.html` },
    navigator: { userAgent: "pane-budget" },
    Office: {
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { officeTheme: { bodyBackgroundColor: OFFICE_BODY[theme] }, requirements: { isSetSupported: () => true } },
    },
    CustomFunctions: { associate() {} },
    setTimeout,
    clearTimeout,
    console: { ...console, error() {}, warn() {} }, // React rejects the stand-in root after mount starts
  });
  context.self = context.window = context.globalThis = context;
  for (const src of scripts) {
    document.currentScript = { src: new URL(src, ORIGIN).href, tagName: "SCRIPT" };
    vm.runInContext(readFileSync(path.join(dist, src), "utf8"), context, { filename: src });
  }
  document.currentScript = null;
  for (let i = 0; i < 400 && !mounted; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!mounted) throw new Error(`the pane never mounted; chunks loaded: ${loaded.join(", ") || "none"}`);
  return loaded;
}

export type PaneFile = { file: string; gzipBytes: number };

/** The files needed before the gallery is interactive in the given theme, in load order, with their gzip sizes. */
export async function paneFilesBeforeGallery(dist: string, theme: PaneTheme = "light"): Promise<PaneFile[]> {
  const scripts = pageScripts(dist);
  const files = [...scripts, ...(await chunksBeforeMount(dist, scripts, theme))];
  return files.map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length }));
}

export const totalBytes = (files: PaneFile[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
