/** @jest-environment jsdom */
// Source of truth: ECMA-376 Part 1 (SpreadsheetML package structure: workbook.xml <sheet> with r:id
// and state, relationship types for worksheets, chartsheets, drawings → charts, comments, pivot
// tables) and Part 2 (OPC: _rels/*.rels, relative targets; part names equal ignoring ASCII case,
// M1.12; no DTDs, M1.18); PKWARE's APPNOTE for the zip structure (local headers, central
// directory, CRC-32); Microsoft's note on insertWorksheetsFromBase64 that Excel on the web refuses
// charts, comments, PivotTables and slicers. The hostile files of issue 13 are in hostile*.test.ts.
import ExcelJS from "exceljs";
import { MAX_FILE_BYTES } from "../../src/taskpane/import/limits";
import { fileSizeRefusal, readWorkbookSheets, WorkbookReadError } from "../../src/taskpane/import/readWorkbook";
import type { ReadFailure } from "../../src/taskpane/import/readError";
import { completeJsdom } from "./support/dom";
import { entryOf, makeXlsx, writeZip, xlsxParts, zip, type RawEntry } from "./support/xlsx";

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

  it("parses a relationship part once, however many sheets point at it", async () => {
    const parts = xlsxParts([{ name: "Shared", features: ["comments", "chart"] }]);
    // 200 <sheet> elements whose relationships all target the one sheet part (and its one .rels).
    const sheetXml = Array.from({ length: 200 }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`).join("");
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(/<sheets>.*<\/sheets>/, `<sheets>${sheetXml}</sheets>`);
    const parse = jest.spyOn(DOMParser.prototype, "parseFromString");
    try {
      const sheets = await readWorkbookSheets(zip({ ...parts, ...padding(200) }));
      expect(sheets).toHaveLength(200);
      expect(sheets.every((s) => s.webBlockers.join() === "charts,comments")).toBe(true);
      // workbook.xml, its .rels, the sheet's .rels, the drawing's .rels: four parses in all.
      expect(parse).toHaveBeenCalledTimes(4);
    } finally {
      parse.mockRestore();
    }
  });

  it("finds parts whatever the ASCII case of their names (OPC part names are case-insensitive)", async () => {
    const parts = Object.fromEntries(Object.entries(xlsxParts([{ name: "A" }])).map(([n, c]) => [n.replace("workbook.xml", "Workbook.XML"), c]));
    expect((await readWorkbookSheets(zip(parts))).map((s) => s.name)).toEqual(["A"]);
  });
});

/** Empty parts, so that a workbook may list more sheets than it otherwise has parts. */
function padding(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`xl/media/pad${i}.bin`, ""]));
}

async function reasonOf(bytes: Uint8Array): Promise<{ reason: ReadFailure; message: string }> {
  const error = await readWorkbookSheets(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return { reason: error.reason, message: error.message };
}

const validEntries = (): RawEntry[] => Object.entries(xlsxParts([{ name: "Plan" }, { name: "Inputs" }])).map(([n, c]) => entryOf(n, c));
const withEntry = (name: string, change: (e: RawEntry) => RawEntry) => validEntries().map((e) => (e.name === name ? change(e) : e));

describe("readWorkbookSheets: what a broken or foreign file is refused for", () => {
  it("names a .csv file as not a zip package", async () => {
    expect(await reasonOf(new TextEncoder().encode("name,value\nA,1\n"))).toMatchObject({ reason: "notZip", message: expect.stringMatching(/^It isn't an Excel workbook: .xlsx and .xlsm files are zip packages/) });
  });

  it("refuses by its size alone a file larger than a package within the caps can be", () => {
    expect(fileSizeRefusal(MAX_FILE_BYTES)).toBeUndefined();
    expect(fileSizeRefusal(MAX_FILE_BYTES + 1)).toMatchObject({ reason: "tooLarge", message: expect.stringMatching(/^This file is 91 MB, larger than any workbook the pane reads \(75 MB once unpacked\)/) });
  });

  it("names an empty file as empty", async () => {
    expect(await reasonOf(new Uint8Array(0))).toEqual({ reason: "notZip", message: "The file is empty." });
  });

  it("recognises a password-protected workbook (an OLE compound file, not a zip)", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(await reasonOf(ole)).toMatchObject({ reason: "encrypted", message: expect.stringContaining("password-protected") });
  });

  it("names a zip without a workbook part (e.g. a .docx)", async () => {
    expect((await reasonOf(zip({ "word/document.xml": "<w:document/>" }))).reason).toBe("notWorkbook");
  });

  it("refuses a part whose data fails its CRC-32", async () => {
    const bytes = writeZip(withEntry("xl/workbook.xml", (e) => ({ ...e, crc: (e.crc ^ 1) >>> 0 })));
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("'xl/workbook.xml' fails its checksum") });
  });

  it("refuses a part that inflates to less than its header declares", async () => {
    const bytes = writeZip(withEntry("xl/worksheets/sheet2.xml", (e) => ({ ...e, size: e.size + 10 })));
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("inflates to less than its header declares") });
  });

  it("refuses a part that is not valid DEFLATE data", async () => {
    const bytes = writeZip(withEntry("xl/worksheets/sheet1.xml", (e) => ({ ...e, data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) })));
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("the compressed data of 'xl/worksheets/sheet1.xml' is broken") });
  });

  it("refuses two parts whose names differ only in ASCII case (OPC M1.12)", async () => {
    const bytes = writeZip([...validEntries(), entryOf("XL/Workbook.xml", "<x/>")]);
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("two parts are named 'XL/Workbook.xml'") });
  });

  it("refuses a part whose local header names another part than the table of contents", async () => {
    const bytes = writeZip(validEntries());
    const local = Buffer.from(bytes).indexOf("xl/workbook.xml"); // the first occurrence is in a local header
    bytes[local] = "X".charCodeAt(0);
    expect((await reasonOf(bytes)).message).toContain("has another name in its own header");
  });

  it("refuses parts that overlap (the trick behind zip bombs that declare the same data many times)", async () => {
    // Part B's local header and data sit inside part A's (stored) data, each record otherwise honest.
    const b = entryOf("xl/media/b.bin", "inner");
    const bLocal = writeZip([b]).subarray(0, 30 + b.name.length + b.data.length);
    const a = entryOf("xl/media/a.bin", bLocal, { stored: true });
    const bytes = writeZip([a, ...validEntries(), { ...b, centralOnlyAt: 30 + a.name.length }]);
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("'xl/media/b.bin' overlaps another part") });
  });

  it("refuses encrypted parts and compression methods no workbook uses", async () => {
    const encrypted = writeZip(validEntries());
    const view = new DataView(encrypted.buffer);
    const directory = view.getUint32(encrypted.length - 22 + 16, true);
    view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true);
    expect((await reasonOf(encrypted)).reason).toBe("encrypted");
    const bzip2 = writeZip(withEntry("xl/workbook.xml", (e) => ({ ...e, method: 12 as 8 })));
    expect(await reasonOf(bzip2)).toMatchObject({ reason: "unsupported", message: expect.stringContaining("compression method 12") });
  });

  it("refuses XML with a DTD before parsing it (OPC M1.18: the entity-expansion attack)", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><workbook>&b;</workbook>`;
    const bytes = zip({ ...xlsxParts([{ name: "A" }]), "xl/workbook.xml": laughs });
    expect(await reasonOf(bytes)).toMatchObject({ reason: "damaged", message: expect.stringContaining("declares a DTD") });
  });

  it("refuses two sheets with the same name (Excel's names are unique ignoring case)", async () => {
    const parts = xlsxParts([{ name: "Plan" }, { name: "PLAN" }]);
    expect((await reasonOf(zip(parts))).message).toContain("two sheets are named 'PLAN'");
  });

  it("refuses a workbook that lists more sheets than it has parts", async () => {
    const parts = xlsxParts([{ name: "A" }]);
    const many = Array.from({ length: 50 }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`).join("");
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(/<sheets>.*<\/sheets>/, `<sheets>${many}</sheets>`);
    expect((await reasonOf(zip(parts))).message).toContain("lists more sheets than the file has parts");
  });
});
