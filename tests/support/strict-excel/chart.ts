// Charts: add from a source range, then explicit series, titles, axes, legend and position.
import type { ChartApi, ChartAxisApi, ChartCollectionApi, ChartTypeName, RangeApi } from "../../../src/excel/api";
import { type Area, areaColumns, areaRows, cellsOf, formatArea, parseArea } from "./address";
import { StrictExcelError, invalidArgument, valueNotLoaded } from "./errors";
import { ClientObject, Host, writeOnly } from "./host";
import { rangeOf } from "./range";
import { CHART_TYPES, checkOneOf } from "./rules";
import { StrictSeries, newSeries } from "./series";
import type { AxisState, ChartState, SeriesState, SheetState } from "./state";

const LEGEND_POSITIONS = ["Top", "Bottom", "Corner", "Left", "Right", "Custom"] as const;

export class StrictChartCollection extends ClientObject implements ChartCollectionApi {
  constructor(host: Host, path: string, private readonly resolve: () => SheetState) {
    super(host, path, "ChartCollection");
  }

  add(type: ChartTypeName, sourceData: RangeApi, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): StrictChart {
    let created: ChartState | undefined;
    this.queue("add", [type, sourceData, seriesBy], (t, source, by) => {
      created = this.createChart(t, source, by);
    });
    const resolve = () => {
      const chart = created && this.resolve().charts.find((c) => c.id === created!.id);
      if (!chart) throw invalidArgument("The chart was never added.");
      return chart;
    };
    return new StrictChart(this.host, `${this.path}.add(...)`, resolve);
  }

  /**
   * One series per row (or column) of the source, named Series1, Series2, …; with the
   * "linesWithValues" behaviour, none for a line that holds nothing (see StrictExcelOptions).
   */
  private createChart(type: unknown, source: unknown, seriesBy: string): ChartState {
    const sheet = this.resolve();
    const chartType = checkOneOf(type, CHART_TYPES, "chart type");
    const { sheet: sourceSheet, area } = rangeOf(source);
    const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && areaColumns(area) >= areaRows(area));
    const count = byRows ? areaRows(area) : areaColumns(area);
    const lines: Area[] = Array.from({ length: count }, (_, i) =>
      byRows ? { ...area, top: area.top + i, bottom: area.top + i } : { ...area, left: area.left + i, right: area.left + i },
    );
    const holdsValues = (line: Area) => [...cellsOf(line)].some(({ address }) => {
      const cell = sourceSheet.cells[address];
      return cell?.formula !== undefined || cell?.spill !== undefined;
    });
    const plotted = this.host.behaviour.seriesFromSource === "everyLine" ? lines : lines.filter(holdsValues);
    const series = plotted.map((line, i) => ({ ...newSeries(`Series${i + 1}`), values: { sheet: sourceSheet.name, address: formatArea(line) } }));
    const total = this.host.state.sheets.reduce((n, s) => n + s.charts.length, 0);
    const chart: ChartState = {
      id: this.host.newId(),
      name: `Chart ${total + 1}`,
      type: chartType,
      legend: { position: "Right", visible: true },
      axes: { category: {}, value: {}, secondaryValue: {} },
      series,
    };
    sheet.charts.push(chart);
    return chart;
  }
}

function textHolder(host: Host, target: string, location: string, apply: (v: string) => void): { text: string } {
  const p = writeOnly<string>(host, target, location, (v) => {
    if (typeof v !== "string") throw invalidArgument(`${location} must be text.`);
    apply(v);
  });
  return { get text() { return p.get(); }, set text(v: string) { p.set(v); } };
}

export class StrictChart extends ClientObject implements ChartApi {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly axes: ChartApi["axes"];
  readonly series: StrictSeriesCollection;

  constructor(host: Host, path: string, private readonly resolve: () => ChartState) {
    super(host, path, "Chart");
    this.title = textHolder(host, `${path}.title`, "ChartTitle.text", (v) => (this.resolve().title = v));
    const position = writeOnly<string>(host, `${path}.legend`, "ChartLegend.position", (v) => {
      this.resolve().legend.position = checkOneOf(v, LEGEND_POSITIONS, "legend position");
    });
    const visible = writeOnly<boolean>(host, `${path}.legend`, "ChartLegend.visible", (v) => {
      if (typeof v !== "boolean") throw invalidArgument("ChartLegend.visible must be true or false.");
      this.resolve().legend.visible = v;
    });
    this.legend = {
      get position() { return position.get(); }, set position(v) { position.set(v); },
      get visible() { return visible.get(); }, set visible(v) { visible.set(v); },
    };
    const axis = (type: "Category" | "Value", group: "Primary" | "Secondary") => this.axis(type, group);
    this.axes = { categoryAxis: axis("Category", "Primary"), valueAxis: axis("Value", "Primary"), getItem: (t, g = "Primary") => axis(t, g) };
    this.series = new StrictSeriesCollection(host, `${path}.series`, resolve);
  }

  /** The secondary value axis exists only while a series is plotted on it. */
  private axis(type: "Category" | "Value", group: "Primary" | "Secondary"): ChartAxisApi {
    const state = (): AxisState => {
      const chart = this.resolve();
      if (group === "Secondary") {
        if (type !== "Value" || !chart.series.some((s) => s.axisGroup === "Secondary")) {
          throw invalidArgument(`The chart has no secondary ${type.toLowerCase()} axis.`);
        }
        return chart.axes.secondaryValue;
      }
      return type === "Category" ? chart.axes.category : chart.axes.value;
    };
    return { title: textHolder(this.host, `${this.path}.axes.getItem("${type}","${group}").title`, "ChartAxisTitle.text", (v) => (state().title = v)) };
  }

  get name(): string { return this.read("name"); }
  set name(value: string) {
    this.queue("name", [value], (v) => {
      if (typeof v !== "string" || v.trim() === "" || v.length > 255) throw invalidArgument(`'${v}' is not a valid chart name.`);
      this.resolve().name = v;
    });
  }

  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    this.queue("setPosition", [startCell, endCell], (start, end) => {
      const cell = (c: unknown) => formatArea(typeof c === "string" ? parseArea(c) : rangeOf(c).area);
      this.resolve().position = end === undefined ? { from: cell(start) } : { from: cell(start), to: cell(end) };
    });
  }
}

export class StrictSeriesCollection extends ClientObject {
  constructor(host: Host, path: string, private readonly resolve: () => ChartState) {
    super(host, path, "ChartSeriesCollection");
  }

  /** ExcelApi 1.4: the number of series, read after the sync. */
  getCount(): { readonly value: number } {
    let count: number | undefined;
    this.queue("getCount", [], () => (count = this.resolve().series.length));
    return {
      get value(): number {
        if (count === undefined) throw valueNotLoaded();
        return count;
      },
    };
  }

  getItemAt(index: number): StrictSeries {
    return new StrictSeries(this.host, `${this.path}.getItemAt(${index})`, this.resolve, () => {
      const series = this.resolve().series[index];
      if (!series) throw new StrictExcelError("ItemNotFound", `The chart has no series at index ${index}.`);
      return series;
    });
  }

  add(name?: string, index?: number): StrictSeries {
    let created: SeriesState | undefined;
    this.queue("add", [name, index], (n, i) => {
      const chart = this.resolve();
      created = newSeries(n ?? `Series${chart.series.length + 1}`);
      if (i === undefined) chart.series.push(created);
      else chart.series.splice(i, 0, created);
    });
    return new StrictSeries(this.host, `${this.path}.add(...)`, this.resolve, () => {
      if (!created || !this.resolve().series.includes(created)) throw invalidArgument("The series was never added.");
      return created;
    });
  }
}
