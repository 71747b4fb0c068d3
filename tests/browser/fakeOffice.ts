// A fake Office host for the browser tests, served in place of office.js. It wraps the strict
// in-memory Excel (tests/support/strict-excel) as Excel.run, answers Office.onReady like Excel on
// the web, records the custom functions functions.js registers, and exposes window.__fakeHost for
// the test to seed the workbook, inject faults and read the result. The page's query string picks
// the situation: ?theme=dark, ?host=none (a plain browser), ?excelApi=1.12, ?platform=PC.
// The pane also needs Workbook.insertWorksheetsFromBase64 ("Insert from workbook…"), which the
// strict fake lacks: it is added here on top of the strict fake's own proxies, so its writes go
// through its queue. "Insert example" uses the strict fake's own Workbook.getActiveCell.
import type { ExcelApi } from "../../src/excel/api";
import { StrictExcel, fakeRequirements, type StrictExcelOptions, type WorkbookSnapshot } from "../support/strictExcel";

const params = new URLSearchParams(location.search);
const dark = params.get("theme") === "dark";
const inExcel = params.get("host") !== "none";

let selection = "B2";
let strict = new StrictExcel({ selection });
/** Milliseconds each sync takes, like a round trip to Excel on the web (0: as fast as possible). */
let latency = 0;
const registered: { id: string; at: number }[] = [];

/** Excel's rule for a copied sheet whose name is taken: "Plan (2)", "Plan (3)", … */
function freeName(name: string, taken: string[]): string {
  let candidate = name;
  for (let n = 2; taken.some((t) => t.toUpperCase() === candidate.toUpperCase()); n++) candidate = `${name} (${n})`;
  return candidate;
}

type Extended = ExcelApi & { workbook: ExcelApi["workbook"] & Record<string, unknown> };

function extend(context: ExcelApi): Extended {
  const workbook = context.workbook;
  const extras = {
    insertWorksheetsFromBase64(_base64: string, options?: Excel.InsertWorksheetOptions) {
      const taken = strict.sheetNames();
      const snapshot = strict.snapshot();
      const after = snapshot.sheets.find((s) => s.name === snapshot.activeSheet)?.position ?? taken.length - 1;
      const names: string[] = [];
      (options?.sheetNamesToInsert ?? []).forEach((name, i) => {
        const finalName = freeName(name, [...taken, ...names]);
        names.push(finalName);
        const sheet = workbook.worksheets.add(finalName);
        sheet.position = after + 1 + i;
        sheet.getRange("A1").formulas = [[`Inserted from a workbook: ${name}`]];
      });
      return { value: names }; // the fake's sheet ids are their names: getItem(id) finds them
    },
  };
  const workbookProxy = new Proxy(workbook, {
    get: (target, key, receiver) => (key in extras ? extras[key as keyof typeof extras] : Reflect.get(target, key, receiver)),
  });
  const sync = async () => {
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    return context.sync();
  };
  return new Proxy(context, {
    get: (target, key, receiver) => (key === "workbook" ? workbookProxy : key === "sync" ? sync : Reflect.get(target, key, receiver)),
  }) as Extended;
}

const host = {
  /** Replaces the workbook (and forgets faults). */
  reset(options?: StrictExcelOptions) {
    strict = new StrictExcel({ selection, ...options });
  },
  snapshot: (): WorkbookSnapshot => strict.snapshot(),
  sheetNames: () => strict.sheetNames(),
  /** Makes the n-th operation of the next request(s) fail once (1-based, counted from now). */
  failAfter(operations: number) {
    strict.failAt(strict.operationCount + operations);
  },
  lastFailure: () => strict.lastFailure,
  setLatency(ms: number) {
    latency = ms;
  },
  select(address: string) {
    selection = address;
    strict.select(address);
  },
  activate(name: string) {
    void strict.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  },
  setCell(sheet: string, address: string, value: string | number) {
    return strict.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).formulas = [[value]];
      await context.sync();
    });
  },
  registered,
};

const officeTheme = dark
  ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" }
  : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };

const info = inExcel ? { host: "Excel", platform: params.get("platform") ?? "OfficeOnline" } : { host: null, platform: null };

Object.assign(window, {
  __fakeHost: host,
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback?: (i: typeof info) => void) {
      return new Promise((resolve) => setTimeout(() => (callback?.(info), resolve(info)), 10));
    },
    context: {
      officeTheme: inExcel ? officeTheme : undefined,
      platform: info.platform,
      requirements: fakeRequirements({ ExcelApi: params.get("excelApi") ?? "1.13" }),
    },
  },
  Excel: { run: <T>(batch: (context: Extended) => Promise<T>) => strict.run((context) => batch(extend(context))) },
  CustomFunctions: {
    associate(id: string) {
      registered.push({ id, at: performance.now() });
    },
    Error: class CustomFunctionsError extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  },
});
