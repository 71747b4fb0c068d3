// Charts behind the real client library. Where Microsoft documents nothing (series made from a
// source line without values, getItemAt past the end, a secondary axis before any series is on it)
// the emulator takes the harsher reading; seriesFromSource switches the first to "everyLine".
import { ExcelEmulator } from "../support/excel-emulator";
import { apply, failureOf } from "./support";

const sheetWith = (cells: Record<string, number | string>, seriesFromSource?: "everyLine" | "linesWithValues") =>
  new ExcelEmulator({ sheets: [{ name: "S", cells }], ...(seriesFromSource ? { seriesFromSource } : {}) });

const addChart = (excel: ExcelEmulator, address: string, seriesBy: "Auto" | "Rows" | "Columns" = "Rows") =>
  apply(excel, (c) => {
    const sheet = c.workbook.worksheets.getItem("S");
    sheet.charts.add("ColumnClustered", sheet.getRange(address), seriesBy);
  });

describe("series made by charts.add", () => {
  it("makes one series per row of values, named Series1, Series2, …", async () => {
    const excel = sheetWith({ A1: 1, B1: 2, A2: 3, B2: 4 });
    await addChart(excel, "A1:B2");
    expect(excel.sheet("S").charts[0].series.map((s) => [s.name, s.values?.address])).toEqual([["Series1", "A1:B1"], ["Series2", "A2:B2"]]);
  });

  it("by default makes no series from a range holding no values (harsher reading)", async () => {
    const excel = sheetWith({});
    await addChart(excel, "A1:E1");
    expect(excel.sheet("S").charts[0].series).toEqual([]);
  });

  it("with seriesFromSource 'everyLine' makes one series per line even when it is empty", async () => {
    const excel = sheetWith({}, "everyLine");
    await addChart(excel, "A1:E2");
    expect(excel.sheet("S").charts[0].series).toHaveLength(2);
  });

  it("skips a line that holds nothing, and a GR. formula still calculating, by default", async () => {
    const excel = sheetWith({ A1: 5, A3: "=GR.BUDGET_SHIFT(1,2,3,4)" });
    await addChart(excel, "A1:C3");
    expect(excel.sheet("S").charts[0].series.map((s) => s.values?.address)).toEqual(["A1:C1"]);
  });

  it("reads 'Auto' as rows when the source is at least as wide as tall, else columns", async () => {
    const excel = sheetWith({ A1: 1, B1: 1, C1: 1, A2: 1, B2: 1, C2: 1 });
    await addChart(excel, "A1:C2", "Auto");
    await addChart(excel, "A1:A2", "Auto");
    expect(excel.sheet("S").charts.map((c) => c.series.length)).toEqual([2, 1]);
  });
});

describe("series, axes and chart parts", () => {
  const chartIn = (excel: ExcelEmulator, c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").charts.add("Line", c.workbook.worksheets.getItem("S").getRange("A1:C1"), "Rows");

  it("fails getItemAt past the last series with ItemNotFound at ChartSeriesCollection.getItemAt", async () => {
    const excel = sheetWith({ A1: 1 });
    expect(await failureOf(excel, (c) => (chartIn(excel, c).series.getItemAt(1).name = "x"))).toMatchObject({ code: "ItemNotFound", location: "ChartSeriesCollection.getItemAt" });
  });

  it("counts series with getCount, adds named ones, deletes one", async () => {
    const excel = sheetWith({ A1: 1 });
    const count = await excel.run(async (context) => {
      const chart = chartIn(excel, context);
      chart.series.add("Second");
      chart.series.getItemAt(0).delete();
      const n = chart.series.getCount();
      await context.sync();
      return n.value;
    });
    expect(count).toBe(1);
    expect(excel.sheet("S").charts[0].series.map((s) => s.name)).toEqual(["Second"]);
  });

  it("has a secondary value axis only once a series is on it", async () => {
    const excel = sheetWith({ A1: 1 });
    expect(await failureOf(excel, (c) => (chartIn(excel, c).axes.getItem("Value", "Secondary").title.text = "x"))).toMatchObject({ code: "InvalidArgument", location: "ChartAxes.getItem" });
    await apply(excel, (c) => {
      const chart = chartIn(excel, c);
      chart.series.getItemAt(0).axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").title.text = "Cumulative";
    });
    expect(excel.sheet("S").charts[1].axes.secondaryValue).toEqual({ title: "Cumulative" });
  });

  it("refuses markers on a column series and series data that is not one row or column", async () => {
    const excel = sheetWith({ A1: 1, A2: 2 });
    const columns = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").charts.add("ColumnClustered", c.workbook.worksheets.getItem("S").getRange("A1:A2"), "Columns");
    expect(await failureOf(excel, (c) => (columns(c).series.getItemAt(0).markerStyle = "Circle"))).toMatchObject({ code: "InvalidArgument", location: "ChartSeries.markerStyle" });
    expect(await failureOf(excel, (c) => columns(c).series.getItemAt(0).setValues(c.workbook.worksheets.getItem("S").getRange("A1:B2")))).toMatchObject({ code: "InvalidArgument", location: "ChartSeries.setValues" });
  });

  it("keeps title, legend, axis titles, series settings and position", async () => {
    const excel = sheetWith({ A1: 1 });
    await apply(excel, (c) => {
      const chart = chartIn(excel, c);
      chart.name = "Flows";
      chart.title.text = "Cash";
      chart.legend.position = "Bottom";
      chart.axes.categoryAxis.title.text = "Year";
      const series = chart.series.getItemAt(0);
      series.name = "Net";
      series.chartType = "LineMarkers";
      series.format.line.lineStyle = "None";
      series.markerStyle = "Circle";
      series.setXAxisValues(c.workbook.worksheets.getItem("S").getRange("A2:C2"));
      chart.setPosition("E2", "L18");
    });
    const [chart] = excel.sheet("S").charts;
    expect(chart).toMatchObject({ name: "Flows", title: "Cash", legend: { position: "Bottom", visible: true }, axes: { category: { title: "Year" } }, position: { from: "E2", to: "L18" } });
    expect(chart.series[0]).toEqual({ name: "Net", values: { sheet: "S", address: "A1:C1" }, xValues: { sheet: "S", address: "A2:C2" }, chartType: "LineMarkers", axisGroup: "Primary", markerStyle: "Circle", lineStyle: "None" });
  });
});
