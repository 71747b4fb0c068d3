// The JavaScript the task pane page needs before the template gallery is interactive, in KB gzip,
// against the 150 KB budget (issue 5). Measured on a production build: the page's own scripts
// (functions.js, taskpane.js; office.js excluded, it comes from Microsoft's CDN) plus every chunk
// the entry loads before it hands over to React. The chunk list comes from running the built
// scripts in a bare VM with a stand-in for office.js, recording the <script> tags webpack's
// runtime adds; the browser test (tests/browser) checks the same figure against real requests.
// Run: npx tsx bench/pane.bench.ts  (PANE_DIST=dir to measure an existing build).
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { ensureBuilt } from "../tests/support/build";

const BUDGET_KB = 150;
const ORIGIN = "https://localhost:3000/";

type FakeScript = { src: string; onload?: (e: unknown) => void; onerror?: (e: unknown) => void; [key: string]: unknown };

/** The <script src> of taskpane.html, in order, without office.js. */
function pageScripts(dist: string): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** Runs the page's scripts and returns the chunk files loaded before the pane is mounted. */
async function chunksBeforeMount(dist: string, scripts: string[]): Promise<string[]> {
  const loaded: string[] = [];
  let mounted = false;
  const root = {
    replaceChildren: () => (mounted = true), // mountPane's first step: the pane chunk is running
    set textContent(text: string) {
      if (process.env.DEBUG_BENCH) console.log("root text:", text);
    },
  };
  const head = {
    appendChild(script: FakeScript) {
      const file = new URL(script.src, ORIGIN).pathname.slice(1);
      loaded.push(file);
      setTimeout(() => {
        vm.runInContext(readFileSync(path.join(dist, file), "utf8"), context, { filename: file });
        script.onload?.({ type: "load", target: script });
      });
      return script;
    },
  };
  const document = {
    currentScript: null as { src: string; tagName: string } | null,
    head,
    getElementById: (id: string) => (id === "root" ? root : null),
    getElementsByTagName: () => [],
    createElement: (): FakeScript => ({ src: "", style: {}, setAttribute() {} }),
  };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { officeTheme: undefined, requirements: { isSetSupported: () => true } },
  };
  const context = vm.createContext({
    document,
    location: { href: `${ORIGIN}taskpane.html` },
    navigator: { userAgent: "bench" },
    Office: office,
    CustomFunctions: { associate() {} },
    setTimeout,
    clearTimeout,
    console: process.env.DEBUG_BENCH ? console : { ...console, error() {}, warn() {} }, // React complains about the stand-in root
  });
  context.self = context.window = context.globalThis = context;
  for (const src of scripts) {
    document.currentScript = { src: new URL(src, ORIGIN).href, tagName: "SCRIPT" };
    vm.runInContext(readFileSync(path.join(dist, src), "utf8"), context, { filename: src });
  }
  document.currentScript = null;
  for (let i = 0; i < 200 && !mounted; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!mounted) throw new Error(`the pane never mounted; chunks loaded: ${loaded.join(", ") || "none"}`);
  return loaded;
}

const gzipKB = (dist: string, file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

async function main(): Promise<void> {
  const dist = process.env.PANE_DIST ? path.resolve(process.env.PANE_DIST) : ensureBuilt();
  const scripts = pageScripts(dist);
  const files = [...scripts, ...(await chunksBeforeMount(dist, scripts))];
  const rows = files.map((file) => ({ file, gzipKB: Number(gzipKB(dist, file).toFixed(1)) }));
  const total = files.reduce((sum, file) => sum + gzipKB(dist, file), 0);
  console.log("Task pane: JavaScript needed before the gallery is interactive (office.js excluded)");
  console.table(rows);
  const verdict = total <= BUDGET_KB ? "within budget" : "OVER BUDGET";
  console.log(`pane JS before gallery interactive: ${total.toFixed(1)} KB gzip / budget ${BUDGET_KB} KB (${verdict})`);
  if (total > BUDGET_KB) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
