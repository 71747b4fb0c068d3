// Charts, in two requests, so the finished chart never depends on which series Excel makes from
// a source range (Microsoft does not document it for a range without values, and a new sheet's
// ranges are empty while it is being added; a GR. spill stays empty until the function returns).
// Sync 2 adds each chart and asks how many series Excel gave it; sync 3 keeps that many (up to the
// spec's count), deletes the rest (ChartSeries.delete, ExcelApi 1.7), adds the missing ones, and sets
// every series explicitly: name, values, categories, per-series type and axis group, markers-only.
import { rangeSize } from "../templates/a1";
import type { ChartSeriesSpec, ChartSpec, SheetSpec } from "../templates/types";
import type { ChartApi, ChartSeriesApi } from "./api";
import { type SheetWriter, queueStep } from "./writer";

/** A chart added in sync 2, with the number of series Excel gave it (read after that sync). */
export type NewChart = { spec: ChartSpec; chart: ChartApi; seriesCount: { readonly value: number } };

type ChartAdder = Pick<SheetWriter, "sheet" | "name" | "log">;

/** Sync 2: each chart of the sheet, added from its first series' range, and its series count. */
export function addCharts(w: ChartAdder, spec: SheetSpec): NewChart[] {
  return spec.charts.map((chart) => addChart(w, chart));
}

function addChart(w: ChartAdder, spec: ChartSpec): NewChart {
  const what = `add the chart '${spec.title}'`;
  const first = spec.series[0];
  if (!first) throw new Error(`Chart '${spec.name}' has no series`); // a catalog bug, not a user's problem
  const source = w.sheet.getRange(first.values);
  const seriesBy = rangeSize(first.values).rows === 1 ? "Rows" : "Columns";
  const chart = queueStep(w, what, "ChartCollection.add", () => w.sheet.charts.add(spec.type, source, seriesBy));
  const seriesCount = queueStep(w, what, "ChartSeriesCollection.getCount", () => chart.series.getCount());
  return { spec, chart, seriesCount };
}

/** Sync 3: exactly the spec's series, then titles, axes, legend and position. */
export function writeCharts(w: SheetWriter, charts: NewChart[]): void {
  for (const chart of charts) writeChart(w, chart);
}

function writeChart(w: SheetWriter, { spec, chart, seriesCount }: NewChart): void {
  const what = `draw the chart '${spec.title}'`;
  queueStep(w, what, "Chart.name", () => (chart.name = spec.name));
  const existing = seriesCount.value;
  // From the last, so the index of every series still to delete or reuse stays where it was.
  for (let i = existing - 1; i >= spec.series.length; i--) {
    const extra = chart.series.getItemAt(i);
    queueStep(w, `remove a series Excel added to the chart '${spec.title}'`, "ChartSeries.delete", () => extra.delete());
  }
  spec.series.forEach((s, i) => {
    const series =
      i < existing
        ? chart.series.getItemAt(i)
        : queueStep(w, `add the series '${s.name}' to the chart '${spec.title}'`, "ChartSeriesCollection.add", () => chart.series.add(s.name));
    writeSeries(w, spec, s, series);
  });
  writeChartText(w, spec, chart, what);
}

function writeSeries(w: SheetWriter, chart: ChartSpec, spec: ChartSeriesSpec, series: ChartSeriesApi): void {
  const what = `set up the series '${spec.name}' of the chart '${chart.title}'`;
  const values = w.sheet.getRange(spec.values);
  const categories = w.sheet.getRange(chart.categories);
  queueStep(w, what, "ChartSeries.name", () => (series.name = spec.name));
  queueStep(w, what, "ChartSeries.setValues", () => series.setValues(values));
  queueStep(w, what, "ChartSeries.setXAxisValues", () => series.setXAxisValues(categories));
  if (spec.type) {
    const type = spec.type;
    queueStep(w, what, "ChartSeries.chartType", () => (series.chartType = type));
  }
  if (spec.axis === "Secondary") queueStep(w, what, "ChartSeries.axisGroup", () => (series.axisGroup = "Secondary"));
  if (spec.markersOnly) {
    queueStep(w, what, "ChartLineFormat.lineStyle", () => (series.format.line.lineStyle = "None"));
    queueStep(w, what, "ChartSeries.markerStyle", () => (series.markerStyle = "Circle"));
  }
}

/** Titles, axis titles (the secondary value axis exists once a series is on it), legend, position. */
function writeChartText(w: SheetWriter, spec: ChartSpec, chart: ChartApi, what: string): void {
  queueStep(w, what, "ChartTitle.text", () => (chart.title.text = spec.title));
  queueStep(w, what, "ChartAxisTitle.text", () => (chart.axes.categoryAxis.title.text = spec.categoryAxisTitle));
  queueStep(w, what, "ChartAxisTitle.text", () => (chart.axes.valueAxis.title.text = spec.valueAxisTitle));
  const secondary = spec.secondaryValueAxisTitle;
  if (secondary !== undefined && spec.series.some((s) => s.axis === "Secondary")) {
    const axis = chart.axes.getItem("Value", "Secondary");
    queueStep(w, what, "ChartAxisTitle.text", () => (axis.title.text = secondary));
  }
  queueStep(w, what, "ChartLegend.visible", () => (chart.legend.visible = true));
  queueStep(w, what, "ChartLegend.position", () => (chart.legend.position = spec.legend));
  queueStep(w, what, "Chart.setPosition", () => chart.setPosition(spec.position.from, spec.position.to));
}
