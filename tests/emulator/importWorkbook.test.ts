// "Insert from workbook…" (src/excel/importWorkbook.ts) reaches Excel through the add-in's own
// Excel.run(batch) — the document's context, not a URL one — so these tests attach the emulator as
// the document (OSF.DDA.RichApi.executeRichApiRequestAsync, the call Office makes into its host).
// Source of truth: Excel on the web's 5 MB request limit ("Excel on the web limits requests and
// responses to 5 MB", https://learn.microsoft.com/office/dev/add-ins/excel/performance) and the
// error Excel on the web gives (RequestPayloadSizeLimitExceeded).
import { ImportError, WEB_MAX_FILE_BYTES, insertSheetsFromWorkbook } from "../../src/excel/importWorkbook";
import { ExcelEmulator, officeJsLibrary } from "../support/excel-emulator";

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

function asTheDocument(excel: ExcelEmulator): void {
  excel.attachDocument();
  globals.Excel = officeJsLibrary().Excel;
  globals.Office = { context: { requirements: excel.requirements, platform: "OfficeOnline" }, PlatformType: { OfficeOnline: "OfficeOnline" } };
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

const file = (bytes: number) => new Uint8Array(bytes).fill(65);

it("is refused as too large by Excel on the web for the largest file the add-in lets through, under the 5,000,000-byte reading", async () => {
  const excel = new ExcelEmulator();
  asTheDocument(excel);
  const error = await insertSheetsFromWorkbook(file(WEB_MAX_FILE_BYTES), ["Plan"]).catch((e: unknown) => e);
  expect(excel.requests[0].bytes).toBeGreaterThan(5_000_000);
  expect(error).toBeInstanceOf(ImportError);
  expect(error).toMatchObject({ kind: "tooLarge" });
});

it("reaches Excel with that file when 5 MB means 5 × 1024 × 1024 bytes (inserting is not modelled beyond the limit)", async () => {
  const excel = new ExcelEmulator({ payloadLimitBytes: 5 * 1024 * 1024 });
  asTheDocument(excel);
  const error = await insertSheetsFromWorkbook(file(WEB_MAX_FILE_BYTES), ["Plan"]).catch((e: unknown) => e);
  expect(excel.requests[0].bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(error).toMatchObject({ kind: "host" });
  expect((error as Error).message).toContain("does not model Workbook.insertWorksheetsFromBase64");
});
