// A chart series: data, per-series type and axis group, line and markers.
import type { ChartSeriesApi, RangeApi } from "../../../src/excel/api";
import { areaColumns, areaRows, formatArea } from "./address";
import { invalidArgument } from "./errors";
import { ClientObject, Host, writeOnly } from "./host";
import { rangeOf } from "./range";
import { CHART_TYPES, checkOneOf } from "./rules";
import type { ChartState, SeriesRange, SeriesState } from "./state";

const MARKER_STYLES = ["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot", "Dash", "Circle", "Plus"] as const;
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"] as const;

/** Series types that have markers; Excel refuses marker settings on columns and areas. */
const hasMarkers = (type: string) => /^(Line|XYScatter|Radar)/.test(type);

export const newSeries = (name: string): SeriesState => ({ name, axisGroup: "Primary", markerStyle: "Automatic", lineStyle: "Continuous" });

function seriesRange(range: unknown): SeriesRange {
  const { sheet, area } = rangeOf(range);
  if (areaRows(area) !== 1 && areaColumns(area) !== 1) throw invalidArgument("Series data must be a single row or column.");
  return { sheet: sheet.name, address: formatArea(area) };
}

export class StrictSeries extends ClientObject implements ChartSeriesApi {
  readonly format: { readonly line: { lineStyle: string } };

  constructor(host: Host, path: string, private readonly chart: () => ChartState, private readonly resolve: () => SeriesState) {
    super(host, path, "ChartSeries");
    const lineStyle = writeOnly<string>(host, `${path}.format.line`, "ChartLineFormat.lineStyle", (v) => {
      this.resolve().lineStyle = checkOneOf(v, LINE_STYLES, "line style");
    });
    this.format = { line: { get lineStyle() { return lineStyle.get(); }, set lineStyle(v: string) { lineStyle.set(v); } } };
  }

  get name(): string { return this.read("name"); }
  set name(value: string) {
    this.queue("name", [value], (v) => {
      if (typeof v !== "string") throw invalidArgument("A series name must be text.");
      this.resolve().name = v;
    });
  }

  get chartType(): string { return this.read("chartType"); }
  set chartType(value: string) {
    this.queue("chartType", [value], (v) => (this.resolve().chartType = checkOneOf(v, CHART_TYPES, "chart type")));
  }

  get axisGroup(): string { return this.read("axisGroup"); }
  set axisGroup(value: string) {
    this.queue("axisGroup", [value], (v) => (this.resolve().axisGroup = checkOneOf(v, ["Primary", "Secondary"] as const, "axis group")));
  }

  get markerStyle(): string { return this.read("markerStyle"); }
  set markerStyle(value: string) {
    this.queue("markerStyle", [value], (v) => {
      const series = this.resolve();
      const type = series.chartType ?? this.chart().type;
      if (!hasMarkers(type)) throw invalidArgument(`A ${type} series has no markers.`);
      series.markerStyle = checkOneOf(v, MARKER_STYLES, "marker style");
    });
  }

  /** ExcelApi 1.7. */
  delete(): void {
    this.queue("delete", [], () => {
      const chart = this.chart();
      chart.series.splice(chart.series.indexOf(this.resolve()), 1);
    });
  }

  setValues(sourceData: RangeApi): void {
    this.queue("setValues", [sourceData], (r) => (this.resolve().values = seriesRange(r)));
  }

  setXAxisValues(sourceData: RangeApi): void {
    this.queue("setXAxisValues", [sourceData], (r) => (this.resolve().xValues = seriesRange(r)));
  }
}
