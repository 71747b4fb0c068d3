// The wire between Microsoft's client library and the emulator: what the library sends for the
// add-in's calls and what it makes of the answers. Source of truth: the library itself
// (excel-web-16.00.debug.js, @microsoft/office-js 1.1.110; line numbers in docs/excel-emulator.md).
import { EmulatorLimitation, ExcelEmulator } from "../support/excel-emulator";
import { errorOf, expectedRejection } from "./support";

const seeded = () => new ExcelEmulator({ sheets: [{ name: "Data", cells: { A1: 42, B1: "=A1*2", A2: "text" } }, { name: "Notes" }] });

describe("queries", () => {
  it("answers load('items/name') on a collection with one item per member", async () => {
    const names = await seeded().run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Data", "Notes"]);
  });

  it("answers nested selects (format/font/bold) and properties of the object itself", async () => {
    const excel = seeded();
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const range = sheet.getRange("A1:B1");
      range.format.font.bold = true;
      range.load("address, formulas, format/font/bold, format/horizontalAlignment");
      const constants = sheet.getRange("A1:A3").load("values, valueTypes");
      await context.sync();
      return {
        address: range.address,
        formulas: range.formulas,
        bold: range.format.font.bold,
        align: range.format.horizontalAlignment,
        values: constants.values,
        valueTypes: constants.valueTypes,
      };
    });
    expect(read).toEqual({
      address: "Data!A1:B1",
      formulas: [[42, "=A1*2"]],
      bold: true,
      align: "General",
      values: [[42], ["text"], [""]],
      valueTypes: [["Double"], ["String"], ["Empty"]],
    });
  });

  it("reads a formula's value only when it is known: unknown ones fail loudly as an emulator limitation", async () => {
    const attempt = seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B1").load("values");
      await context.sync();
      return range.values;
    });
    await expect(attempt).rejects.toBeInstanceOf(EmulatorLimitation);
  });
});

describe("null objects (…OrNullObject)", () => {
  it("reports a blank sheet's used range as a null object and a filled one's as its bounding box", async () => {
    const [blank, used] = await seeded().run(async (context) => {
      const sheets = context.workbook.worksheets;
      const none = sheets.getItem("Notes").getUsedRangeOrNullObject().load("address");
      const some = sheets.getItem("Data").getUsedRangeOrNullObject().load("address");
      await context.sync();
      return [none.isNullObject, some.isNullObject ? "null" : some.address];
    });
    expect(blank).toBe(true);
    expect(used).toBe("Data!A1:B2");
  });

  it("gives a spilled cell its anchor and any other cell a null spill parent", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", spills: [{ anchor: "B2", formula: "=SEQUENCE(2)", values: [[1], [2]] }] }] });
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const spilled = sheet.getRange("B3").getSpillParentOrNullObject().load("address");
      const plain = sheet.getRange("C3").getSpillParentOrNullObject();
      plain.load("isNullObject");
      await context.sync();
      return { spilled: spilled.address, plain: plain.isNullObject };
    });
    expect(result).toEqual({ spilled: "S!B2", plain: true });
  });
});

describe("objects across syncs", () => {
  it("lets a sheet made by worksheets.add be used in the next sync (the answer carries its Id)", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Plan");
      await context.sync();
      sheet.getRange("A1").formulas = [["second sync"]];
      sheet.load("id");
      await context.sync();
      expect(sheet.id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    });
    expect(excel.sheet("Plan").cells.A1).toEqual({ formula: "second sync" });
  });

  it("keeps a Range across syncs by reference and releases it when Excel.run ends (one cleanup request)", async () => {
    const excel = seeded();
    let keptDuringRun = 0;
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C3");
      range.load("formulas");
      await context.sync();
      keptDuringRun = excel.keptReferences;
      range.formulas = [["later"]];
      await context.sync();
    });
    expect(keptDuringRun).toBe(1);
    expect(excel.keptReferences).toBe(0);
    expect(excel.requests.map((r) => r.releasesOnly)).toEqual([false, false, true]);
    expect(excel.syncCount).toBe(2);
    expect(excel.sheet("Data").cells.C3).toEqual({ formula: "later" });
  });
});

describe("failures", () => {
  it("answers a failed action with Excel's code, message, errorLocation and the statement around it", async () => {
    const error = await seeded()
      .run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").formulas = [[1, 2]];
        await context.sync();
      })
      .then(expectedRejection, (e: OfficeExtension.Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "RichApi.Error", code: "InvalidArgument" });
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(error.debugInfo.errorLocation).toBe("Range.formulas");
    expect(error.debugInfo.statement).toBe("range.formulas = ...;");
    const fields = Object.entries(error.debugInfo).filter(([, v]) => typeof v !== "function").map(([k]) => k);
    expect(fields.sort()).toEqual(["code", "errorLocation", "fullStatements", "message", "statement", "surroundingStatements"]);
  });

  it("leaves out errorLocation and statement when the switch says Excel did not give them", async () => {
    const excel = new ExcelEmulator({ errorLocation: "omitted" });
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.add("Bad:Name");
        await context.sync();
      })
      .then(expectedRejection, (e: OfficeExtension.Error) => e);
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBeUndefined();
    expect(error.debugInfo.statement).toBeUndefined();
    expect(excel.lastFailure?.location).toBe("WorksheetCollection.add");
  });

  it("keeps what the actions before a failing one did, and runs none after it", async () => {
    const excel = seeded();
    await excel
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Notes");
        sheet.getRange("A1").formulas = [["before"]];
        sheet.getRange("A2").formulas = [[1, 2]];
        sheet.getRange("A3").formulas = [["after"]];
        await context.sync();
      })
      .catch(() => undefined);
    expect(excel.sheet("Notes").cells).toEqual({ A1: { formula: "before" } });
  });

  it("leaves PropertyNotLoaded to the real library: reading what was never loaded throws before any request", async () => {
    const excel = seeded();
    const error = await errorOf(excel.run(async (context) => context.workbook.worksheets.getItem("Data").getRange("A1").formulas));
    expect(error).toMatchObject({ code: "PropertyNotLoaded" });
    expect(error.message).toMatch(/^The property 'formulas' is not available\. Before reading the property's value, call the load method/);
    expect(excel.syncCount).toBe(0);
  });

  it("gets members of sets the host lacks sent anyway: this library build does not check them (the add-in must)", async () => {
    // CommonUtility.throwIfApiNotSupported reads CommonUtility._doApiNotSupportedCheck (false, line
    // 15411); the build sets Utility._doApiNotSupportedCheck (line 63598), a different property.
    const excel = new ExcelEmulator({ requirements: { ExcelApi: "1.7" } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").showGridlines = false;
      await context.sync();
    });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(excel.sheet("Sheet1").showGridlines).toBe(false);
  });

  it("rejects with an EmulatorLimitation, not an Excel error, for a member it does not model", async () => {
    const attempt = seeded().run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").merge();
      await context.sync();
    });
    await expect(attempt).rejects.toThrow(/does not model Range\.merge\(\)/);
  });
});
