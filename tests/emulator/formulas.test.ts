// Formulas and values. A formula calling a GR. function shows #NAME? while the functions are not
// registered, and keeps #NAME? after they are until it is entered again (office-js issues #6611 and
// #6355: recalculation does not bring it back). The emulator calculates nothing else: a formula's
// value is seeded, spilled, or given by options.calculate.
import { EmulatorLimitation, ExcelEmulator } from "../support/excel-emulator";
import { apply } from "./support";

const GR = "=GR.JWO_NPV(0.1,B2:F2,B3:F3,B4:F4)";

async function usedRange(excel: ExcelEmulator, sheet: string) {
  return excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address, formulas, values, valueTypes");
    await context.sync();
    return { address: used.address, formulas: used.formulas, values: used.values, valueTypes: used.valueTypes };
  });
}

describe("GR. formulas while the functions are not registered", () => {
  it("show #NAME? (an Error value) in the used range, beside constants", async () => {
    const excel = new ExcelEmulator({ functionsRegistered: false, sheets: [{ name: "S" }] });
    await apply(excel, (c) => (c.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [["NPV", GR]]));
    expect(await usedRange(excel, "S")).toEqual({ address: "S!A1:B1", formulas: [["NPV", GR]], values: [["NPV", "#NAME?"]], valueTypes: [["String", "Error"]] });
  });

  it("keep #NAME? after registration until entered again", async () => {
    const calculate = jest.fn(() => 12.5);
    const excel = new ExcelEmulator({ functionsRegistered: false, calculate, sheets: [{ name: "S" }] });
    await apply(excel, (c) => (c.workbook.worksheets.getItem("S").getRange("A1").formulas = [[GR]]));
    excel.functionsRegistered = true;
    expect((await usedRange(excel, "S")).values).toEqual([["#NAME?"]]);
    await apply(excel, (c) => (c.workbook.worksheets.getItem("S").getRange("A1").formulas = [[GR]]));
    expect((await usedRange(excel, "S")).values).toEqual([[12.5]]);
    expect(calculate).toHaveBeenCalledWith({ sheet: "S", address: "A1", formula: GR });
  });

  it("do not touch formulas without a GR. call", async () => {
    const excel = new ExcelEmulator({ functionsRegistered: false, sheets: [{ name: "S", cells: { A1: { formula: "=1+1", value: 2 } } }] });
    expect((await usedRange(excel, "S")).values).toEqual([[2]]);
  });
});

describe("values", () => {
  it("reads seeded formula values and spilled values; formulas of a spilled cell give its value", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", cells: { A1: { formula: "=2*3", value: 6 } }, spills: [{ anchor: "B1", formula: "=SEQUENCE(1,2)", values: [[1, 2]] }] }] });
    expect(await usedRange(excel, "S")).toEqual({ address: "S!A1:C1", formulas: [["=2*3", "=SEQUENCE(1,2)", 2]], values: [[6, 1, 2]], valueTypes: [["Double", "Double", "Double"]] });
  });

  it("refuses to invent a value for a formula it was not told about", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", cells: { A1: "=1+1" } }] });
    await expect(usedRange(excel, "S")).rejects.toBeInstanceOf(EmulatorLimitation);
  });

  it("counts formatted cells in the used range unless valuesOnly", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", cells: { B2: 1 } }] });
    const addresses = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("D5").format.fill.color = "#FFFF00";
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [all.address, values.address];
    });
    expect(addresses).toEqual(["S!B2:D5", "S!B2"]);
  });
});
