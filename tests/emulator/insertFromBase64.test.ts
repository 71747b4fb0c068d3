// Workbook.insertWorksheetsFromBase64 in the emulator (objects/insertFromBase64.ts), driven by the
// add-in's own insertSheetsFromWorkbook through Microsoft's client library (the document route, as
// in importWorkbook.test.ts). Source of truth: the Workbook and InsertWorksheetOptions references
// (sheetNamesToInsert, positionType "After", relativeTo); Microsoft documents nothing for a taken
// name, so both readings are exercised.
import { insertSheetsFromWorkbook } from "../../src/excel/importWorkbook";
import { ExcelEmulator, type ExcelEmulatorOptions, installAsDocument, uninstallDocument } from "../support/excel-emulator";
import { makeXlsx } from "../taskpane/support/xlsx";

const FILE = makeXlsx([{ name: "Plan" }, { name: "Sheet1" }, { name: "Lookups", state: "hidden" }]);
const START: ExcelEmulatorOptions = { sheets: [{ name: "Sheet1" }, { name: "Data" }], active: "Sheet1" };

const asTheDocument = (options: ExcelEmulatorOptions) => installAsDocument(new ExcelEmulator(options), "PC");

afterEach(uninstallDocument);

it("inserts the chosen sheets right after the active sheet and names a copy whose name is taken 'Sheet1 (2)' under the rename reading", async () => {
  const excel = asTheDocument({ ...START, insertedNameClash: "rename" });
  const inserted = await insertSheetsFromWorkbook(FILE, ["Plan", "Sheet1"]);
  expect(inserted).toEqual([{ source: "Plan", inserted: "Plan" }, { source: "Sheet1", inserted: "Sheet1 (2)" }]);
  expect(excel.sheetNames()).toEqual(["Sheet1", "Plan", "Sheet1 (2)", "Data"]);
  expect(excel.snapshot().activeSheet).toBe("Plan");
});

it("refuses a taken name with ItemAlreadyExists by default and inserts nothing", async () => {
  const excel = asTheDocument(START);
  const error = await insertSheetsFromWorkbook(FILE, ["Plan", "Sheet1"]).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: "nameClash" });
  expect(excel.lastFailure?.code).toBe("ItemAlreadyExists");
  expect(excel.sheetNames()).toEqual(["Sheet1", "Data"]);
});

it("fails with ItemNotFound for a sheet the file does not have", async () => {
  const excel = asTheDocument(START);
  await insertSheetsFromWorkbook(FILE, ["Budget"]).catch(() => undefined);
  expect(excel.lastFailure?.code).toBe("ItemNotFound");
  expect(excel.sheetNames()).toEqual(["Sheet1", "Data"]);
});
