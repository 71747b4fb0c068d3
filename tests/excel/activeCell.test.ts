// "Insert example" against the strict fake. Source of truth: Excel's documented behaviour of dynamic
// arrays (a cell another formula spills into reports a value but no formula, and writing there turns
// the formula into #SPILL!), Range.getSpillParentOrNullObject (ExcelApi 1.12) and
// Workbook.getActiveCell (ExcelApi 1.7).
import { ActiveCellUnsupportedError, readActiveCell, writeFormula } from "../../src/excel/activeCell";
import { ExcelEmulator, type ExcelEmulatorOptions, fakeRequirements } from "../support/excel-emulator";

const SPILLING: ExcelEmulatorOptions = {
  sheets: [{ name: "My Plan", cells: { D1: 7 }, spills: [{ anchor: "B2", formula: "=SEQUENCE(3)", values: [[1], [2], [3]] }] }],
};

function host(options: ExcelEmulatorOptions, excelApi = "1.12") {
  const strict = new ExcelEmulator(options);
  return { strict, cellHost: { run: strict.run, requirements: fakeRequirements({ ExcelApi: excelApi }) } };
}

describe("reading the active cell", () => {
  it("reports an empty cell as empty, with its sheet and local address", async () => {
    const { strict, cellHost } = host(SPILLING);
    strict.select("C5");
    expect(await readActiveCell(cellHost)).toEqual({ sheet: "My Plan", address: "C5", empty: true });
  });

  it("treats a cell with a constant as not empty", async () => {
    const { strict, cellHost } = host(SPILLING);
    strict.select("D1");
    expect((await readActiveCell(cellHost)).empty).toBe(false);
  });

  it("treats a cell another formula spills into as not empty, though it has no formula", async () => {
    const { strict, cellHost } = host(SPILLING);
    strict.select("B3");
    expect((await readActiveCell(cellHost)).empty).toBe(false);
  });

  it("asks for the spill parent where ExcelApi 1.12 has it", async () => {
    const { strict, cellHost } = host(SPILLING);
    strict.select("B4");
    expect((await readActiveCell(cellHost)).empty).toBe(false);
    expect(cellHost.requirements.asked).toContain("ExcelApi 1.12");
  });

  it("falls back to the cell's value type without ExcelApi 1.12", async () => {
    const { strict, cellHost } = host(SPILLING, "1.11");
    strict.select("B4");
    expect((await readActiveCell(cellHost)).empty).toBe(false);
  });

  it("refuses with a clear message where Workbook.getActiveCell (ExcelApi 1.7) is missing", async () => {
    const { strict, cellHost } = host(SPILLING, "1.6");
    await expect(readActiveCell(cellHost)).rejects.toBeInstanceOf(ActiveCellUnsupportedError);
    await expect(readActiveCell(cellHost)).rejects.toThrow(/needs Excel JavaScript API 1\.7/);
    expect(strict.syncCount).toBe(0);
  });
});

describe("writing the example", () => {
  it("does not write into a spilled cell unless told to replace", async () => {
    const { strict, cellHost } = host(SPILLING);
    expect(await writeFormula({ sheet: "My Plan", address: "B3" }, "=GR.NPV(1)", "ifEmpty", cellHost)).toBe("notEmpty");
    expect(strict.sheet("My Plan").cells.B3.formula).toBeUndefined();
  });

  it("writes into an empty cell", async () => {
    const { strict, cellHost } = host(SPILLING);
    expect(await writeFormula({ sheet: "My Plan", address: "C5" }, "=GR.NPV(1)", "ifEmpty", cellHost)).toBe("written");
    expect(strict.sheet("My Plan").cells.C5.formula).toBe("=GR.NPV(1)");
  });
});
