// What each template's chart must be, from the catalog table in docs/templates.md, and
// the check that a rendered chart is exactly its ChartSpec.
import type { ChartSpec, SheetKey } from "../../src/templates/types";
import type { ChartState, SheetSnapshot } from "../support/excel-emulator";

const effectiveType = (chart: ChartState, i: number) => chart.series[i].chartType ?? chart.type;
const isColumn = (t: string) => t.startsWith("Column");
const isLine = (t: string) => t.startsWith("Line");

/** Returns problems with the spec's chart rules for a template sheet. */
export const CHART_RULES: Record<SheetKey, (sheet: SheetSnapshot) => string[]> = {
  workforce: (sheet) => oneChart(sheet, (c) => [
    ...(c.type === "ColumnClustered" ? [] : [`type ${c.type}, expected clustered columns`]),
    ...(c.series.length >= 2 ? [] : ["expected operational-AI and generative-AI series"]),
    ...c.series.flatMap((_, i) => (isColumn(effectiveType(c, i)) ? [] : [`series ${i} is not a column`])),
  ]),
  budget: (sheet) => oneChart(sheet, (c) => (["ColumnStacked", "ColumnStacked100"].includes(c.type) ? [] : [`type ${c.type}, expected stacked columns`])),
  jwo: (sheet) => oneChart(sheet, (c) => {
    const types = c.series.map((_, i) => effectiveType(c, i));
    const problems: string[] = [];
    if (!types.some(isColumn)) problems.push("no column series for investment and operating cost");
    if (!c.series.some((s, i) => isLine(types[i]) && s.axisGroup === "Primary")) problems.push("no savings line on the primary axis");
    if (!c.series.some((s, i) => isLine(types[i]) && s.axisGroup === "Secondary")) problems.push("no cumulative line on a secondary axis");
    if (!c.axes.secondaryValue.title) problems.push("the secondary value axis has no title");
    return problems;
  }),
  talent: (sheet) => oneChart(sheet, (c) => c.series.flatMap((s, i) => {
    const markersOnly = isLine(effectiveType(c, i)) && s.lineStyle === "None" && !["None", "Automatic"].includes(s.markerStyle);
    return markersOnly ? [] : [`series ${s.name} is not markers-only (line ${s.lineStyle}, marker ${s.markerStyle})`];
  })),
  genai: (sheet) => oneChart(sheet, (c) => (c.type === "AreaStacked" ? [] : [`type ${c.type}, expected stacked area`])),
  signposts: (sheet) => {
    const byRange = new Map<string, Set<string>>();
    for (const cf of sheet.conditionalFormats) byRange.set(cf.address, new Set([...(byRange.get(cf.address) ?? []), cf.fill ?? ""]));
    const trafficLights = [...byRange.values()].some((fills) => fills.size >= 3);
    return trafficLights ? [] : ["no range with three conditional-format colours (traffic lights)"];
  },
  scenarios: (sheet) => sheet.charts.flatMap((c) => (c.type === "BarStacked" ? [] : [`type ${c.type}, expected stacked horizontal bars (tornado)`])),
  summary: () => [],
};

function oneChart(sheet: SheetSnapshot, rules: (chart: ChartState) => string[]): string[] {
  if (sheet.charts.length === 0) return ["no chart"];
  return sheet.charts.flatMap(rules);
}

/** Whether the rendered chart is the spec: type, series (name, data, type, axis), titles, legend, position. */
export function chartMismatches(chart: ChartState | undefined, spec: ChartSpec, sheetName: string): string[] {
  if (!chart) return [`chart ${spec.name} missing`];
  const local = (address: string) => ({ sheet: sheetName, address });
  const expected = {
    type: spec.type,
    title: spec.title,
    legend: { position: spec.legend, visible: true },
    categoryTitle: spec.categoryAxisTitle,
    valueTitle: spec.valueAxisTitle,
    secondaryTitle: spec.series.some((s) => s.axis === "Secondary") ? spec.secondaryValueAxisTitle : undefined,
    position: { from: spec.position.from, to: spec.position.to },
    series: spec.series.map((s) => ({
      name: s.name,
      values: local(s.values),
      xValues: local(spec.categories),
      chartType: s.type,
      axisGroup: s.axis ?? "Primary",
      markers: s.markersOnly ? "None/Circle" : "Continuous/Automatic",
    })),
  };
  const actual = {
    type: chart.type,
    title: chart.title,
    legend: chart.legend,
    categoryTitle: chart.axes.category.title,
    valueTitle: chart.axes.value.title,
    secondaryTitle: chart.axes.secondaryValue.title,
    position: chart.position,
    series: chart.series.map((s) => ({
      name: s.name,
      values: s.values,
      xValues: s.xValues,
      chartType: s.chartType,
      axisGroup: s.axisGroup,
      markers: `${s.lineStyle}/${s.markerStyle}`,
    })),
  };
  return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`chart ${spec.name}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
