// First contact: the real library's requests answered by the emulator.
import { ExcelEmulator } from "../support/excel-emulator";

it("reads sheet names, adds a sheet, writes and reads back formulas", async () => {
  const excel = new ExcelEmulator({ sheets: [{ name: "Data", cells: { A1: 42 } }, { name: "Notes" }] });
  const names = await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Data", "Notes"]);
  const read = await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Plan");
    sheet.position = 1;
    const range = sheet.getRange("A1:B1");
    range.formulas = [[1, "=A1*2"]];
    range.load("formulas, address");
    await context.sync();
    return { formulas: range.formulas, address: range.address };
  });
  expect(read).toEqual({ formulas: [[1, "=A1*2"]], address: "Plan!A1:B1" });
  expect(excel.sheetNames()).toEqual(["Data", "Plan", "Notes"]);
});
