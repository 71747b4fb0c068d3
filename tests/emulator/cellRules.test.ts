// Excel's rules for cell contents and formatting, behind the real client library. Sources: the
// Range / RangeFormat / DataValidation / ConditionalFormat API reference, quoted at each rule in
// tests/support/excel-emulator/model, and "Excel specifications and limits".
import { apply, onSheet } from "./support";

describe("contents", () => {
  it("refuses a 2-D array that does not match the range, with Excel's message, at Range.formulas", async () => {
    const { fail } = onSheet();
    for (const matrix of [[[1, 2]], [[1], [2], [3]], [[1, 2], [3]]]) {
      expect(await fail((s) => (s.getRange("A1:B2").formulas = matrix))).toEqual({
        code: "InvalidArgument",
        location: "Range.formulas",
        message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      });
    }
  });

  it("writes one value to every cell of the range (the documented single-value form)", async () => {
    const { excel, sheetOf } = onSheet();
    await apply(excel, (c) => ((sheetOf(c).getRange("A1:B2").values as unknown) = 7));
    expect(Object.keys(excel.sheet("S").cells)).toEqual(["A1", "B1", "A2", "B2"]);
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const { excel, sheetOf } = onSheet({ sheets: [{ name: "S", cells: { A1: 1, B1: 2 } }] });
    await apply(excel, (c) => (sheetOf(c).getRange("A1:B1").formulas = [[null, ""]]));
    expect(excel.sheet("S").cells).toEqual({ A1: { formula: 1 } });
  });

  it("splits a write of more than 1,500 cells as the library does, and still checks the array's size", async () => {
    const { excel, sheetOf, fail } = onSheet();
    const big = Array.from({ length: 40 }, (_, r) => Array.from({ length: 50 }, (_, c) => r * 50 + c));
    await apply(excel, (c) => (sheetOf(c).getRange("A1:AX40").formulas = big));
    expect(excel.sheet("S").cells.AX40).toEqual({ formula: 1999 });
    expect(excel.requests.at(-2)!.operations).toBeGreaterThan(10);
    expect(await fail((s) => (s.getRange("A1:AX41").formulas = big))).toMatchObject({ code: "InvalidArgument", location: "Range._ValidateArraySize" });
  });

  it("refuses a formula naming a sheet that does not exist", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A1").formulas = [["='No Such'!A1*2"]]))).toMatchObject({ code: "InvalidArgument", location: "Range.formulas" });
  });

  it("refuses a formula Excel cannot parse", async () => {
    const { fail } = onSheet();
    for (const formula of ["=SUM(A1", '="open', "=A1)"]) expect(await fail((s) => (s.getRange("A1").formulas = [[formula]]))).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses text over 32,767 characters", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A1").formulas = [["x".repeat(32_768)]]))).toMatchObject({ code: "InvalidArgument" });
  });

  it("never sees NaN or Infinity: JSON carries them as null, which leaves the cell as it was", async () => {
    const { excel, sheetOf } = onSheet({ sheets: [{ name: "S", cells: { A1: 5 } }] });
    await apply(excel, (c) => (sheetOf(c).getRange("A1:B1").formulas = [[Number.NaN, Number.POSITIVE_INFINITY]]));
    expect(excel.sheet("S").cells).toEqual({ A1: { formula: 5 } });
  });

  it("refuses an address that is not A1 with InvalidArgument at Worksheet.getRange", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A0").formulas = [[1]]))).toMatchObject({ code: "InvalidArgument", location: "Worksheet.getRange" });
  });
});

describe("formats", () => {
  it.each([
    ["more than four sections", "0;0;0;0;0"],
    ["an unclosed quote", '"x'],
    ["nothing", ""],
  ])("refuses a number format with %s", async (_, format) => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A1").numberFormat = [[format]]))).toMatchObject({ code: "InvalidArgument", location: "Range.numberFormat" });
  });

  it.each([
    ["font size 0", (s: Excel.Worksheet) => (s.getRange("A1").format.font.size = 0), "RangeFont.size"],
    ["font size 410", (s: Excel.Worksheet) => (s.getRange("A1").format.font.size = 410), "RangeFont.size"],
    ["a colour that is neither #RRGGBB nor a name", (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "#12345"), "RangeFill.color"],
    ["indent 251", (s: Excel.Worksheet) => (s.getRange("A1").format.indentLevel = 251), "RangeFormat.indentLevel"],
    ["a column wider than 255 characters", (s: Excel.Worksheet) => (s.getRange("A:A").format.columnWidth = 2000), "RangeFormat.columnWidth"],
    ["an alignment Excel does not have", (s: Excel.Worksheet) => (s.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment), "RangeFormat.horizontalAlignment"],
    ["a border style Excel does not have", (s: Excel.Worksheet) => (s.getRange("A1").format.borders.getItem("EdgeTop").style = "Thick" as Excel.BorderLineStyle), "RangeBorder.style"],
    ["a tab colour that is not a colour", (s: Excel.Worksheet) => (s.tabColor = "blueish"), "Worksheet.tabColor"],
  ])("refuses %s", async (_, write, location) => {
    const { fail } = onSheet();
    expect(await fail(write)).toMatchObject({ code: "InvalidArgument", location });
  });

  it("formats every cell of the range, an edge border only on the outline's row", async () => {
    const { excel, sheetOf } = onSheet();
    await apply(excel, (c) => {
      const range = sheetOf(c).getRange("A1:B2");
      range.format.font.bold = true;
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
    });
    const cells = excel.sheet("S").cells;
    expect(cells.A1).toEqual({ font: { bold: true } });
    expect(cells.B2).toEqual({ font: { bold: true }, borders: { EdgeBottom: { style: "Continuous", color: "#000000" } } });
  });

  it("reads a format back as the cells' common value, null when they differ", async () => {
    const { excel, sheetOf } = onSheet();
    const [common, mixed] = await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A1:A2").format.font.color = "#FF0000";
      const same = sheet.getRange("A1:A2").format.font.load("color");
      const differ = sheet.getRange("A1:A3").format.font.load("color");
      await context.sync();
      return [same.color, differ.color];
    });
    expect([common, mixed]).toEqual(["#FF0000", null]);
  });
});

describe("data validation and conditional formats", () => {
  it.each([
    ["two kinds at once", { decimal: { operator: "GreaterThan", formula1: 0 }, wholeNumber: { operator: "GreaterThan", formula1: 0 } }],
    ["Between without a second limit", { decimal: { operator: "Between", formula1: 0 } }],
    ["a minimum above the maximum", { decimal: { operator: "Between", formula1: 5, formula2: 1 } }],
    ["a list source over 255 characters", { list: { inCellDropDown: true, source: "x".repeat(256) } }],
  ])("refuses a rule with %s", async (_, rule) => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A1").dataValidation.rule = rule as Excel.DataValidationRule))).toMatchObject({ code: "InvalidArgument", location: "DataValidation.rule" });
  });

  it("refuses a prompt title over 32 characters and an error alert with an unknown style", async () => {
    const { fail } = onSheet();
    expect(await fail((s) => (s.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t".repeat(33), message: "m" }))).toMatchObject({ location: "DataValidation.prompt" });
    const alert = { showAlert: true, style: "Severe", title: "", message: "m" } as unknown as Excel.DataValidationErrorAlert;
    expect(await fail((s) => (s.getRange("A1").dataValidation.errorAlert = alert))).toMatchObject({ code: "InvalidArgument", location: "DataValidation.errorAlert" });
  });

  it("replaces overlapping validations when a rule is set", async () => {
    const { excel, sheetOf } = onSheet();
    await apply(excel, (c) => {
      sheetOf(c).getRange("A1:A3").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
      sheetOf(c).getRange("A2").dataValidation.rule = { decimal: { operator: "LessThan", formula1: 9 } };
    });
    expect(excel.sheet("S").validations.map((v) => v.address)).toEqual(["A2"]);
  });

  it("keeps a custom conditional format's formula and colours, and refuses a formula without '='", async () => {
    const { excel, sheetOf, fail } = onSheet();
    await apply(excel, (c) => {
      const format = sheetOf(c).getRange("B2:B4").conditionalFormats.add("Custom");
      format.custom.rule.formula = '=$B2="OK"';
      format.custom.format.fill.color = "#C6EFCE";
      format.custom.format.font.color = "#006100";
    });
    expect(excel.sheet("S").conditionalFormats).toEqual([{ id: expect.any(Number), address: "B2:B4", type: "Custom", formula: '=$B2="OK"', fill: "#C6EFCE", fontColor: "#006100" }]);
    expect(await fail((s) => (s.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "B2>1"))).toMatchObject({ code: "InvalidArgument", location: "ConditionalFormatRule.formula" });
  });
});

describe("view", () => {
  it("freezes panes at a range, by rows, by columns, and refuses a negative count", async () => {
    const { excel, sheetOf, fail } = onSheet();
    await apply(excel, (c) => sheetOf(c).freezePanes.freezeAt(sheetOf(c).getRange("A1:B3")));
    expect(excel.sheet("S").freeze).toEqual({ rows: 3, columns: 2 });
    await apply(excel, (c) => sheetOf(c).freezePanes.freezeRows(2));
    expect(excel.sheet("S").freeze).toEqual({ rows: 2, columns: 0 });
    expect(await fail((s) => s.freezePanes.freezeColumns(-1))).toMatchObject({ code: "InvalidArgument", location: "WorksheetFreezePanes.freezeColumns" });
  });

  it("hides gridlines (the library sends 'Gridlines') and reads showGridlines back", async () => {
    const { excel, sheetOf } = onSheet();
    const shown = await excel.run(async (context) => {
      sheetOf(context).showGridlines = false;
      const sheet = sheetOf(context).load("showGridlines");
      await context.sync();
      return sheet.showGridlines;
    });
    expect(shown).toBe(false);
  });
});
