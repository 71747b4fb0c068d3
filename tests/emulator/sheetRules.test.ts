// Excel's rules for sheets, names and tables, enforced behind the real client library. Sources: the
// comments at each rule in tests/support/excel-emulator/model (sheet-name rules: "Rename a
// worksheet"; names: "Define and use names in formulas"; TableCollection.add docs).
import { ExcelEmulator } from "../support/excel-emulator";
import { apply, failureOf, onSheet } from "./support";

describe("sheet names", () => {
  it.each([
    ["blank", " "],
    ["longer than 31 characters", "x".repeat(32)],
    ["with a colon", "a:b"],
    ["with a slash", "a/b"],
    ["with a question mark", "a?"],
    ["with brackets", "[a]"],
    ["starting with an apostrophe", "'a"],
    ["ending with an apostrophe", "a'"],
    ["History, in any case", "hIsToRy"],
    ["with a backslash", "a\\b"],
    ["with an asterisk", "a*b"],
    ["with an opening bracket only", "a[b"],
    ["with a closing bracket only", "a]b"],
    ["of spaces only", "   "],
  ])("refuses a name %s with InvalidArgument at WorksheetCollection.add", async (_, name) => {
    const excel = new ExcelEmulator();
    expect(await failureOf(excel, (c) => c.workbook.worksheets.add(name))).toMatchObject({ code: "InvalidArgument", location: "WorksheetCollection.add" });
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });

  it("accepts 31 characters, spaces and punctuation Excel allows", async () => {
    const excel = new ExcelEmulator();
    await apply(excel, (c) => {
      c.workbook.worksheets.add("x".repeat(31));
      c.workbook.worksheets.add("R&D (2) – plan");
    });
    expect(excel.sheetNames()).toEqual(["Sheet1", "x".repeat(31), "R&D (2) – plan"]);
  });

  it("refuses a name already taken, whatever its case, with ItemAlreadyExists", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Plan" }] });
    expect(await failureOf(excel, (c) => c.workbook.worksheets.add("PLAN"))).toMatchObject({ code: "ItemAlreadyExists", message: "The resource being created already exists." });
  });

  it("refuses renaming to a taken name but accepts a change of case of the sheet's own name", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    expect(await failureOf(excel, (c) => (c.workbook.worksheets.getItem("A").name = "b"))).toMatchObject({ code: "ItemAlreadyExists", location: "Worksheet.name" });
    await apply(excel, (c) => (c.workbook.worksheets.getItem("A").name = "a"));
    expect(excel.sheetNames()).toEqual(["a", "B"]);
  });

  it("names a sheet added without a name Sheet<n>, the lowest n above the count that is free", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Sheet1" }, { name: "Sheet3" }] });
    await apply(excel, (c) => c.workbook.worksheets.add());
    expect(excel.sheetNames()).toEqual(["Sheet1", "Sheet3", "Sheet4"]);
  });
});

describe("sheet position, activation and deletion", () => {
  it("moves a sheet to a position and refuses one outside the workbook", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    await apply(excel, (c) => (c.workbook.worksheets.getItem("C").position = 0));
    expect(excel.sheetNames()).toEqual(["C", "A", "B"]);
    expect(await failureOf(excel, (c) => (c.workbook.worksheets.getItem("A").position = 3))).toMatchObject({ code: "InvalidArgument", location: "Worksheet.position" });
  });

  it("refuses to delete the last sheet", async () => {
    const excel = new ExcelEmulator();
    expect(await failureOf(excel, (c) => c.workbook.worksheets.getItem("Sheet1").delete())).toMatchObject({ code: "InvalidOperation", location: "Worksheet.delete" });
  });

  it("activates the next sheet when the active one is deleted", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }], active: "B" });
    await apply(excel, (c) => c.workbook.worksheets.getItem("B").delete());
    expect(excel.snapshot().activeSheet).toBe("C");
  });

  it("fails getItem of a missing sheet with ItemNotFound at WorksheetCollection.getItem", async () => {
    const excel = new ExcelEmulator();
    expect(await failureOf(excel, (c) => c.workbook.worksheets.getItem("Nope").activate())).toMatchObject({ code: "ItemNotFound", location: "WorksheetCollection.getItem" });
  });

  it("finds a sheet by its id as well as by its name", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    await excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B").load("id");
      await context.sync();
      context.workbook.worksheets.getItem(b.id).activate();
      await context.sync();
    });
    expect(excel.snapshot().activeSheet).toBe("B");
  });
});

describe("defined names and tables: one namespace", () => {
  it("refuses a sheet-scoped name that a table already uses", async () => {
    const { fail } = onSheet({ sheets: [{ name: "S", tables: [{ name: "Capex", address: "D1:E3" }] }] });
    expect(await fail((s) => s.names.add("capex", s.getRange("A1")))).toMatchObject({ code: "InvalidArgument", location: "NamedItemCollection.add" });
  });

  it("refuses a table name that a defined name of any scope uses (harsher reading)", async () => {
    const { fail } = onSheet({ sheets: [{ name: "S", names: [{ name: "Capex", address: "A1" }] }] });
    expect(await fail((s) => (s.tables.add(s.getRange("C1:D3"), true).name = "CAPEX"))).toMatchObject({ code: "ItemAlreadyExists", location: "Table.name" });
  });

  it("refuses a name twice in one scope, but allows it on two sheets", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    await apply(excel, (c) => {
      c.workbook.worksheets.getItem("A").names.add("Rate", c.workbook.worksheets.getItem("A").getRange("B2"));
      c.workbook.worksheets.getItem("B").names.add("Rate", c.workbook.worksheets.getItem("B").getRange("B2"), "the rate");
    });
    expect(excel.sheet("B").names).toEqual([{ name: "Rate", address: "B2", comment: "the rate" }]);
    const again = await failureOf(excel, (c) => c.workbook.worksheets.getItem("A").names.add("RATE", c.workbook.worksheets.getItem("A").getRange("C2")));
    expect(again).toMatchObject({ code: "ItemAlreadyExists" });
  });

  it.each([["A1"], ["R1C1"], ["has space"], ["1st"], ["x".repeat(256)]])("refuses the defined name %s", async (name) => {
    const { fail } = onSheet();
    expect(await fail((s) => s.names.add(name, s.getRange("A1")))).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a name comment over 255 characters", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => s.names.add("Ok", s.getRange("A1"), "c".repeat(256)))).toMatchObject({ code: "InvalidArgument" });
  });

  it("names a new table Table<n>, fills blank headers Column1…, and refuses an overlapping one", async () => {
    const { excel, fail } = onSheet({ sheets: [{ name: "S", cells: { B1: "Year" } }, { name: "T", tables: [{ name: "Table1", address: "A1:B2" }] }], active: "S" });
    await apply(excel, (c) => c.workbook.worksheets.getItem("S").tables.add(c.workbook.worksheets.getItem("S").getRange("A1:C4"), true));
    const sheet = excel.sheet("S");
    expect(sheet.tables.map((t) => t.name)).toEqual(["Table2"]);
    expect([sheet.cells.A1.formula, sheet.cells.B1.formula, sheet.cells.C1.formula]).toEqual(["Column1", "Year", "Column3"]);
    expect(await fail((s) => s.tables.add(s.getRange("C3:D5"), true))).toMatchObject({ code: "InvalidArgument", location: "TableCollection.add" });
  });

  it("reads a bare table address on the active sheet, so a sheet that is not active refuses it", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Active" }, { name: "Other" }] });
    expect(await failureOf(excel, (c) => c.workbook.worksheets.getItem("Other").tables.add("A1:B3", true))).toMatchObject({ code: "InvalidArgument" });
    await apply(excel, (c) => c.workbook.worksheets.getItem("Active").tables.add("A1:B3", true));
    expect(excel.sheet("Active").tables).toHaveLength(1);
  });

  it("refuses a table style that is not built in", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.tables.add(s.getRange("A1:B2"), true).style = "TableStyleMedium29"))).toMatchObject({ code: "InvalidArgument", location: "Table.style" });
  });

  it("lists tables and workbook names by name (what the renderer reads)", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", tables: [{ name: "Flows", address: "A1:B2" }] }], names: ["Rate"] });
    const names = await excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const defined = context.workbook.names.load("items/name");
      await context.sync();
      return [...tables.items, ...defined.items].map((x) => x.name);
    });
    expect(names).toEqual(["Flows", "Rate"]);
  });
});
