// "Insert example" (src/excel/activeCell.ts) through the real library: reading the active cell and
// writing a formula into it only while it is empty. Sources: Workbook.getActiveCell (ExcelApi 1.7),
// Range.getSpillParentOrNullObject (1.12), and Range.formulas ("If a cell has no formula, its value
// is returned instead": a cell a formula spills into reports that value).
import { readActiveCell, writeFormula } from "../../src/excel/activeCell";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";

const SPILLING: ExcelEmulatorOptions = {
  sheets: [{ name: "My Plan", cells: { D1: 7 }, spills: [{ anchor: "B2", formula: "=SEQUENCE(3)", values: [[1], [2], [3]] }] }],
};

function host(options: ExcelEmulatorOptions, excelApi = "1.12") {
  const excel = new ExcelEmulator({ ...options, requirements: { ExcelApi: excelApi } });
  return { excel, cellHost: { run: excel.run, requirements: excel.requirements } };
}

it.each([
  ["an empty cell", "C5", true],
  ["a constant", "D1", false],
  ["a spill anchor", "B2", false],
  ["a cell a formula spills into", "B3", false],
])("reads %s (%s) as empty: %s", async (_, address, empty) => {
  const { excel, cellHost } = host(SPILLING);
  excel.select(address);
  expect(await readActiveCell(cellHost)).toEqual({ sheet: "My Plan", address, empty });
});

it("does not ask for the spill parent where ExcelApi 1.12 is missing, and still sees the spilled value", async () => {
  const { excel, cellHost } = host(SPILLING, "1.11");
  excel.select("B4");
  expect((await readActiveCell(cellHost)).empty).toBe(false);
  expect(cellHost.requirements.asked).toContain("ExcelApi 1.12");
});

it("writes into an empty cell, and leaves a cell that received content meanwhile alone", async () => {
  const { excel, cellHost } = host(SPILLING);
  excel.select("C5");
  const target = await readActiveCell(cellHost);
  expect(await writeFormula(target, "=GR.TALENT_VELOCITY(1000,300,100,2)", "ifEmpty", cellHost)).toBe("written");
  excel.coAuthor.setCell("My Plan", "C6", "taken");
  expect(await writeFormula({ sheet: "My Plan", address: "C6" }, "=1", "ifEmpty", cellHost)).toBe("notEmpty");
  expect(excel.sheet("My Plan").cells.C5).toEqual({ formula: "=GR.TALENT_VELOCITY(1000,300,100,2)" });
  expect(excel.sheet("My Plan").cells.C6).toEqual({ formula: "taken" });
});

it("replaces when told to, in one request for the write", async () => {
  const { excel, cellHost } = host(SPILLING);
  const before = excel.requests.length;
  expect(await writeFormula({ sheet: "My Plan", address: "D1" }, "=2", "replace", cellHost)).toBe("written");
  expect(excel.sheet("My Plan").cells.D1).toEqual({ formula: "=2" });
  expect(excel.requests.slice(before).map((r) => r.releasesOnly)).toEqual([false, true]); // the write, then Excel.run's cleanup
});
