// Defect 1, fixed (docs/excel-emulator.md, "Defects found"). Under the harsher reading of Excel's one
// namespace for tables and names, a sheet-scoped name on one of the user's sheets blocks a table of
// the same name (Microsoft documents the shared namespace but not whether a sheet-scoped name
// elsewhere blocks a table name). The renderer used to pick table names free among tables and
// workbook-scoped names only, so such a name made Table.name fail with ItemAlreadyExists and the
// whole insert rolled back although "Signposts2" was free. Sync 1 (src/excel/read.ts) now loads every
// sheet's names in the same request, through the nested load checked at the wire below.
import { renderTemplate } from "../../../src/excel/render";
import type { InsertOptions } from "../../../src/templates/types";
import { ExcelEmulator } from "../../support/excel-emulator";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
const withSheetName = (name: string) => new ExcelEmulator({ sheets: [{ name: "Data", names: [{ name, address: "A1" }] }, { name: "Notes" }] });

it("inserts the signposts template when another sheet has a sheet-scoped name 'Signposts', in 3 syncs", async () => {
  const excel = withSheetName("Signposts");
  const result = await renderTemplate(excel.run, "signposts", OPTIONS, { requirements: excel.requirements });
  expect(excel.sheet(result.sheetNames[0]).tables.map((t) => t.name)).toEqual(["Signposts2"]);
  expect(excel.syncCount).toBe(3); // docs/inserts.md: the names are read in sync 1, no extra request
});

it("compares the sheet-scoped name without regard to case, as Excel compares names", async () => {
  const excel = withSheetName("SIGNPOSTS");
  const result = await renderTemplate(excel.run, "signposts", OPTIONS, { requirements: excel.requirements });
  expect(excel.sheet(result.sheetNames[0]).tables.map((t) => t.name)).toEqual(["Signposts2"]);
});

describe("the nested load of every sheet's names (protocol/query.ts)", () => {
  it("answers load('items/name,items/names/items/name') with each sheet's own names", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Data", names: [{ name: "Rate", address: "B2" }, { name: "Base", address: "A1" }] }, { name: "Notes" }] });
    const read = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/names/items/name");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.names.items.map((n) => n.name)]);
    });
    expect(read).toEqual([["Data", ["Rate", "Base"]], ["Notes", []]]);
  });

  it("answers load({ expand: 'names' }) with every scalar of each name, and a select inside it with only those", async () => {
    const excel = withSheetName("Rate");
    const read = await excel.run(async (context) => {
      const all = context.workbook.worksheets.getItem("Data").load({ select: "name", expand: "names" });
      const narrow = context.workbook.worksheets.load({ select: "name,names/name", expand: "names" });
      await context.sync();
      const named = all.names.items[0];
      return { sheet: all.name, name: named.name, type: named.type, narrow: narrow.items.map((s) => s.names.items.map((n) => n.toJSON())) };
    });
    expect(read).toEqual({ sheet: "Data", name: "Rate", type: expect.any(String), narrow: [[{ name: "Rate" }], []] });
  });

  it("leaves the names unloaded, with the library's own PropertyNotLoaded, when only the sheet names are loaded", async () => {
    const excel = withSheetName("Rate");
    const failure = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      try {
        return sheets.items[0].names.items.length;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    expect(failure).toBe("PropertyNotLoaded");
  });
});
