// Charts (ChartCollection from line 36822 of excel-web-16.00.debug.js), their title, legend, axes,
// series, and the series' line format.
import { invalidArgument } from "../errors";
import { formatArea } from "../model/address";
import { LEGEND_POSITIONS, LINE_STYLES, addChart, addSeries, axisOf, chartAlive, chartWireId, renameChart, seriesAt, seriesRange, setMarkerStyle } from "../model/charts";
import { CHART_TYPES, checkBoolean, checkOneOf } from "../model/rules";
import type { AxisState, ChartState, SeriesState, SheetState } from "../model/state";
import { type Accessor, XlObject, type Session } from "./base";
import { rangeArgument } from "./range";

const text = (v: unknown, what: string): string => {
  if (typeof v !== "string") throw invalidArgument(`${what} must be text.`);
  return v;
};

export class ChartCollectionObject extends XlObject {
  readonly className = "ChartCollection";

  constructor(session: Session, readonly sheet: SheetState) {
    super(session);
    this.methods.Add = ([type, source, seriesBy]) => {
      const data = rangeArgument(source, undefined, "charts.add sourceData");
      return new ChartObject(this, addChart(this.model, sheet, data, type, seriesBy));
    };
    this.methods.GetCount = () => sheet.charts.length;
  }

  override checkAlive(): void {
    this.model.alive(this.sheet);
  }

  override items(): XlObject[] {
    return this.sheet.charts.map((c) => new ChartObject(this, c));
  }

  override indexer([name]: unknown[]): XlObject {
    const chart = this.sheet.charts.find((c) => c.name === name || chartWireId(c) === name);
    if (!chart) throw invalidArgument(`No chart '${String(name)}'.`);
    return new ChartObject(this, chart);
  }
}

export class ChartObject extends XlObject {
  readonly className = "Chart";

  constructor(readonly collection: ChartCollectionObject, readonly chart: ChartState) {
    super(collection.session);
    this.props.Name = { get: () => chart.name, set: (v) => renameChart(chart, v) };
    this.props.Id = { get: () => chartWireId(chart) };
    this.props.ChartType = { get: () => chart.type, set: (v) => (chart.type = checkOneOf(v, CHART_TYPES, "chart type")) };
    this.nav.Title = () => this.leaf("ChartTitle", { Text: { get: () => chart.title ?? "", set: (v) => (chart.title = text(v, "ChartTitle.text")) } });
    this.nav.Legend = () =>
      this.leaf("ChartLegend", {
        Position: { get: () => chart.legend.position, set: (v) => (chart.legend.position = checkOneOf(v, LEGEND_POSITIONS, "legend position")) },
        Visible: { get: () => chart.legend.visible, set: (v) => (chart.legend.visible = checkBoolean(v, "ChartLegend.visible")) },
      });
    this.nav.Axes = () => new ChartAxesObject(this);
    this.nav.Series = () => new ChartSeriesCollectionObject(this);
    // Chart.setPosition(startCell, endCell?): cells as Range objects or address strings.
    this.methods.SetPosition = ([start, end]) => {
      const cell = (c: unknown) => formatArea(rangeArgument(c, collection.sheet, "setPosition").area);
      chart.position = end === undefined || end === null ? { from: cell(start) } : { from: cell(start), to: cell(end) };
    };
  }

  override wireId(): string {
    return chartWireId(this.chart);
  }

  override checkAlive(): void {
    this.collection.checkAlive();
    chartAlive(this.collection.sheet, this.chart);
  }

  leaf(className: string, props: Record<string, Accessor>): XlObject {
    return new ChartPart(this, className, props);
  }
}

/** A part of a chart with scalar properties only (title, legend, axis title, line format). */
class ChartPart extends XlObject {
  constructor(readonly owner: XlObject, readonly className: string, props: Record<string, Accessor>, nav: Record<string, () => XlObject> = {}) {
    super(owner.session);
    Object.assign(this.props, props);
    Object.assign(this.nav, nav);
  }

  override checkAlive(): void {
    this.owner.checkAlive();
  }
}

export class ChartAxesObject extends XlObject {
  readonly className = "ChartAxes";

  constructor(readonly chartObject: ChartObject) {
    super(chartObject.session);
    const chart = chartObject.chart;
    this.nav.CategoryAxis = () => new ChartAxisObject(chartObject, chart.axes.category);
    this.nav.ValueAxis = () => new ChartAxisObject(chartObject, chart.axes.value);
    this.nav.SeriesAxis = () => new ChartAxisObject(chartObject, axisOf(chart, "Series", "Primary"));
    this.methods.GetItem = ([type, group]) => new ChartAxisObject(chartObject, axisOf(chart, type, group));
  }

  override checkAlive(): void {
    this.chartObject.checkAlive();
  }
}

export class ChartAxisObject extends XlObject {
  readonly className = "ChartAxis";

  constructor(readonly chartObject: ChartObject, axis: AxisState) {
    super(chartObject.session);
    this.nav.Title = () => new ChartPart(this, "ChartAxisTitle", { Text: { get: () => axis.title ?? "", set: (v) => (axis.title = text(v, "ChartAxisTitle.text")) } });
  }

  override checkAlive(): void {
    this.chartObject.checkAlive();
  }
}

export class ChartSeriesCollectionObject extends XlObject {
  readonly className = "ChartSeriesCollection";

  constructor(readonly chartObject: ChartObject) {
    super(chartObject.session);
    const chart = chartObject.chart;
    this.methods.GetItemAt = ([index]) => new ChartSeriesObject(chartObject, seriesAt(chart, index));
    this.methods.Add = ([name, index]) => new ChartSeriesObject(chartObject, addSeries(chart, name, index));
    // ChartSeriesCollection.getCount (ExcelApi 1.4): a method whose result arrives with the sync.
    this.methods.GetCount = () => chart.series.length;
  }

  override checkAlive(): void {
    this.chartObject.checkAlive();
  }

  override items(): XlObject[] {
    return this.chartObject.chart.series.map((s) => new ChartSeriesObject(this.chartObject, s));
  }
}

export class ChartSeriesObject extends XlObject {
  readonly className = "ChartSeries";

  constructor(readonly chartObject: ChartObject, readonly series: SeriesState) {
    super(chartObject.session);
    const chart = chartObject.chart;
    this.props.Name = { get: () => series.name, set: (v) => (series.name = text(v, "A series name")) };
    this.props.ChartType = { get: () => series.chartType ?? chart.type, set: (v) => (series.chartType = checkOneOf(v, CHART_TYPES, "chart type")) };
    this.props.AxisGroup = { get: () => series.axisGroup, set: (v) => (series.axisGroup = checkOneOf(v, ["Primary", "Secondary"] as const, "axis group")) };
    this.props.MarkerStyle = { get: () => series.markerStyle, set: (v) => setMarkerStyle(chart, series, v) };
    this.methods.SetValues = ([source]) => (series.values = seriesRange(rangeArgument(source, undefined, "setValues")));
    this.methods.SetXAxisValues = ([source]) => (series.xValues = seriesRange(rangeArgument(source, undefined, "setXAxisValues")));
    // ChartSeries.delete (ExcelApi 1.7).
    this.methods.Delete = () => void chart.series.splice(chart.series.indexOf(series), 1);
    const lineStyle: Accessor = { get: () => series.lineStyle, set: (v) => (series.lineStyle = checkOneOf(v, LINE_STYLES, "line style")) };
    this.nav.Format = () => {
      const format: XlObject = new ChartPart(this, "ChartSeriesFormat", {}, { Line: () => new ChartPart(format, "ChartLineFormat", { LineStyle: lineStyle }) });
      return format;
    };
  }

  override checkAlive(): void {
    this.chartObject.checkAlive();
    if (!this.chartObject.chart.series.includes(this.series)) throw invalidArgument("The series no longer exists.");
  }
}
