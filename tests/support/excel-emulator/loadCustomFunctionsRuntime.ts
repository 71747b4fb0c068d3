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
  /** The page's global scope: run functions.js in it with vm.runInContext. */
  page: vm.Context;
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
  page.window = page;
  page.self = page;
  page.globalThis = page;
  const context = vm.createContext(page);
  vm.runInContext(readFileSync(CUSTOM_FUNCTIONS_RUNTIME, "utf8"), context, { filename: CUSTOM_FUNCTIONS_RUNTIME });
  return { page: context, CustomFunctions: page.CustomFunctions as CustomFunctionsRuntime["CustomFunctions"], log };
}
