// "Insert from workbook…" (src/excel/importWorkbook.ts) reaches Excel through the add-in's own
// Excel.run(batch) — the document's context, not a URL one — so these tests attach the emulator as
// the document (OSF.DDA.RichApi.executeRichApiRequestAsync, the call Office makes into its host).
// Source of truth: Excel on the web's 5 MB request limit ("Excel on the web limits requests and
// responses to 5 MB", https://learn.microsoft.com/office/dev/add-ins/excel/performance) and the
// error Excel on the web gives (RequestPayloadSizeLimitExceeded). Microsoft does not say which
// megabyte, so the largest file the add-in lets through is tried under both readings.
import { ImportError, WEB_MAX_FILE_BYTES, insertSheetsFromWorkbook } from "../../src/excel/importWorkbook";
import { ExcelEmulator, type ExcelEmulatorOptions, installAsDocument, uninstallDocument } from "../support/excel-emulator";
import { xlsxOfSize } from "../taskpane/support/xlsx";

// A 5 MB request takes seconds through the real library and the emulator on a busy machine: the
// clock must not decide these tests.
jest.setTimeout(60_000);


const asTheDocument = (options: ExcelEmulatorOptions) =>
  installAsDocument(new ExcelEmulator({ sheets: [{ name: "Sheet1" }], active: "Sheet1", ...options }), "OfficeOnline");

afterEach(uninstallDocument);

/** A real .xlsx of the largest size the add-in sends from Excel on the web. */
const LARGEST = xlsxOfSize([{ name: "Plan" }], WEB_MAX_FILE_BYTES);

it("is refused as too large by Excel on the web for the largest file the add-in lets through, under the 5,000,000-byte reading", async () => {
  const excel = asTheDocument({});
  expect(LARGEST.byteLength).toBe(WEB_MAX_FILE_BYTES);
  const error = await insertSheetsFromWorkbook(LARGEST, ["Plan"]).catch((e: unknown) => e);
  expect(excel.requests[0].bytes).toBeGreaterThan(5_000_000);
  expect(error).toBeInstanceOf(ImportError);
  expect(error).toMatchObject({ kind: "tooLarge" });
  expect(excel.sheetNames()).toEqual(["Sheet1"]);
});

it("inserts that file when 5 MB means 5 × 1024 × 1024 bytes", async () => {
  const excel = asTheDocument({ payloadLimitBytes: 5 * 1024 * 1024 });
  const inserted = await insertSheetsFromWorkbook(LARGEST, ["Plan"]);
  expect(excel.requests[0].bytes).toBeGreaterThan(5_000_000);
  expect(excel.requests[0].bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(inserted).toEqual([{ source: "Plan", inserted: "Plan" }]);
  expect(excel.sheetNames()).toEqual(["Sheet1", "Plan"]);
});
