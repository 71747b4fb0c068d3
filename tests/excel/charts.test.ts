// Charts must not depend on which series Excel makes from a source range: Microsoft documents
// neither reading for a range without values (issue 10, finding 4), so the strict fake plays both
// (seriesFromSource "everyLine" and "linesWithValues") and every chart must come out exactly as its
// ChartSpec says, under both.
import type { ExcelApi } from "../../src/excel/api";
import { StepLog } from "../../src/excel/steps";
import { type NewChart, writeCharts } from "../../src/excel/writeCharts";
import { STYLES } from "../../src/templates/styles";
import { TEMPLATES } from "../../src/templates/catalog";
import type { ChartSpec } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";
import { CHART_RULES, chartMismatches } from "./chartRules";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { render } from "./render";

const BEHAVIOURS = ["everyLine", "linesWithValues"] as const;
const OPTION_SETS = [
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" },
  { startYear: 2026, horizon: 1, currency: "$", scale: "millions", inputs: "blank" },
] as const;

describe.each(BEHAVIOURS)("Excel making series from a source range: %s", (seriesFromSource) => {
  const seed: ExcelEmulatorOptions = { seriesFromSource };

  it.each(TEMPLATES.map((t) => t.id))("draws every chart of %s exactly as specified, with sample and blank inputs", async (id) => {
    for (const options of OPTION_SETS) {
      const r = await render(id, options, seed);
      const mismatches = r.plans.flatMap((plan) => {
        const sheet = r.strict.sheet(plan.name);
        const charts = plan.spec.charts.flatMap((c) => chartMismatches(sheet.charts.find((x) => x.name === c.name), c, plan.name));
        return [...charts, ...CHART_RULES[plan.key](sheet), ...(sheet.charts.length === plan.spec.charts.length ? [] : [`${plan.name}: extra charts`])];
      });
      expect(mismatches).toEqual([]);
    }
  });

  it("draws the fixture's combo chart (secondary axis) and markers-only dot plot exactly as specified", async () => {
    const { strict, plans } = await render("workforce", SAMPLE_OPTIONS, seed, fixtureSource());
    const sheet = strict.sheet("Fixture Model");
    expect(plans[0].spec.charts.flatMap((c) => chartMismatches(sheet.charts.find((x) => x.name === c.name), c, "Fixture Model"))).toEqual([]);
  });
});

/** A three-series spec on rows 2–4 of Sheet1, categories in row 1. */
const THREE_SERIES: ChartSpec = {
  name: "Trio",
  type: "ColumnClustered",
  title: "Three series",
  categories: "B1:D1",
  series: [
    { name: "First", values: "B2:D2" },
    { name: "Second", values: "B3:D3", type: "Line" },
    { name: "Third", values: "B4:D4", type: "Line", axis: "Secondary" },
  ],
  categoryAxisTitle: "Year",
  valueAxisTitle: "Value",
  secondaryValueAxisTitle: "Other",
  legend: "Bottom",
  position: { from: "F2", to: "M20" },
};

/** Adds a chart from `source` (Excel makes its own series), then lets writeCharts make it `spec`'s. */
async function reconcile(source: string, spec: ChartSpec): Promise<ExcelEmulator> {
  const cells = { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, A6: 6 }; // column A only: B1:D1 makes no series
  const strict = new ExcelEmulator({ sheets: [{ name: "Sheet1", cells }], seriesFromSource: "linesWithValues" });
  await strict.run(async (context: ExcelApi) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange(source), "Rows");
    const charts: NewChart[] = [{ spec, chart, seriesCount: chart.series.getCount() }];
    await context.sync();
    writeCharts({ sheet, name: "Sheet1", log: new StepLog("draw"), capabilities: { indent: true }, styles: STYLES }, charts);
    await context.sync();
  });
  return strict;
}

describe("making a chart's series exactly the spec's, whatever Excel made", () => {
  it.each([
    ["none", "B1:D1"],
    ["fewer (one)", "A1:D1"],
    ["as many (three)", "A1:D3"],
    ["more (six, deleting three)", "A1:D6"],
  ])("starting from %s", async (_, source) => {
    const strict = await reconcile(source, THREE_SERIES);
    const chart = strict.sheet("Sheet1").charts[0];
    expect(chartMismatches(chart, THREE_SERIES, "Sheet1")).toEqual([]);
  });

  it("deletes every series Excel made when they outnumber the spec's", async () => {
    const { secondaryValueAxisTitle: _, ...rest } = THREE_SERIES;
    const one: ChartSpec = { ...rest, series: [THREE_SERIES.series[0]] };
    const strict = await reconcile("A1:D6", one);
    expect(strict.sheet("Sheet1").charts[0].series.map((s) => s.name)).toEqual(["First"]);
  });
});
