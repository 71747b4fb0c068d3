// The numbers the sheets show: native formulas evaluated by HyperFormula, GR. calls by the add-in's
// own wrappers (tests/templates/evaluate.ts). Every check must read OK with sample inputs, and the
// sample headline figures must be the ones docs/templates.md describes.
import * as model from "../../src/model";
import { SHEET_BUILDERS, TEMPLATES } from "../../src/templates/catalog";
import { NOT_WITHIN_HORIZON } from "../../src/templates/jwo";
import type { InsertOptions, SheetKey, SheetSpec } from "../../src/templates/types";
import { SAMPLE_COST_GROWTH, SAMPLE_DISCOUNT_RATE, SAMPLE_FAMILIES, SAMPLE_SEVERANCE_MONTHS } from "../../src/templates/workforce";
import { evaluate, type Evaluated } from "./evaluate";
import { ALL_OPTIONS, cellsOf, describeOptions, formulasOf, OPTION_SETS, SHEET_NAMES, sheetRef } from "./sheetModel";
import { parseRange } from "../../src/templates/a1";

function render(template: string, options: InsertOptions): { specs: Record<SheetKey, SheetSpec>; values: Evaluated } {
  const keys = TEMPLATES.find((t) => t.id === template)!.sheets;
  const specs = Object.fromEntries(keys.map((k) => [k, SHEET_BUILDERS[k](options, sheetRef)])) as Record<SheetKey, SheetSpec>;
  const values = evaluate(Object.fromEntries(keys.map((k) => [SHEET_NAMES[k], specs[k]])));
  return { specs, values };
}

const isError = (v: unknown) => typeof v === "object" && v !== null && "type" in v;
const listed = (spec: SheetSpec, address: string) =>
  (spec.blankInputErrors ?? []).some((a) => cellsOf(parseRange(a)).some(([r, c]) => parseRange(address).top === r && parseRange(address).left === c));

const cases = TEMPLATES.flatMap((t) => ALL_OPTIONS.map((o) => [`${t.id} ${describeOptions(o)}`, t.id, o] as const));

describe.each(cases)("%s", (_, template, options) => {
  const { specs, values } = render(template, options);

  it("shows no error except the blank-input cells it names", () => {
    for (const spec of Object.values(specs)) {
      const errors = formulasOf(spec)
        .filter((f) => isError(values.value(SHEET_NAMES[spec.key], f.address)))
        .filter((f) => options.inputs === "sample" || !listed(spec, f.address));
      expect(errors.map((f) => `${spec.key}!${f.address} ${f.formula}`)).toEqual([]);
    }
  });

  it("reads OK in every check cell (with blank inputs: except those it names)", () => {
    for (const spec of Object.values(specs)) {
      for (const h of spec.headlines) {
        const check = values.value(SHEET_NAMES[spec.key], h.check);
        if (options.inputs === "sample" || !listed(spec, h.check)) expect([spec.key, h.label, check]).toEqual([spec.key, h.label, "OK"]);
      }
    }
  });
});

describe("sample figures (default options: 5 years from 2026, $ millions)", () => {
  const options = OPTION_SETS[0];
  const value = (template: SheetKey, pick: (spec: SheetSpec) => string) => {
    const { specs, values } = render(template, options);
    return values.value(SHEET_NAMES[template], pick(specs[template]));
  };

  it("frees the savings REALLOC_SAVINGS gives for the roles the plan exits", () => {
    const exits = SAMPLE_FAMILIES.map((f) => Math.max(0, f[2] - f[2] * (1 + f[3]) ** options.horizon));
    const expected = model.reallocSavings({
      headcount: exits,
      loadedCost: SAMPLE_FAMILIES.map((f) => f[4]),
      severanceMonths: SAMPLE_SEVERANCE_MONTHS,
      years: options.horizon,
      costGrowth: SAMPLE_COST_GROWTH,
      discountRate: SAMPLE_DISCOUNT_RATE,
    }) as number;
    const shown = value("workforce", (s) => s.headlines[0].gr) as number;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeCloseTo(expected / 1e6, 6); // the sheet shows $ millions
  });

  // The figures docs/templates.md quotes, as literals: each is checked in the GR. cell and in its
  // native twin, to the precision the doc prints (toBeCloseTo(x, d): |error| < 10^-d / 2, so a
  // headcount ±0.5, money with one decimal ±0.05, payback 6.83 ±0.005, 11.4 % ±0.0005).
  const DOCUMENTED: [string, SheetKey, number, number, number | string, number][] = [
    ["Workforce: savings freed", "workforce", 5, 0, 2953.4, 1],
    ["Workforce: headcount in the end year", "workforce", 5, 1, 10272, 0],
    ["Workforce: net change in roles (8,800 → 10,272)", "workforce", 5, 2, 10272 - 8800, 0],
    ["Budget: cumulative capital reallocated by 2031", "budget", 5, 0, 49309.5, 1],
    ["JWO over 5 years: NPV", "jwo", 5, 0, -545.0, 1],
    ["JWO over 5 years: payback", "jwo", 5, 1, NOT_WITHIN_HORIZON, 0],
    ["JWO over 5 years: cumulative net cash", "jwo", 5, 2, -509.2, 1],
    ["JWO over 10 years: NPV", "jwo", 10, 0, -52.3, 1],
    ["JWO over 10 years: payback", "jwo", 10, 1, 6.83, 2],
    ["Talent: provider A velocity", "talent", 5, 0, 0.114, 3],
    ["Talent: provider B velocity", "talent", 5, 1, 0.113, 3],
    ["Talent: provider C velocity", "talent", 5, 2, 0.031, 3],
    ["Talent: provider D velocity", "talent", 5, 3, 0.111, 3],
    ["Talent: all providers velocity", "talent", 5, 4, 0.088, 3],
    ["GenAI: total savings over 2026–2030", "genai", 5, 3, 9040.7, 1],
    ["GenAI: cumulative savings with reinvestment", "genai", 5, 4, 9911.1, 1],
  ];

  it.each(DOCUMENTED)("shows the documented %s", (_, key, horizon, headline, expected, digits) => {
    const { specs, values } = render(key, { ...options, horizon });
    const h = specs[key].headlines[headline];
    for (const address of [h.gr, h.native]) {
      const shown = values.value(SHEET_NAMES[key], address);
      if (typeof expected === "string") expect(shown).toBe(expected);
      else expect(shown).toBeCloseTo(expected, digits);
    }
  });

  it("moves the generative-AI share to the end share by the last year", () => {
    const { specs, values } = render("budget", options);
    const genai = values.value(SHEET_NAMES.budget, specs.budget.headlines[1].gr) as number;
    expect(genai).toBeCloseTo(25000 * 1.08 ** 5 * 0.65, 6);
  });

  it("reads the signposts as Met, Near and Met", () => {
    const { values } = render("signposts", options);
    expect(["F8", "F9", "F10"].map((a) => values.value(SHEET_NAMES.signposts, a))).toEqual(["Met", "Near", "Met"]);
  });

  it("agrees on every summary check", () => {
    const { specs, values } = render("complete", options);
    const overall = specs.summary.cells.at(-1)!.address.replace(/^C/, "D").split(":")[1] ?? "";
    expect(overall).not.toBe("");
    expect(values.value(SHEET_NAMES.summary, overall)).toBe("OK");
  });
});

describe("scale", () => {
  it("shows money headlines 1,000 times larger in thousands than in millions", () => {
    const millions = { ...OPTION_SETS[0] };
    const thousands = { ...millions, scale: "thousands" as const };
    for (const key of ["workforce", "budget", "jwo", "genai"] as const) {
      const [a, b] = [render(key, millions), render(key, thousands)];
      for (const h of a.specs[key].headlines.filter((h) => /"\$"/.test(numberFormatOf(a.specs[key], h.gr)))) {
        const ratio = (b.values.value(SHEET_NAMES[key], h.gr) as number) / (a.values.value(SHEET_NAMES[key], h.gr) as number);
        expect([key, h.label, ratio]).toEqual([key, h.label, expect.closeTo(1000, 6)]);
      }
    }
  });
});

function numberFormatOf(spec: SheetSpec, address: string): string {
  return spec.formats.filter((f) => f.address === address && f.numberFormat).at(-1)?.numberFormat ?? "";
}
