// The sensitivity grids' colour scales reach the workbook through the real office.js: one
// "ColorScale" conditional format per grid with Excel's default three-colour criteria (lowest value,
// 50th percentile, highest value; see Excel.ConditionalColorScaleCriteria), green at the good end.
// Source of truth for the colours: Excel's own default red-yellow-green scale (#F8696B, #FFEB84,
// #63BE7B), and which end is good from the model (a higher NPV or saving is good, a later payback bad).
import type { InsertOptions, TemplateId } from "../../src/templates/types";
import { render } from "./render";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample", sensitivities: true };
const RED = "#F8696B";
const YELLOW = "#FFEB84";
const GREEN = "#63BE7B";

async function colourScalesOf(templateId: TemplateId, options: InsertOptions) {
  const r = await render(templateId, options);
  const sheet = r.strict.sheet(r.result.sheetNames[0]);
  return sheet.conditionalFormats.filter((cf) => cf.type === "ColorScale");
}

describe.each([
  ["jwo", 2, ["high", "low"]],
  ["workforce", 1, ["high"]],
  ["genai", 1, ["high"]],
] as const)("%s with Sensitivities", (templateId, count, goodEnds) => {
  it(`has ${count} colour scale(s) with Excel's three-colour criteria, green at the good end`, async () => {
    const scales = await colourScalesOf(templateId, OPTIONS);
    expect(scales).toHaveLength(count);
    scales.forEach((scale, i) => {
      const [low, high] = goodEnds[i] === "high" ? [RED, GREEN] : [GREEN, RED];
      expect(scale.criteria).toEqual({
        minimum: { type: "LowestValue", color: low },
        midpoint: { type: "Percentile", formula: "50", color: YELLOW },
        maximum: { type: "HighestValue", color: high },
      });
      expect(scale.address).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    });
  });

  it("has none with Sensitivities off", async () => {
    expect(await colourScalesOf(templateId, { ...OPTIONS, sensitivities: false })).toEqual([]);
  });
});

it("adds no colour scale to a template without a grid (Budget)", async () => {
  expect(await colourScalesOf("budget", OPTIONS)).toEqual([]);
});
