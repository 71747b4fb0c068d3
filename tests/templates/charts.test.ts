// Each sheet draws the chart the catalog names (docs/templates.md, "The contract"), titled, with axis
// titles and a legend, on cells the sheet fills; the Scenarios sheet of the complete model draws the
// tornado (horizontal bars) when the Sensitivities option is on.
import { parseRange, rangeSize } from "../../src/templates/a1";
import type { ChartSpec, InsertOptions, SheetKey, SheetSpec, TemplateId } from "../../src/templates/types";
import { ALL_OPTIONS, buildTemplate, describeOptions, hasCell } from "./sheetModel";

type Expectation = { type: ChartSpec["type"]; series: number; check?: (chart: ChartSpec) => void };

const EXPECTED: Partial<Record<SheetKey, Expectation>> = {
  workforce: { type: "ColumnClustered", series: 2 },
  budget: { type: "ColumnStacked", series: 3 },
  jwo: {
    type: "ColumnClustered",
    series: 4,
    check: (chart) => {
      expect(chart.series.map((s) => s.type ?? chart.type)).toEqual(["ColumnClustered", "ColumnClustered", "Line", "Line"]);
      expect(chart.series.map((s) => s.axis ?? "Primary")).toEqual(["Primary", "Primary", "Primary", "Secondary"]);
      expect(chart.secondaryValueAxisTitle).toMatch(/Cumulative net cash/);
    },
  },
  talent: { type: "LineMarkers", series: 1, check: (chart) => expect(chart.series.every((s) => s.markersOnly)).toBe(true) },
  genai: { type: "AreaStacked", series: 3 },
  scenarios: { type: "BarStacked", series: 2, check: (chart) => expect(chart.series.map((s) => s.name)).toEqual(["Downside", "Upside"]) },
};

/** Each sheet as the template that carries it builds it: model sheets alone, Scenarios in the complete model. */
function sheetOf(key: SheetKey, options: InsertOptions): SheetSpec {
  return key === "scenarios" ? buildTemplate("complete", options).scenarios! : buildTemplate(key as TemplateId, options)[key]!;
}

const withChart = (key: SheetKey, o: InsertOptions) => key !== "scenarios" || o.sensitivities !== false;
const cases = ALL_OPTIONS.flatMap((o) => (Object.keys(EXPECTED) as SheetKey[]).filter((k) => withChart(k, o)).map((key) => [`${key} ${describeOptions(o)}`, key, o] as const));

describe.each(cases)("%s", (_, key, options) => {
  const spec = sheetOf(key, options);
  const expected = EXPECTED[key]!;

  it("draws the spec's chart type with its series", () => {
    expect(spec.charts).toHaveLength(1);
    const [chart] = spec.charts;
    expect(chart.type).toBe(expected.type);
    expect(chart.series).toHaveLength(expected.series);
    expected.check?.(chart);
  });

  it("titles the chart and both axes, and shows a legend", () => {
    const [chart] = spec.charts;
    for (const text of [chart.title, chart.categoryAxisTitle, chart.valueAxisTitle]) expect(text.length).toBeGreaterThan(3);
    expect(["Bottom", "Right", "Top"]).toContain(chart.legend);
    const hasSecondary = chart.series.some((s) => s.axis === "Secondary");
    expect(chart.secondaryValueAxisTitle !== undefined).toBe(hasSecondary);
  });

  it("plots filled cells, one value per category, beside the tables", () => {
    const [chart] = spec.charts;
    expect(hasCell(spec, chart.categories)).toBe(true);
    const categories = rangeSize(chart.categories);
    for (const series of chart.series) {
      expect(hasCell(spec, series.values)).toBe(true);
      expect(rangeSize(series.values).rows * rangeSize(series.values).columns).toBe(categories.rows * categories.columns);
      expect(series.name.length).toBeGreaterThan(3);
    }
    // Beside: no cell in the rows the chart covers reaches its first column.
    const area = parseRange(`${chart.position.from}:${chart.position.to}`);
    const underneath = spec.cells
      .map((c) => parseRange(c.spill ?? c.address))
      .filter((box) => box.top <= area.bottom && area.top <= box.bottom && box.right >= area.left);
    expect(underneath).toEqual([]);
  });
});

describe.each(ALL_OPTIONS.filter((o) => o.sensitivities === false).map((o) => [describeOptions(o), o] as const))("scenarios %s", (_, options) => {
  it("draws no tornado without the Sensitivities option", () => {
    expect(buildTemplate("complete", options).scenarios!.charts).toEqual([]);
  });
});

describe.each(ALL_OPTIONS.map((o) => [describeOptions(o), o] as const))("signposts %s", (_, options) => {
  it("shows status as traffic lights by conditional formatting, without a chart", () => {
    const spec = sheetOf("signposts", options);
    expect(spec.charts).toEqual([]);
    const fills = spec.conditionalFormats.filter((f) => f.address === "F8:F10").map((f) => f.fill);
    expect(new Set(fills).size).toBe(4);
  });
});
