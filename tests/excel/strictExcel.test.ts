// The strict fake's own rules, each from Excel's documented behaviour (Office Add-ins docs:
// "Excel JavaScript object model", "Error handling", Range/Worksheet/Table reference pages).
import type { ExcelApi } from "../../src/excel/api";
import { StrictExcel, StrictExcelError, fakeRequirements } from "../support/strictExcel";

async function codeOf(strict: StrictExcel, batch: (context: ExcelApi) => Promise<unknown>): Promise<string> {
  try {
    await strict.run(batch);
  } catch (error) {
    return error instanceof StrictExcelError ? error.code : `not an Excel error: ${String(error)}`;
  }
  return "no error";
}

describe("queued operations", () => {
  it("applies nothing until sync", async () => {
    const strict = new StrictExcel();
    await strict.run(async (context) => {
      context.workbook.worksheets.add("Later");
      expect(strict.sheetNames()).toEqual(["Sheet1"]);
      await context.sync();
      expect(strict.sheetNames()).toEqual(["Sheet1", "Later"]);
    });
  });

  it("stops a request at the failing operation and keeps the earlier ones applied", async () => {
    const strict = new StrictExcel();
    const code = await codeOf(strict, async (context) => {
      context.workbook.worksheets.add("First");
      context.workbook.worksheets.add("first"); // duplicate, case-insensitively
      context.workbook.worksheets.add("Never");
      await context.sync();
    });
    expect(code).toBe("ItemAlreadyExists");
    expect(strict.sheetNames()).toEqual(["Sheet1", "First"]);
  });

  it("reports the failing operation as Excel's debugInfo documents it, and nothing more", async () => {
    const strict = new StrictExcel();
    const error = await strict.run(async (context) => {
      context.workbook.worksheets.add("A");
      context.workbook.worksheets.add("B:C");
      return context.sync().then(() => undefined, (e: unknown) => e);
    });
    expect(error).toBeInstanceOf(StrictExcelError);
    const info = (error as StrictExcelError).debugInfo;
    expect(Object.keys(info).sort()).toEqual(["code", "errorLocation", "message", "statement", "surroundingStatements"]);
    expect(info).toMatchObject({ code: "InvalidArgument", errorLocation: "WorksheetCollection.add" });
  });

  it("omits errorLocation and statement when told to (Excel gives them only 'if available')", async () => {
    const strict = new StrictExcel({ errorLocation: "omitted" });
    const error = await strict.run(async (context) => {
      context.workbook.worksheets.add("B:C");
      return context.sync().then(() => undefined, (e: unknown) => e);
    });
    expect((error as StrictExcelError).debugInfo).toEqual({ code: "InvalidArgument", message: "The sheet name 'B:C' contains a forbidden character." });
    expect(strict.lastFailure).toMatchObject({ operationIndex: 1, location: "WorksheetCollection.add" });
  });

  it("counts syncs and estimates each request's payload as the JSON size of its operations", async () => {
    const strict = new StrictExcel();
    await strict.run(async (context) => {
      context.workbook.worksheets.add("S").getRange("A1:B1").formulas = [["x".repeat(1000), 1]];
      await context.sync();
      await context.sync();
    });
    expect(strict.syncCount).toBe(2);
    expect(strict.requests[0].operations).toBe(2);
    expect(strict.requests[0].bytes).toBeGreaterThan(1000);
    expect(strict.requests[1]).toEqual({ operations: 0, bytes: 0 });
  });

  it("refuses a batch that queues operations and never syncs them", async () => {
    const strict = new StrictExcel();
    await expect(strict.run(async (context) => void context.workbook.worksheets.add("Lost"))).rejects.toThrow(/never synced/);
  });

  it("fails the n-th operation once when asked (fault injection)", async () => {
    const strict = new StrictExcel();
    strict.failAt(2);
    const code = await codeOf(strict, async (context) => {
      ["A", "B", "C"].forEach((n) => context.workbook.worksheets.add(n));
      await context.sync();
    });
    expect(code).toBe("GeneralException");
    expect(strict.sheetNames()).toEqual(["Sheet1", "A"]);
    expect(strict.lastFailure).toMatchObject({ operationIndex: 2, location: "WorksheetCollection.add", args: '["B"]' });
    expect(strict.operationCount).toBe(3);
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const strict = new StrictExcel();
    await strict.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheet.load("name");
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      expect(() => sheet.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads collection items with only the requested properties", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    await strict.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("worksheet ids", () => {
  it("gives each sheet an id that stays when it is renamed or moved, and finds it by id or name", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    await strict.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const [a, b] = sheets.items.map((s) => s.id);
      expect(a).not.toBe(b);
      expect(a).toMatch(/^\{[0-9A-F-]{36}\}$/);
      const byId = sheets.getItem(b);
      byId.name = "Renamed";
      byId.position = 0;
      byId.load("id,name,position");
      await context.sync();
      expect([byId.id, byId.name, byId.position]).toEqual([b, "Renamed", 0]);
    });
    expect(strict.sheetNames()).toEqual(["Renamed", "A"]);
  });
});

describe("sheet names", () => {
  it.each([
    ["longer than 31 characters", "x".repeat(32)],
    ["with a colon", "a:b"],
    ["with a backslash", "a\\b"],
    ["with a slash", "a/b"],
    ["with a question mark", "a?b"],
    ["with an asterisk", "a*b"],
    ["with an opening bracket", "a[b"],
    ["with a closing bracket", "a]b"],
    ["blank", "   "],
    ["with a leading apostrophe", "'ab"],
    ["with a trailing apostrophe", "ab'"],
    ["the reserved History", "history"],
  ])("refuses a sheet name that is %s (InvalidArgument)", async (_, name) => {
    const strict = new StrictExcel();
    expect(await codeOf(strict, async (c) => { c.workbook.worksheets.add(name); await c.sync(); })).toBe("InvalidArgument");
  });

  it("accepts 31 characters and an inner apostrophe", async () => {
    const strict = new StrictExcel();
    expect(await codeOf(strict, async (c) => { c.workbook.worksheets.add("x".repeat(31)); c.workbook.worksheets.add("Bob's"); await c.sync(); })).toBe("no error");
  });

  it("refuses a duplicate, case-insensitively, with ItemAlreadyExists", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "Data" }] });
    expect(await codeOf(strict, async (c) => { c.workbook.worksheets.add("DATA"); await c.sync(); })).toBe("ItemAlreadyExists");
  });
});

describe("ranges", () => {
  it.each([
    ["too few rows", "A1:B2", [[1, 2]]],
    ["too many columns", "A1:B2", [[1, 2, 3], [4, 5, 6]]],
    ["a ragged row", "A1:B2", [[1, 2], [3]]],
    ["a scalar where a matrix is due", "A1", 5],
  ])("refuses a 2-D array with %s (InvalidArgument)", async (_, address, matrix) => {
    const strict = new StrictExcel();
    const code = await codeOf(strict, async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange(address).formulas = matrix as never; // deliberately ill-shaped
      await c.sync();
    });
    expect(code).toBe("InvalidArgument");
  });

  it("leaves cells unchanged where the matrix holds null", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "S", cells: { A1: 1, B1: 2 } }] });
    await strict.run(async (c) => {
      c.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[null, "=A1*2"]];
      await c.sync();
    });
    expect(strict.sheet("S").cells).toEqual({ A1: { formula: 1 }, B1: { formula: "=A1*2" } });
  });

  it("refuses formulas that do not parse or refer to a missing sheet", async () => {
    const strict = new StrictExcel();
    const write = (formula: string) => codeOf(strict, async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
      await c.sync();
    });
    expect(await write("=SUM(A2:A3")).toBe("InvalidArgument");
    expect(await write("='No Such Sheet'!A1")).toBe("InvalidArgument");
    expect(await write("=Sheet1!A2+1")).toBe("no error");
  });

  it("refuses colours that are not #RRGGBB or a colour name", async () => {
    const strict = new StrictExcel();
    expect(await codeOf(strict, async (c) => { c.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#12345"; await c.sync(); })).toBe("InvalidArgument");
  });
});
