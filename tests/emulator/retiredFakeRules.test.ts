// Rules the retired API-level fake of Excel (issue 9: one Excel model, the emulator) checked in its
// own tests and no other emulator test covered, now checked behind the real client library.
// Sources: Office Add-ins docs "Excel JavaScript object model" (queued commands run at sync) and
// "Load Excel properties", Worksheet / NamedItemCollection / Table / ChartSeries API reference, and
// Excel's sheet-name rules as tests/support/excel-emulator/model/rules.ts quotes them.
// Deliberately not carried over: the fake refused a single value for a multi-cell write (the
// emulator takes Microsoft's documented single-value form, cellRules.test.ts) and refused a batch
// that left operations unsynced (Excel.run syncs them itself, tested below).
import { ExcelEmulator, fakeRequirements } from "../support/excel-emulator";
import { apply, failureOf, onSheet } from "./support";

describe("queued commands", () => {
  it("change nothing in the workbook until context.sync()", async () => {
    const excel = new ExcelEmulator();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Later");
      expect(excel.sheetNames()).toEqual(["Sheet1"]);
      await context.sync();
      expect(excel.sheetNames()).toEqual(["Sheet1", "Later"]);
    });
  });

  it("still queued when the batch ends are sent by Excel.run itself", async () => {
    const excel = new ExcelEmulator();
    await excel.run(async (context) => void context.workbook.worksheets.add("Kept"));
    expect(excel.sheetNames()).toEqual(["Sheet1", "Kept"]);
  });
});

describe("loading", () => {
  it("gives collection items only the properties asked for", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("worksheet ids", () => {
  it("are GUIDs in braces that stay when the sheet is renamed and moved", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    const [ids, after] = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      await context.sync();
      const before = sheets.items.map((s) => s.id);
      const b = context.workbook.worksheets.getItem(before[1]);
      b.name = "Renamed";
      b.position = 0;
      b.load("id,name,position");
      await context.sync();
      return [before, [b.id, b.name, b.position]] as const;
    });
    expect(ids[0]).not.toBe(ids[1]);
    for (const id of ids) expect(id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(after).toEqual([ids[1], "Renamed", 0]);
    expect(excel.sheetNames()).toEqual(["Renamed", "A"]);
  });
});

describe("sheet names", () => {
  it("accepts an apostrophe inside a name", async () => {
    const excel = new ExcelEmulator();
    await apply(excel, (c) => c.workbook.worksheets.add("Bob's"));
    expect(excel.sheetNames()).toEqual(["Sheet1", "Bob's"]);
  });
});

describe("names and tables", () => {
  it("refuses an empty defined name", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => s.names.add("", s.getRange("A1")))).toMatchObject({ code: "InvalidArgument" });
  });

  it("names tables workbook-wide: a table on another sheet cannot take a table's name in another case", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A", tables: [{ name: "Roles", address: "A1:B3" }] }, { name: "B" }] });
    const b = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("B");
    expect(await failureOf(excel, (c) => (b(c).tables.add(b(c).getRange("A1:B3"), true).name = "roles"))).toMatchObject({ code: "ItemAlreadyExists", location: "Table.name" });
  });
});

describe("formulas", () => {
  it("accept a reference to a sheet that exists, unquoted", async () => {
    const { excel, sheetOf } = onSheet();
    await apply(excel, (c) => (sheetOf(c).getRange("A1").formulas = [["=S!A2+1"]]));
    expect(excel.sheet("S").cells.A1).toEqual({ formula: "=S!A2+1" });
  });
});

describe("chart series", () => {
  it("take markers once their own chart type is a line, and are counted only after the sync", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", cells: { A1: 1, B1: 2 } }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B1"), "Rows");
      const series = chart.series.getItemAt(0);
      series.chartType = "Line";
      series.markerStyle = "Circle";
      const count = chart.series.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
    expect(excel.sheet("S").charts[0].series[0]).toMatchObject({ chartType: "Line", markerStyle: "Circle" });
  });
});

describe("requirement sets (fakeRequirements)", () => {
  it("supports versions up to the configured one of the named set only, and records what was asked", () => {
    const requirements = fakeRequirements({ ExcelApi: "1.8" });
    expect(requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(requirements.isSetSupported("excelapi", "1.8")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(requirements.asked).toEqual(["ExcelApi 1.7", "excelapi 1.8", "ExcelApi 1.10", "WordApi 1.1"]);
  });
});
