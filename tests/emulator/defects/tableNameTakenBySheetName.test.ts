// Defect (under the harsher reading of Excel's one namespace for tables and names): the renderer
// picks table names free among tables and workbook-scoped names only (src/excel/read.ts loads
// workbook.names), so a sheet-scoped name on one of the user's sheets that equals a template's
// table name makes Table.name fail with ItemAlreadyExists and the whole insert is rolled back,
// although a free name ("Signposts2") was available. Microsoft documents the shared namespace but
// not whether a sheet-scoped name elsewhere blocks a table name.
import { renderTemplate } from "../../../src/excel/render";
import { ExcelEmulator } from "../../support/excel-emulator";

it("inserts the signposts template when another sheet has a sheet-scoped name 'Signposts'", async () => {
  const excel = new ExcelEmulator({ sheets: [{ name: "Data", names: [{ name: "Signposts", address: "A1" }] }] });
  const result = await renderTemplate(excel.run, "signposts", { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" }, { requirements: excel.requirements });
  expect(excel.sheet(result.sheetNames[0]).tables.map((t) => t.name)).toEqual(["Signposts2"]);
});
