// The strict fake's rules for names, tables, charts, validation, sheet deletion and requirement
// sets, each as Excel documents it.
import type { ExcelApi } from "../../src/excel/api";
import { StrictExcel, StrictExcelError, fakeRequirements } from "../support/strictExcel";

async function codeOf(strict: StrictExcel, batch: (context: ExcelApi) => void): Promise<string> {
  try {
    await strict.run(async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (error) {
    return error instanceof StrictExcelError ? error.code : `not an Excel error: ${String(error)}`;
  }
  return "no error";
}

const sheet = (c: ExcelApi, name = "Sheet1") => c.workbook.worksheets.getItem(name);

describe("sheet-scoped names", () => {
  it.each(["A1", "R1C1", "my name", "1st", ""])("refuses the invalid name %j", async (name) => {
    expect(await codeOf(new StrictExcel(), (c) => sheet(c).names.add(name, sheet(c).getRange("A1")))).toBe("InvalidArgument");
  });

  it("refuses a duplicate on the same sheet and allows it on another", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    expect(await codeOf(strict, (c) => { sheet(c, "A").names.add("Rate", sheet(c, "A").getRange("A1")); sheet(c, "B").names.add("rate", sheet(c, "B").getRange("A1")); })).toBe("no error");
    expect(await codeOf(strict, (c) => sheet(c, "A").names.add("RATE", sheet(c, "A").getRange("B1")))).toBe("ItemAlreadyExists");
  });
});

describe("tables", () => {
  it("names tables workbook-wide: a second table with the same name fails", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A", tables: [{ name: "Roles", address: "A1:B3" }] }, { name: "B" }] });
    const code = await codeOf(strict, (c) => { sheet(c, "B").tables.add(sheet(c, "B").getRange("A1:B3"), true).name = "roles"; });
    expect(code).toBe("ItemAlreadyExists");
  });

  it("refuses overlapping tables and unknown styles", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A", tables: [{ name: "Roles", address: "A1:B3" }] }] });
    expect(await codeOf(strict, (c) => sheet(c, "A").tables.add(sheet(c, "A").getRange("B2:C4"), true))).toBe("InvalidArgument");
    expect(await codeOf(strict, (c) => { sheet(c, "A").tables.add(sheet(c, "A").getRange("E1:F3"), true).style = "Fancy"; })).toBe("InvalidArgument");
  });

  it("reads a bare string address on the active sheet, as documented", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "Active" }, { name: "Other" }] });
    expect(await codeOf(strict, (c) => sheet(c, "Other").tables.add("A1:B3", true))).toBe("InvalidArgument");
  });

  it("names blank header cells Column1, Column2, …", async () => {
    const strict = new StrictExcel();
    await codeOf(strict, (c) => sheet(c).tables.add(sheet(c).getRange("A1:B2"), true));
    expect(strict.sheet("Sheet1").cells.A1.formula).toBe("Column1");
  });
});

describe("charts", () => {
  const addChart = (c: ExcelApi) => sheet(c).charts.add("ColumnClustered", sheet(c).getRange("A1:C2"), "Rows");

  it("makes one series per source row, named Series1, Series2", async () => {
    const strict = new StrictExcel();
    await codeOf(strict, addChart);
    expect(strict.sheet("Sheet1").charts[0].series.map((s) => [s.name, s.values?.address])).toEqual([["Series1", "A1:C1"], ["Series2", "A2:C2"]]);
  });

  it("has no secondary value axis until a series is plotted on it", async () => {
    const strict = new StrictExcel();
    expect(await codeOf(strict, (c) => { addChart(c).axes.getItem("Value", "Secondary").title.text = "x"; })).toBe("InvalidArgument");
    const ok = await codeOf(strict, (c) => {
      const chart = addChart(c);
      chart.series.getItemAt(1).axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").title.text = "Cumulative";
    });
    expect(ok).toBe("no error");
  });

  it("refuses markers on a column series and accepts them on a line series", async () => {
    const strict = new StrictExcel();
    expect(await codeOf(strict, (c) => { addChart(c).series.getItemAt(0).markerStyle = "Circle"; })).toBe("InvalidArgument");
    expect(await codeOf(strict, (c) => {
      const s = addChart(c).series.getItemAt(0);
      s.chartType = "Line";
      s.markerStyle = "Circle";
    })).toBe("no error");
  });

  it("refuses series data that is not one row or one column", async () => {
    expect(await codeOf(new StrictExcel(), (c) => addChart(c).series.getItemAt(0).setValues(sheet(c).getRange("A1:C2")))).toBe("InvalidArgument");
  });

  it("finds no series past the last one", async () => {
    expect(await codeOf(new StrictExcel(), (c) => { addChart(c).series.getItemAt(5).name = "x"; })).toBe("ItemNotFound");
  });

  it("counts series after the sync (ChartSeriesCollection.getCount) and deletes one (ChartSeries.delete)", async () => {
    const strict = new StrictExcel();
    await strict.run(async (c) => {
      const chart = addChart(c);
      const count = chart.series.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await c.sync();
      expect(count.value).toBe(2);
      chart.series.getItemAt(0).delete();
      await c.sync();
    });
    expect(strict.sheet("Sheet1").charts[0].series.map((s) => s.values?.address)).toEqual(["A2:C2"]);
  });

  describe("series made from the source range (seriesFromSource)", () => {
    const seeded = { sheets: [{ name: "Sheet1", cells: { A1: 1, C3: "=A1" } }] };
    const addFrom = (address: string, seriesBy: "Rows" | "Columns") => (c: ExcelApi) => void sheet(c).charts.add("Line", sheet(c).getRange(address), seriesBy);
    const seriesOf = (strict: StrictExcel) => strict.sheet("Sheet1").charts[0].series.map((s) => s.values?.address);

    it("everyLine (default): one per row or column, empty or not", async () => {
      const strict = new StrictExcel(seeded);
      await codeOf(strict, addFrom("A1:C3", "Rows"));
      expect(seriesOf(strict)).toEqual(["A1:C1", "A2:C2", "A3:C3"]);
    });

    it("linesWithValues: none for a line where no cell holds anything", async () => {
      const strict = new StrictExcel({ ...seeded, seriesFromSource: "linesWithValues" });
      await codeOf(strict, addFrom("A1:C3", "Columns"));
      expect(seriesOf(strict)).toEqual(["A1:A3", "C1:C3"]);
    });

    it("linesWithValues: a chart with no series from an empty range", async () => {
      const strict = new StrictExcel({ seriesFromSource: "linesWithValues" });
      await codeOf(strict, addFrom("A1:C1", "Rows"));
      expect(strict.sheet("Sheet1").charts[0].series).toEqual([]);
    });
  });
});

describe("data validation", () => {
  const validate = (rule: Excel.DataValidationRule) => (c: ExcelApi) => { sheet(c).getRange("A1").dataValidation.rule = rule; };

  it("refuses a minimum above the maximum", async () => {
    expect(await codeOf(new StrictExcel(), validate({ decimal: { operator: "Between", formula1: 2, formula2: 1 } }))).toBe("InvalidArgument");
  });

  it("refuses a list source longer than 255 characters", async () => {
    expect(await codeOf(new StrictExcel(), validate({ list: { inCellDropDown: true, source: "x,".repeat(200) } }))).toBe("InvalidArgument");
  });

  it("refuses a prompt title longer than 32 characters", async () => {
    const code = await codeOf(new StrictExcel(), (c) => { sheet(c).getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t".repeat(33), message: "m" }; });
    expect(code).toBe("InvalidArgument");
  });
});

describe("deleting sheets", () => {
  it("refuses to delete the only sheet", async () => {
    expect(await codeOf(new StrictExcel(), (c) => sheet(c).delete())).toBe("InvalidOperation");
  });

  it("activates a neighbour when the active sheet is deleted", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }], active: "B" });
    await codeOf(strict, (c) => sheet(c, "B").delete());
    expect(strict.snapshot().activeSheet).toBe("C");
  });

  it("finds no sheet by a name that is not there", async () => {
    expect(await codeOf(new StrictExcel(), (c) => sheet(c, "Missing").activate())).toBe("ItemNotFound");
  });
});

describe("requirement sets", () => {
  it("supports versions up to the configured one, and records what was asked", () => {
    const requirements = fakeRequirements({ ExcelApi: "1.8" });
    expect(requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(requirements.asked).toEqual(["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.10", "WordApi 1.1"]);
  });
});
