// Node only: loads Microsoft's Excel client library (excel-web-16.00.debug.js from the pinned
// @microsoft/office-js package) into a vm context with the little of a browser page it touches at
// load time, and connects it to the emulator. One library per module registry (per jest test
// file), shared by every emulator there; requests reach each emulator by its URL.
//
// The context gets this realm's Error, JSON and Promise, so the library's errors are `instanceof
// Error` here and the values it parses are this realm's arrays and objects, as in a page where the
// add-in and office.js share one realm.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { LibraryConnection, type OfficeJsGlobals } from "./protocol/transport";

export const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
export const EXCEL_LIBRARY = path.join(OFFICE_JS_DIR, "dist", "excel-web-16.00.debug.js");

/** What the library logs (it never prints: tests stay quiet). */
export const libraryLog: string[] = [];

let connection: LibraryConnection | undefined;

function pageStub(): Record<string, unknown> {
  const record = (...args: unknown[]) => void libraryLog.push(args.map(String).join(" "));
  const element = () => ({ style: {}, setAttribute() {}, getAttribute: () => null, appendChild() {}, addEventListener() {} });
  const document = {
    getElementById: () => null,
    createElement: element,
    addEventListener() {},
    querySelectorAll: () => [],
    body: null,
    documentElement: element(),
    readyState: "complete",
    cookie: "",
    URL: "https://localhost/taskpane.html",
  };
  const location = { href: "https://localhost/taskpane.html", protocol: "https:", host: "localhost", hostname: "localhost", pathname: "/taskpane.html", search: "", hash: "" };
  const page: Record<string, unknown> = {
    console: { log: record, warn: record, error: record, info: record, debug: record },
    document,
    location,
    navigator: { userAgent: "excel-emulator (node)" },
    // Excel.run retries a failed cleanup request after 5 s (ClientRequestContext._runCommon): such a
    // timer must not keep a test process alive.
    setTimeout: (callback: () => void, ms?: number) => setTimeout(callback, ms).unref(),
    clearTimeout,
    Promise,
    JSON,
    Error,
    TypeError,
    RangeError,
    addEventListener() {},
    removeEventListener() {},
  };
  page.window = page;
  page.self = page;
  return page;
}

/** The real library, loaded once, with its send functions answering from emulated hosts. */
export function officeJs(): LibraryConnection {
  if (!connection) {
    const page = vm.createContext(pageStub());
    vm.runInContext(readFileSync(EXCEL_LIBRARY, "utf8"), page, { filename: EXCEL_LIBRARY });
    connection = new LibraryConnection(page as unknown as OfficeJsGlobals, true);
  }
  return connection;
}
