// What the gallery card says about each template must be true of what it inserts: the chart line,
// the number of charts and what the Sensitivities option adds come from SHEET_FACTS, and here every
// sheet is built (with the option on and off) and compared with those facts.
import { SHEET_FACTS, TEMPLATES } from "../../src/templates/gallery";
import type { InsertOptions, SheetKey } from "../../src/templates/types";
import { buildTemplate, describeOptions, OPTION_SETS } from "./sheetModel";

const on: InsertOptions = { ...OPTION_SETS[0], sensitivities: true };
const off: InsertOptions = { ...OPTION_SETS[0], sensitivities: false };

const sheetsOf = (template: (typeof TEMPLATES)[number], options: InsertOptions) => Object.values(buildTemplate(template.id, options)).map((s) => s!);
/** A sensitivity grid shows as a colour scale; the tornado as a chart. */
const grids = (template: (typeof TEMPLATES)[number], options: InsertOptions) =>
  sheetsOf(template, options).filter((s) => (s.colorScales ?? []).length > 0).map((s) => s.key);

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s card", (_, template) => {
  it("counts the charts the sheets draw without the Sensitivities option", () => {
    const charts = sheetsOf(template, off).flatMap((s) => s.charts);
    expect(charts).toHaveLength(template.chartCount);
  });

  it("counts the charts the Sensitivities option adds, and says what it adds only where it adds something", () => {
    const added = sheetsOf(template, on).flatMap((s) => s.charts).length - template.chartCount;
    expect(added).toBe(template.sensitivities?.charts ?? 0);
    const adds = grids(template, on).length > 0 || added > 0;
    expect(template.sensitivities !== undefined).toBe(adds);
    expect(grids(template, off)).toEqual([]);
  });

  it("names in its chart line the sheets that draw charts", () => {
    const drawing = sheetsOf(template, off).filter((s) => s.charts.length > 0).map((s) => SHEET_FACTS[s.key].short);
    if (template.sheets.length > 1) for (const name of drawing) expect(template.chart).toContain(name);
    else expect(template.chart).toBe(SHEET_FACTS[template.sheets[0]].charts[0] ?? SHEET_FACTS[template.sheets[0]].visual);
  });
});

describe.each([on, off].map((o) => [describeOptions(o), o] as const))("SHEET_FACTS %s", (_, options) => {
  it("matches every sheet's charts and sensitivity grids", () => {
    const complete = TEMPLATES.find((t) => t.id === "complete")!;
    const facts = sheetsOf(complete, options).map((s) => {
      const f = SHEET_FACTS[s.key as SheetKey];
      const expectedCharts = f.charts.length + (options.sensitivities ? (f.sensitivities?.charts.length ?? 0) : 0);
      const hasGrid = (s.colorScales ?? []).length > 0;
      const expectsGrid = options.sensitivities === true && f.sensitivities !== undefined && f.sensitivities.charts.length === 0;
      return [s.key, s.charts.length === expectedCharts, hasGrid === expectsGrid, s.baseName === f.title];
    });
    expect(facts).toEqual(facts.map(([key]) => [key, true, true, true]));
  });
});

it("says on the complete model's card that five sheets draw charts and Signposts shows traffic lights", () => {
  const complete = TEMPLATES.find((t) => t.id === "complete")!;
  expect(complete.chartCount).toBe(5);
  expect(complete.chart).toMatch(/^5 charts \(Workforce, Budget, JWO, Talent and GenAI\); traffic lights on Signposts$/);
  expect(complete.sensitivities?.adds).toMatch(/grids on Workforce, JWO and GenAI, plus a tornado chart/);
});
