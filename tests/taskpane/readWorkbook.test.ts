/** @jest-environment jsdom */
// Source of truth: ECMA-376 Part 1 (SpreadsheetML package structure: workbook.xml <sheet> with r:id
// and state, relationship types for worksheets, chartsheets, drawings → charts, comments, pivot
// tables) and Part 2 (OPC: _rels/*.rels, relative targets); Microsoft's note on
// insertWorksheetsFromBase64 that Excel on the web refuses charts, comments, PivotTables and slicers.
import ExcelJS from "exceljs";
import { readWorkbookSheets, WorkbookReadError } from "../../src/taskpane/import/readWorkbook";
import { completeJsdom } from "./support/dom";
import { makeXlsx, xlsxParts, zip } from "./support/xlsx";

beforeAll(completeJsdom);

describe("readWorkbookSheets", () => {
  it("lists the sheets in workbook order with their visibility", async () => {
    const sheets = await readWorkbookSheets(
      makeXlsx([{ name: "Plan" }, { name: "Inputs", state: "hidden" }, { name: "Old", state: "veryHidden" }]),
    );
    expect(sheets.map((s) => [s.name, s.kind, s.visibility])).toEqual([
      ["Plan", "worksheet", "visible"],
      ["Inputs", "worksheet", "hidden"],
      ["Old", "worksheet", "veryHidden"],
    ]);
  });

  it("reports charts, PivotTables, comments and slicers per sheet, in a fixed order", async () => {
    const sheets = await readWorkbookSheets(
      makeXlsx([
        { name: "Clean", features: ["table", "image"] },
        { name: "Charted", features: ["chart"] },
        { name: "Everything", features: ["slicer", "comments", "pivotTable", "chart"] },
        { name: "Threaded", features: ["threadedComments"] },
      ]),
    );
    expect(Object.fromEntries(sheets.map((s) => [s.name, s.webBlockers]))).toEqual({
      Clean: [],
      Charted: ["charts"],
      Everything: ["charts", "pivotTables", "comments", "slicers"],
      Threaded: ["comments"],
    });
  });

  it("marks chart sheets, which cannot be inserted as worksheets", async () => {
    const [data, chart] = await readWorkbookSheets(makeXlsx([{ name: "Data" }, { name: "Chart1", kind: "chartsheet" }]));
    expect(data.kind).toBe("worksheet");
    expect(chart.kind).toBe("chartsheet");
  });

  it("reads stored (uncompressed) parts as well as deflated ones", async () => {
    const sheets = await readWorkbookSheets(makeXlsx([{ name: "Stored", features: ["comments"] }], { stored: true }));
    expect(sheets).toEqual([{ name: "Stored", kind: "worksheet", visibility: "visible", webBlockers: ["comments"] }]);
  });

  it("keeps sheet names with markup characters as plain text", async () => {
    const [sheet] = await readWorkbookSheets(makeXlsx([{ name: `<img src=x onerror="alert(1)"> & Co` }]));
    expect(sheet.name).toBe(`<img src=x onerror="alert(1)"> & Co`);
  });

  it("reads a workbook written by another tool (ExcelJS, with a note on one sheet)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Assumptions").getCell("A1").value = 1;
    const notes = workbook.addWorksheet("Review");
    notes.getCell("B2").value = "check";
    notes.getCell("B2").note = "Please confirm";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sheets = await readWorkbookSheets(bytes);
    expect(sheets.map((s) => [s.name, s.webBlockers])).toEqual([
      ["Assumptions", []],
      ["Review", ["comments"]],
    ]);
  });

  it("refuses a file that is not a zip", async () => {
    await expect(readWorkbookSheets(new TextEncoder().encode("name,value\nA,1\n"))).rejects.toThrow(WorkbookReadError);
  });

  it("refuses a zip without a workbook part (e.g. a .docx)", async () => {
    await expect(readWorkbookSheets(zip({ "word/document.xml": "<w:document/>" }))).rejects.toThrow("not an Excel workbook");
  });

  it("refuses a workbook part that is not XML", async () => {
    const parts = { ...xlsxParts([{ name: "A" }]), "xl/workbook.xml": "<workbook><sheets>" };
    await expect(readWorkbookSheets(zip(parts))).rejects.toThrow("not valid XML");
  });
});
