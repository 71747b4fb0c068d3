// Insert from workbook (src/excel/importWorkbook.ts) run by the add-in's own Excel.run(batch)
// through Microsoft's client library into the Excel emulator, attached as the document. Office.
// context is the small shim the library has no workbook behind: the emulator's own requirement sets,
// and the platform the emulated host is (its 5 MB limit applies on the web only).
// Source of truth: the Workbook.insertWorksheetsFromBase64 and InsertWorksheetOptions references
// (ExcelApi 1.13; sheetNamesToInsert, positionType, relativeTo; answers the new sheets' ids);
// Microsoft's documented limits (5 MB per request in Excel on the web; there no charts, comments,
// PivotTables or slicers); the messages Excel sends per error code ("Error messages" table,
// learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
// Microsoft documents nothing for a taken sheet name: both readings are run.
// Covered in tests/emulator/importWorkbook.test.ts and not repeated here: Excel on the web refusing
// the request as too large (RequestPayloadSizeLimitExceeded → "too large").
import {
  ImportError,
  WEB_MAX_FILE_BYTES,
  WEB_REQUEST_LIMIT_BYTES,
  base64Length,
  bytesToBase64,
  fileSizeProblem,
  insertSheetsFromWorkbook,
} from "../../src/excel/importWorkbook";
import { ExcelEmulator, type ExcelEmulatorOptions, type ExcelErrorCode, installAsDocument, uninstallDocument } from "../support/excel-emulator";
import { makeXlsx, xlsxOfSize } from "./support/xlsx";

// A file near the web's limit takes seconds through the real library and the emulator on a busy
// machine: the clock must not decide these tests.
jest.setTimeout(60_000);

/** The emulator as the document, with an Office.context that agrees with it. */
const asTheDocument = (options: ExcelEmulatorOptions = {}): ExcelEmulator =>
  installAsDocument(new ExcelEmulator({ sheets: [{ name: "Sheet1" }, { name: "Data" }, { name: "Notes" }], active: "Data", ...options }));

afterEach(uninstallDocument);

const FILE = makeXlsx([{ name: "Plan" }, { name: "Inputs" }, { name: "Lookups" }]);

type WireAction = { Name: string; ObjectPathId: number; ArgumentInfo?: { Arguments: unknown[] } };
type WireRequest = { Actions: WireAction[]; ObjectPaths: Record<string, { Name: string }> };

/** The requests Excel received, as the library wrote them. */
function recordRequests(excel: ExcelEmulator): WireRequest[] {
  const requests: WireRequest[] = [];
  excel.host.onRequest((text) => void requests.push(JSON.parse(text) as WireRequest));
  return requests;
}

const atTheInsert = (action: { location: string | undefined }) => action.location === "Workbook.insertWorksheetsFromBase64";

describe("insertSheetsFromWorkbook", () => {
  it("sends the file and the chosen sheets to go after the active sheet, activates the first one, in two syncs", async () => {
    const excel = asTheDocument();
    const requests = recordRequests(excel);
    const result = await insertSheetsFromWorkbook(FILE, ["Plan", "Inputs"]);
    expect(result).toEqual([{ source: "Plan", inserted: "Plan" }, { source: "Inputs", inserted: "Inputs" }]);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Data", "Plan", "Inputs", "Notes"]);
    expect(excel.snapshot().activeSheet).toBe("Plan");
    expect(excel.syncCount).toBe(2);
    const insert = requests[0].Actions.find((a) => a.Name === "InsertWorksheetsFromBase64");
    const [base64, options] = insert?.ArgumentInfo?.Arguments ?? [];
    expect(base64).toBe(Buffer.from(FILE).toString("base64"));
    expect(options).toEqual({ sheetNamesToInsert: ["Plan", "Inputs"], positionType: "After", relativeTo: { _ObjectPathId: expect.any(Number) } });
    const relativeTo = (options as { relativeTo: { _ObjectPathId: number } }).relativeTo._ObjectPathId;
    expect(requests[0].ObjectPaths[String(relativeTo)].Name).toBe("GetActiveWorksheet");
  });

  it("reports the names Excel gave copies whose name was taken, under the reading that Excel renames them", async () => {
    const excel = asTheDocument({ sheets: [{ name: "plan" }, { name: "PLAN (2)" }], active: "plan", insertedNameClash: "rename" });
    expect(await insertSheetsFromWorkbook(FILE, ["Plan", "Inputs"])).toEqual([{ source: "Plan", inserted: "Plan (3)" }, { source: "Inputs", inserted: "Inputs" }]);
    expect(excel.snapshot().activeSheet).toBe("Plan (3)");
  });

  it("says in plain words that the name is taken, under the reading that Excel refuses it", async () => {
    const excel = asTheDocument({ sheets: [{ name: "plan" }], active: "plan" });
    const error = await insertSheetsFromWorkbook(FILE, ["Inputs", "Plan"]).catch((e: unknown) => e);
    expect(excel.lastFailure?.code).toBe("ItemAlreadyExists");
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ kind: "nameClash", message: expect.stringMatching(/^A sheet with the same name already exists\. Rename your sheet/) });
    expect(excel.sheetNames()).toEqual(["plan"]);
  });

  it("says plainly when the host lacks ExcelApi 1.13, before any request", async () => {
    const excel = asTheDocument({ requirements: { ExcelApi: "1.12" } });
    const error = await insertSheetsFromWorkbook(FILE, ["Plan"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "unsupportedApi", message: expect.stringContaining("it needs ExcelApi 1.13") });
    expect(excel.requirements.asked).toContain("ExcelApi 1.13");
    expect(excel.requests).toHaveLength(0);
  });

  it("refuses on the web a file too large for one request, before any request", async () => {
    const excel = asTheDocument({ platform: "web" });
    const error = await insertSheetsFromWorkbook(xlsxOfSize([{ name: "Plan" }], WEB_MAX_FILE_BYTES + 1), ["Plan"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "tooLarge" });
    expect(excel.requests).toHaveLength(0);
  });

  it("sends that file on Windows or Mac, which have no such limit", async () => {
    const excel = asTheDocument({ platform: "desktop" });
    expect(await insertSheetsFromWorkbook(xlsxOfSize([{ name: "Plan" }], WEB_MAX_FILE_BYTES + 1), ["Plan"])).toEqual([{ source: "Plan", inserted: "Plan" }]);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Data", "Plan", "Notes"]);
  });
});

describe("Excel's refusals in plain words (the error injected at the insert)", () => {
  const cases: [ExcelErrorCode, "web" | "desktop", ImportError["kind"], RegExp][] = [
    ["UnsupportedFeature", "web", "unsupportedContent", /^Excel on the web can't insert sheets that contain charts, PivotTables, comments or slicers\. .*Excel on Windows or Mac/],
    ["UnsupportedFeature", "desktop", "unsupportedContent", /^Excel can't insert these sheets \(Excel said: The operation failed because the source worksheet contains one or more unsupported features\.\)\. Try fewer sheets/],
    ["UnsupportedOperation", "desktop", "unsupportedContent", /^Excel can't insert these sheets \(Excel said: The operation being attempted is not supported\.\)/],
    ["AccessDenied", "web", "blockedByPolicy", /^Excel's security settings don't allow inserting sheets from this file \(Excel said: You cannot perform the requested operation\.\)\. Ask your administrator/],
    ["InvalidArgument", "web", "unreadable", /^Excel couldn't read the file as a workbook\. Check that it opens in Excel/],
  ];
  it.each(cases)("%s (%s) is reported as %s", async (code, platform, kind, message) => {
    const excel = asTheDocument({ platform });
    excel.failWhen(atTheInsert, code);
    const error = await insertSheetsFromWorkbook(FILE, ["Plan"]).catch((e: unknown) => e);
    expect(excel.lastFailure).toMatchObject({ code, location: "Workbook.insertWorksheetsFromBase64" });
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message) });
    expect(excel.sheetNames()).toEqual(["Sheet1", "Data", "Notes"]);
  });

  it("quotes Excel's own words for an error it cannot explain", async () => {
    const excel = asTheDocument();
    excel.failWhen(atTheInsert);
    const error = await insertSheetsFromWorkbook(FILE, ["Plan"]).catch((e: unknown) => e);
    expect(excel.lastFailure?.code).toBe("GeneralException");
    expect(error).toMatchObject({ kind: "host", message: `Excel couldn't insert the sheets (Excel said: ${excel.lastFailure?.message}). Check the sheet tabs, then try again.` });
  });

  it("says the same when activating the first sheet fails, after the sheets went in", async () => {
    const excel = asTheDocument();
    excel.failWhen((action) => action.location === "Worksheet.activate");
    const error = await insertSheetsFromWorkbook(FILE, ["Plan"]).catch((e: unknown) => e);
    expect(excel.lastFailure?.location).toBe("Worksheet.activate");
    expect(error).toMatchObject({ kind: "host" });
    expect(excel.sheetNames()).toEqual(["Sheet1", "Data", "Plan", "Notes"]);
  });
});

describe("fileSizeProblem", () => {
  it("accepts on the web a file whose base64 fits in 5 MB with room for the request", () => {
    expect(base64Length(WEB_MAX_FILE_BYTES)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
    expect(fileSizeProblem(WEB_MAX_FILE_BYTES, true)).toBeUndefined();
  });

  it("refuses a larger file on the web, stating both sizes", () => {
    expect(fileSizeProblem(4_500_000, true)?.message).toMatch(/^This file is 4\.3 MB; Excel on the web accepts workbooks up to about 3\.7 MB/);
  });

  it("does not apply the web's limit on Windows or Mac", () => {
    expect(fileSizeProblem(20_000_000, false)).toBeUndefined();
  });
});

describe("bytesToBase64", () => {
  it("encodes large inputs (beyond the argument-list limit of String.fromCharCode)", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
