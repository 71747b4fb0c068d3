// Node only: loads Microsoft's custom-functions runtime (custom-functions-runtime.debug.js from the
// pinned @microsoft/office-js package) into a fresh vm context, as a functions page loads it, so a
// built functions.js can register with the real CustomFunctions.associate and throw the real
// CustomFunctions.Error. The runtime looks for its own <script> tag and appends host scripts to
// <head> (recorded, never loaded); it needs nothing else at load time. With a native bridge
// (functionsHost.ts), the runtime takes invocations from a host and sends it their results, as in
// Excel.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { OFFICE_JS_DIR } from "./loadOfficeJs";

export const CUSTOM_FUNCTIONS_RUNTIME = path.join(OFFICE_JS_DIR, "dist", "custom-functions-runtime.debug.js");

export type CustomFunctionsRuntime = {
  /** The page's global scope (a vm context, or this realm's globalThis: see RuntimeOptions.realm). */
  page: vm.Context;
  /** Runs a script in the page (functions.js). */
  run(source: string, filename: string): unknown;
  CustomFunctions: {
    associate(id: string, fn: (...args: unknown[]) => unknown): void;
    /** The runtime's registry: upper-cased id → function (Association.mappings). */
    _association: { mappings: Record<string, (...args: unknown[]) => unknown> };
    Error: new (code: string, message?: string) => Error & { code: string; toJSON(): Record<string, unknown> };
    ErrorCode: Record<string, string>;
  };
  /** What the runtime logged and the scripts it tried to add. */
  log: string[];
};

/** How the page is set up; the defaults suit registration tests. */
export interface RuntimeOptions {
  /**
   * Microsoft's `_richApiNativeBridge`, present when the runtime loads: the runtime then sets its
   * `onMessageFromHost` and sends its requests (the results of invocations) to `sendMessageToHost`.
   */
  nativeBridge?: { sendMessageToHost(text: string): void };
  /** The page's setTimeout (default: Node's, unref'd so a test can end). */
  setTimeout?: (callback: () => void, ms?: number) => unknown;
  /**
   * The page keeps its own built-ins (JSON, Promise, errors) instead of Node's, as a browser page
   * does: arrays the runtime parses are then made in the realm of the functions that read them.
   */
  ownBuiltins?: boolean;
  /**
   * "vm" (the default): a fresh vm context. "this": this realm, whose globals the page takes over
   * (window, document, setTimeout...), for a process of its own such as a bench. A vm context looks
   * up every global through Node's interceptor, about 100× slower than a page does (measured:
   * 200,000 calls of `Array.isArray` take 24 ms in a vm context, 0.26 ms with the function held in a
   * local), which would time Node's vm instead of the functions.
   */
  realm?: "vm" | "this";
}

export function loadCustomFunctionsRuntime(options: RuntimeOptions = {}): CustomFunctionsRuntime {
  const log: string[] = [];
  const record = (...args: unknown[]) => void log.push(args.map(String).join(" "));
  const head = { appendChild: (script: { src?: string }) => void log.push(`script ${script.src}`) };
  const runtimeTag = { src: "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.debug.js", getAttribute: () => null };
  const document = {
    readyState: "complete",
    addEventListener() {},
    getElementsByTagName: (tag: string) => (tag === "script" ? [runtimeTag] : tag === "head" ? [head] : []),
    getElementById: () => null,
    createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
    querySelectorAll: () => [],
    body: null,
    documentElement: { getAttribute: () => null },
  };
  const page: Record<string, unknown> = {
    console: { log: record, warn: record, error: record, info: record, debug: record },
    document,
    navigator: { userAgent: "excel-emulator (node)" },
    location: { href: "https://localhost/functions.html", protocol: "https:", host: "localhost", hostname: "localhost", pathname: "/functions.html", search: "", hash: "" },
    history: { replaceState() {}, pushState() {} },
    setTimeout: options.setTimeout ?? ((callback: () => void, ms?: number) => setTimeout(callback, ms).unref()),
    clearTimeout: options.setTimeout ? () => undefined : clearTimeout,
    ...(options.ownBuiltins ? {} : { Promise, JSON, Error, TypeError, RangeError }),
    addEventListener() {},
  };
  if (options.nativeBridge) page._richApiNativeBridge = options.nativeBridge;
  const source = readFileSync(CUSTOM_FUNCTIONS_RUNTIME, "utf8");
  if (options.realm === "this") {
    // This realm's own console and built-ins stay; the rest of the page becomes its globals.
    const { console: _console, Promise: _p, JSON: _j, Error: _e, TypeError: _t, RangeError: _r, ...globals } = page;
    for (const [name, value] of Object.entries({ ...globals, window: globalThis, self: globalThis })) {
      Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: true });
    }
    const run = (script: string, filename: string) => vm.runInThisContext(script, { filename });
    run(source, CUSTOM_FUNCTIONS_RUNTIME);
    const here = globalThis as unknown as { CustomFunctions: CustomFunctionsRuntime["CustomFunctions"] };
    return { page: globalThis as vm.Context, run, CustomFunctions: here.CustomFunctions, log };
  }
  page.window = page;
  page.self = page;
  page.globalThis = page;
  const context = vm.createContext(page);
  const run = (script: string, filename: string) => vm.runInContext(script, context, { filename });
  run(source, CUSTOM_FUNCTIONS_RUNTIME);
  return { page: context, run, CustomFunctions: page.CustomFunctions as CustomFunctionsRuntime["CustomFunctions"], log };
}
