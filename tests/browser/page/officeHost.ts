// The Office host of the browser tests, run in the page right after Microsoft's own Excel library
// (excel-web-16.00.debug.js from @microsoft/office-js; infra.ts serves both as office.js). The
// workbook is the Excel emulator (tests/support/excel-emulator), bundled into the page: the pane's
// Excel.run(batch) runs the library's Excel.run(url, batch), whose requests the library hands to
// OfficeExtension.HttpUtility's custom send function, and the emulator answers them there.
// Shimmed, because nothing in a plain page answers them and no workbook is behind them: Office
// (onReady, officeTheme, requirements, platform) and CustomFunctions.associate, which records what
// functions.js registers. window.__testHost lets the test seed the workbook, inject faults and
// read the result. The page's query string picks the situation: ?theme=dark, ?host=none (a plain
// browser), ?excelApi=1.12, ?platform=PC.
import { ExcelEmulator, type ExcelEmulatorOptions } from "../../support/excel-emulator/emulator";
import { LibraryConnection, type OfficeJsGlobals } from "../../support/excel-emulator/protocol/transport";
import type { TestHost } from "./testHost";

type Send = Parameters<OfficeJsGlobals["OfficeExtension"]["HttpUtility"]["setCustomSendRequestFunc"]>[0];
type Run = (...args: unknown[]) => Promise<unknown>;

const params = new URLSearchParams(location.search);
const dark = params.get("theme") === "dark";
const inExcel = params.get("host") !== "none";
const requirements = { ExcelApi: params.get("excelApi") ?? "1.13" };

const page = window as unknown as OfficeJsGlobals & { Office?: unknown; CustomFunctions?: Record<string, unknown>; __testHost: TestHost };
const library = { Excel: page.Excel, OfficeExtension: page.OfficeExtension };

// The emulator's connection answers every request; the send function the library really calls
// waits `latency` ms first, like a round trip to Excel on the web.
let answer: Send | undefined;
const connection = new LibraryConnection({ Excel: library.Excel, OfficeExtension: { HttpUtility: { setCustomSendRequestFunc: (send) => (answer = send) } } }, false);
let latency = 0;
library.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  if (!answer) throw new Error("the Excel emulator is not connected");
  return answer(request);
});

let selection = "B2";
/** Excel on the web's behaviour for a taken name in Insert from workbook is undocumented; the pane handles both. */
const defaults: ExcelEmulatorOptions = { requirements, insertedNameClash: "rename" };
let emulator = new ExcelEmulator({ ...defaults, selection }, connection);

// The pane calls Excel.run(batch); the library's own Excel.run(url, batch) makes a
// new Excel.RequestContext(url) for it. Calls that already name a URL pass through unchanged.
const libraryRun = library.Excel.run as unknown as Run;
(library.Excel as unknown as { run: Run }).run = (...args) => (typeof args[0] === "function" ? libraryRun(emulator.url, ...args) : libraryRun(...args));

const registered: { id: string; at: number }[] = [];

page.__testHost = {
  reset(options) {
    emulator = new ExcelEmulator({ ...defaults, selection, ...options }, connection);
  },
  snapshot: () => emulator.snapshot(),
  sheetNames: () => emulator.sheetNames(),
  failAfter(actions) {
    const index = emulator.operationCount + actions;
    emulator.failAt(index);
    return index;
  },
  lastFailure: () => emulator.lastFailure,
  setLatency(ms) {
    latency = ms;
  },
  select(address) {
    selection = address;
    emulator.select(address);
  },
  activate: (name) => emulator.coAuthor.activate(name),
  setCell: (sheet, address, value) => emulator.coAuthor.setCell(sheet, address, value),
  registered,
};

const officeTheme = dark
  ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" }
  : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };

const info = inExcel ? { host: "Excel", platform: params.get("platform") ?? "OfficeOnline" } : { host: null, platform: null };

// The library replaced window.Office with its own namespace at load (OSF.NamespaceManager
// .enableShortcut); its Office.context comes from an Office host that is not here. The shim takes
// its place; the library itself reads only Office.context.requirements (CommonUtility.isSetSupported).
page.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  onReady(callback?: (i: typeof info) => void) {
    return new Promise((resolve) => setTimeout(() => (callback?.(info), resolve(info)), 10));
  },
  context: {
    officeTheme: inExcel ? officeTheme : undefined,
    platform: info.platform,
    get requirements() {
      return emulator.requirements;
    },
  },
};

// CustomFunctions.Error and ErrorCode are the library's own (its custom-functions runtime sets them
// at load, without starting: no Office host asks it to). associate is office.js's, which is not
// loaded: it is recorded instead.
const customFunctions = (page.CustomFunctions ??= {});
customFunctions.associate = (id: string) => void registered.push({ id, at: performance.now() });
