// Each sheet draws the chart the spec's catalog table names, titled, with axis titles and a legend,
// on cells the sheet fills (shared/spec/templates.md, "The catalog").
import { rangeSize } from "../../src/templates/a1";
import { SHEET_BUILDERS } from "../../src/templates/catalog";
import type { ChartSpec, SheetKey } from "../../src/templates/types";
import { ALL_OPTIONS, describeOptions, hasCell, sheetRef } from "./sheetModel";

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
};

const cases = ALL_OPTIONS.flatMap((o) => (Object.keys(EXPECTED) as SheetKey[]).map((key) => [`${key} ${describeOptions(o)}`, key, o] as const));

describe.each(cases)("%s", (_, key, options) => {
  const spec = SHEET_BUILDERS[key](options, sheetRef);
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
    const lastWritten = Math.max(...spec.cells.map((c) => rangeSize(`A1:${(c.spill ?? c.address).split(":").at(-1)}`).columns));
    expect(rangeSize(`A1:${chart.position.from}`).columns).toBeGreaterThan(lastWritten);
  });
});

describe.each(ALL_OPTIONS.map((o) => [describeOptions(o), o] as const))("signposts %s", (_, options) => {
  it("shows status as traffic lights by conditional formatting, without a chart", () => {
    const spec = SHEET_BUILDERS.signposts(options, sheetRef);
    expect(spec.charts).toEqual([]);
    const fills = spec.conditionalFormats.filter((f) => f.address === "F8:F10").map((f) => f.fill);
    expect(new Set(fills).size).toBe(4);
  });
});
