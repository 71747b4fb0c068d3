// Charts: added from the first series' data, then every series set explicitly (name, values,
// categories, per-series type and axis group, markers-only), titles, axes, legend and position.
import { rangeSize } from "../templates/a1";
import type { ChartSeriesSpec, ChartSpec, SheetSpec } from "../templates/types";
import type { ChartApi, ChartSeriesApi } from "./api";
import { type SheetWriter, queueStep } from "./writer";

export function writeCharts(w: SheetWriter, spec: SheetSpec): void {
  for (const chart of spec.charts) writeChart(w, chart);
}

function writeChart(w: SheetWriter, spec: ChartSpec): void {
  const what = `add the chart '${spec.title}'`;
  const [first, ...rest] = spec.series;
  if (!first) throw new Error(`Chart '${spec.name}' has no series`); // a catalog bug, not a user's problem
  // One row (or column) of data makes exactly one series, whatever Excel's guess would be: that
  // series is then configured like every other one, so nothing depends on Excel's auto-detection.
  const source = w.sheet.getRange(first.values);
  const seriesBy = rangeSize(first.values).rows === 1 ? "Rows" : "Columns";
  const chart = queueStep(w, what, "ChartCollection.add", () => w.sheet.charts.add(spec.type, source, seriesBy));
  queueStep(w, what, "Chart.name", () => (chart.name = spec.name));
  writeSeries(w, spec, first, chart.series.getItemAt(0));
  for (const s of rest) {
    const series = queueStep(w, `add the series '${s.name}' to the chart '${spec.title}'`, "ChartSeriesCollection.add", () => chart.series.add(s.name));
    writeSeries(w, spec, s, series);
  }
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
