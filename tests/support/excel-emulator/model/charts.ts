// Charts: added from a source range, then series, titles, axes, legend and position.
import { invalidArgument, itemNotFound } from "../errors";
import { type Area, areaColumns, areaRows, cellsOf, formatArea } from "./address";
import { bounded } from "./cells";
import { formulaReferences } from "./formulaRefs";
import { CHART_TYPES, checkOneOf } from "./rules";
import type { AxisState, ChartState, SeriesRange, SeriesState, SheetState } from "./state";
import type { WorkbookModel } from "./workbook";

/** Excel.ChartLegendPosition. */
export const LEGEND_POSITIONS = ["Top", "Bottom", "Corner", "Left", "Right", "Custom"] as const;
/** Excel.ChartMarkerStyle. */
export const MARKER_STYLES = ["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot", "Dash", "Circle", "Plus", "Picture"] as const;
/** Excel.ChartLineStyle. */
export const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"] as const;

export const newSeries = (name: string): SeriesState => ({ name, axisGroup: "Primary", markerStyle: "Automatic", lineStyle: "Continuous" });

/**
 * Whether a cell has something to plot when the chart is added: a constant, a native formula (Excel
 * calculates those synchronously), a seeded value or a spilled one. A GR. formula's own result
 * arrives later (custom functions are asynchronous and show #BUSY! meanwhile), so it does not count.
 */
function holdsValue(sheet: SheetState, address: string): boolean {
  const cell = sheet.cells[address];
  if (!cell) return false;
  if (cell.value !== undefined || cell.spill !== undefined) return true;
  if (typeof cell.formula === "string" && cell.formula.startsWith("=")) {
    return !formulaReferences(cell.formula).some((r) => r.kind === "function" && r.name.startsWith("GR."));
  }
  return cell.formula !== undefined && cell.formula !== "";
}

/**
 * ChartCollection.add(type, sourceData, seriesBy). Excel makes one series per row (seriesBy "Rows",
 * or "Auto" when the source is at least as wide as tall) or per column, named Series1, Series2, ….
 * For a row/column holding no values Microsoft documents nothing: by default it gets no series (the
 * harsher reading: an empty source gives a chart without series); switch seriesFromSource to
 * "everyLine" for one series per line whatever it holds.
 */
export function addChart(model: WorkbookModel, sheet: SheetState, source: { sheet: SheetState; area: Area }, type: unknown, seriesBy: unknown): ChartState {
  const chartType = checkOneOf(type, CHART_TYPES, "chart type");
  const by = seriesBy === undefined || seriesBy === null ? "Auto" : checkOneOf(seriesBy, ["Auto", "Columns", "Rows"] as const, "seriesBy");
  const area = bounded(source.area, "chart source data");
  const byRows = by === "Rows" || (by === "Auto" && areaColumns(area) >= areaRows(area));
  const lines: Area[] = Array.from({ length: byRows ? areaRows(area) : areaColumns(area) }, (_, i) =>
    byRows ? { ...area, top: area.top + i, bottom: area.top + i } : { ...area, left: area.left + i, right: area.left + i },
  );
  const holdsValues = (line: Area) => [...cellsOf(line)].some(({ address }) => holdsValue(source.sheet, address));
  const plotted = model.switches.seriesFromSource === "everyLine" ? lines : lines.filter(holdsValues);
  const series = plotted.map((line, i) => ({ ...newSeries(`Series${i + 1}`), values: { sheet: source.sheet.name, address: formatArea(line) } }));
  const total = model.state.sheets.reduce((n, s) => n + s.charts.length, 0);
  const chart: ChartState = {
    id: model.newId(),
    name: `Chart ${total + 1}`,
    type: chartType,
    legend: { position: "Right", visible: true },
    axes: { category: {}, value: {}, secondaryValue: {} },
    series,
  };
  sheet.charts.push(chart);
  return chart;
}

export function renameChart(chart: ChartState, name: unknown): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 255) throw invalidArgument(`'${String(name)}' is not a valid chart name.`);
  chart.name = name;
}

/**
 * ChartSeriesCollection.getItemAt(index). Microsoft documents no failure; an index past the end
 * fails with ItemNotFound here (the harsher reading).
 */
export function seriesAt(chart: ChartState, index: unknown): SeriesState {
  const series = typeof index === "number" && Number.isInteger(index) ? chart.series[index] : undefined;
  if (!series) throw itemNotFound(`The chart '${chart.name}' has no series at index ${String(index)} (it has ${chart.series.length}).`);
  return series;
}

/** ChartSeriesCollection.add(name, index): named as given, else "Series<n>"; appended unless an index is given. */
export function addSeries(chart: ChartState, name: unknown, index: unknown): SeriesState {
  if (name !== undefined && name !== null && typeof name !== "string") throw invalidArgument("A series name must be text.");
  const created = newSeries(typeof name === "string" ? name : `Series${chart.series.length + 1}`);
  if (index === undefined || index === null) chart.series.push(created);
  else if (typeof index === "number" && Number.isInteger(index) && index >= 0 && index <= chart.series.length) chart.series.splice(index, 0, created);
  else throw invalidArgument(`Series index ${String(index)} is out of range.`);
  return created;
}

/** Series data (setValues / setXAxisValues) must be a single row or column. */
export function seriesRange(source: { sheet: SheetState; area: Area }): SeriesRange {
  const area = bounded(source.area, "series data");
  if (areaRows(area) !== 1 && areaColumns(area) !== 1) throw invalidArgument("Series data must be a single row or column.");
  return { sheet: source.sheet.name, address: formatArea(area) };
}

/** Series types that have markers; the emulator refuses marker settings on columns and areas. */
const hasMarkers = (type: string) => /^(Line|XYScatter|Radar)/.test(type);

export function setMarkerStyle(chart: ChartState, series: SeriesState, value: unknown): void {
  const type = series.chartType ?? chart.type;
  if (!hasMarkers(type)) throw invalidArgument(`A ${type} series has no markers.`);
  series.markerStyle = checkOneOf(value, MARKER_STYLES, "marker style");
}

/**
 * ChartAxes.getItem(type, group). The secondary value axis exists only while a series is plotted on
 * it; other secondary or series axes are refused (Microsoft documents no failure: harsher reading).
 */
export function axisOf(chart: ChartState, type: unknown, group: unknown): AxisState {
  const t = checkOneOf(type, ["Category", "Value", "Series"] as const, "axis type");
  const g = group === undefined || group === null ? "Primary" : checkOneOf(group, ["Primary", "Secondary"] as const, "axis group");
  if (t === "Series") throw invalidArgument("Only 3-D charts have a series axis.");
  if (g === "Primary") return t === "Category" ? chart.axes.category : chart.axes.value;
  if (t !== "Value" || !chart.series.some((s) => s.axisGroup === "Secondary")) {
    throw invalidArgument(`The chart has no secondary ${t.toLowerCase()} axis.`);
  }
  return chart.axes.secondaryValue;
}

export function chartAlive(sheet: SheetState, chart: ChartState): ChartState {
  if (!sheet.charts.includes(chart)) throw itemNotFound("The chart no longer exists.");
  return chart;
}

/** Chart.id as Excel reports it: text. */
export const chartWireId = (chart: ChartState) => `{00000000-0002-0000-0000-${chart.id.toString(16).toUpperCase().padStart(12, "0")}}`;
