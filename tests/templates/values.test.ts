// The numbers the sheets show: native formulas evaluated by HyperFormula, GR. calls by the add-in's
// own wrappers (tests/templates/evaluate.ts). Every check must read OK with sample inputs, blank
// inputs may leave a check "Inputs incomplete" but never "CHECK", and the sample headline figures
// must be the ones docs/templates.md describes.
import { TEMPLATES } from "../../src/templates/catalog";
import { NOT_WITHIN_HORIZON } from "../../src/templates/jwo";
import type { SheetKey, SheetSpec, TemplateId } from "../../src/templates/types";
import { SAMPLE_COST_GROWTH, SAMPLE_DISCOUNT_RATE, SAMPLE_FAMILIES, SAMPLE_SEVERANCE_MONTHS } from "../../src/templates/workforce";
import { checkCells, isError, listedBlank, render } from "./render";
import { ALL_OPTIONS, describeOptions, formulasOf, OPTION_SETS } from "./sheetModel";

const cases = TEMPLATES.flatMap((t) => ALL_OPTIONS.map((o) => [`${t.id} ${describeOptions(o)}`, t.id, o] as const));
// The check test only for templates that have check cells (Signposts has none).
const checkedCases = cases.filter(([, id]) => TEMPLATES.find((t) => t.id === id)!.sheets.some((k) => k !== "signposts"));

describe.each(cases)("%s", (_, template, options) => {
  it("shows no error except the blank-input cells it names", () => {
    const { specs, value } = render(template, options);
    const errors = Object.values(specs).flatMap((spec) =>
      formulasOf(spec!)
        .filter((f) => isError(value(spec!.key, f.address)))
        .filter((f) => options.inputs === "sample" || !listedBlank(spec!, f.address))
        .map((f) => `${spec!.key}!${f.address} ${f.formula}`),
    );
    expect(errors).toEqual([]);
  });
});

describe.each(checkedCases)("%s checks", (_, template, options) => {
  it("reads OK in every check cell; with blank inputs, Inputs incomplete in the cells it names, never CHECK", () => {
    const { specs, value } = render(template, options);
    const read = Object.values(specs).flatMap((spec) =>
      checkCells(spec!).map((address) => {
        const allowed = options.inputs === "blank" && listedBlank(spec!, address) ? ["OK", "Inputs incomplete"] : ["OK"];
        const shown = value(spec!.key, address);
        return [spec!.key, address, allowed.includes(String(shown)) ? "as allowed" : shown];
      }),
    );
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((r) => r[2] !== "as allowed")).toEqual([]);
  });
});

describe("sample figures (default options: 5 years from 2026, $ millions)", () => {
  const options = OPTION_SETS[0];

  it("frees the savings the spec's equation gives for the roles the plan exits (derived by hand here)", () => {
    // Spec (GR.REALLOC_SAVINGS): B × Σ_{t=1..years} (1+g)^(t−1) / (1+r)^t − B × severance_months / 12,
    // B = Σ roles exited × loaded cost; roles exited = headcount − headcount × (1 + change)^years, if positive.
    const years = options.horizon;
    const base = SAMPLE_FAMILIES.reduce((sum, f) => sum + Math.max(0, f[2] - f[2] * (1 + f[3]) ** years) * f[4], 0);
    let factor = 0;
    for (let t = 1; t <= years; t++) factor += (1 + SAMPLE_COST_GROWTH) ** (t - 1) / (1 + SAMPLE_DISCOUNT_RATE) ** t;
    const expected = base * factor - (base * SAMPLE_SEVERANCE_MONTHS) / 12;
    const { spec, value } = render("workforce", options);
    const shown = value("workforce", spec("workforce").headlines[0].gr) as number;
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
    const { spec, value } = render(key as TemplateId, { ...options, horizon });
    const h = spec(key).headlines[headline];
    for (const address of [h.gr, h.native]) {
      const shown = value(key, address);
      if (typeof expected === "string") expect(shown).toBe(expected);
      else expect(shown).toBeCloseTo(expected, digits);
    }
  });

  // The added blocks' figures docs/templates.md quotes: [what, template, horizon, sheet, cell, figure, digits].
  const BLOCKS: [string, TemplateId, number, SheetKey, string, number | string, number][] = [
    ["Scenarios: JWO NPV, Upside", "complete", 5, "scenarios", "D19", -472.4, 1],
    ["Scenarios: JWO NPV, Downside", "complete", 5, "scenarios", "E19", -679.9, 1],
    ["Scenarios: savings freed, Upside", "complete", 5, "scenarios", "D21", 3107.3, 1],
    ["Scenarios: savings freed, Downside", "complete", 5, "scenarios", "E21", 2727.9, 1],
    ["Scenarios: headcount, Upside", "complete", 5, "scenarios", "D22", 11613, 0],
    ["Scenarios: headcount, Downside", "complete", 5, "scenarios", "E22", 8359, 0],
    ["Scenarios: capital reallocated, Upside", "complete", 5, "scenarios", "D23", 53840.5, 1],
    ["Scenarios: capital reallocated, Downside", "complete", 5, "scenarios", "E23", 40247.6, 1],
    ["Scenarios: talent velocity, Upside", "complete", 5, "scenarios", "D24", 0.11, 3],
    ["Scenarios: talent velocity, Downside", "complete", 5, "scenarios", "E24", 0.05, 3],
    ["Scenarios: cumulative GenAI savings, Upside", "complete", 5, "scenarios", "D25", 12990.8, 1],
    ["Scenarios: cumulative GenAI savings, Downside", "complete", 5, "scenarios", "E25", 5050.5, 1],
    ["Tornado: smallest swing", "complete", 5, "scenarios", "E35", 7.5, 1],
    ["Tornado: second swing", "complete", 5, "scenarios", "E36", 122.5, 1],
    ["Tornado: third swing", "complete", 5, "scenarios", "E37", 204.8, 1],
    ["Tornado: largest swing", "complete", 5, "scenarios", "E38", 258.9, 1],
    ["JWO grid, 5 years: 80 %, 8 %", "jwo", 5, "jwo", "D34", -683.2, 1],
    ["JWO grid, 5 years: 120 %, 8 %", "jwo", 5, "jwo", "D38", -395.9, 1],
    ["JWO grid, 5 years: payback at 120 %", "jwo", 5, "jwo", "H44", NOT_WITHIN_HORIZON, 0],
    ["JWO grid, 10 years: 80 %, 12 %", "jwo", 10, "jwo", "H34", -409.8, 1],
    ["JWO grid, 10 years: 120 %, 8 %", "jwo", 10, "jwo", "D38", 375.7, 1],
    ["JWO payback, 10 years, at 80 %", "jwo", 10, "jwo", "D44", NOT_WITHIN_HORIZON, 0],
    ["JWO payback, 10 years, at 90 %", "jwo", 10, "jwo", "E44", 7.95, 2],
    ["JWO payback, 10 years, at 110 %", "jwo", 10, "jwo", "G44", 6.03, 2],
    ["JWO payback, 10 years, at 120 %", "jwo", 10, "jwo", "H44", 5.4, 2],
    ["Workforce grid: 12 months, 1 %", "workforce", 5, "workforce", "D72", 2411.6, 1],
    ["Workforce grid: no severance, 5 %", "workforce", 5, "workforce", "H68", 3499.8, 1],
    ["Workforce: annual cost of exited roles", "workforce", 5, "workforce", "C54", 843.2, 1],
    ["GenAI grid: 2 years earlier, +5 points", "genai", 5, "genai", "H45", 22163.3, 1],
    ["GenAI grid: 2 years later, -5 points", "genai", 5, "genai", "D49", 2350.8, 1],
    ["Budget: generative-AI budget in 2031", "budget", 5, "budget", "C29", 23876.6, 1],
  ];

  it.each(BLOCKS)("shows the documented %s", (_, template, horizon, key, address, expected, digits) => {
    const shown = render(template, { ...options, horizon }).value(key, address);
    if (typeof expected === "string") expect(shown).toBe(expected);
    else expect(shown).toBeCloseTo(expected, digits);
  });

  it("moves the generative-AI share to the end share by the last year", () => {
    const { spec, value } = render("budget", options);
    const genai = value("budget", spec("budget").headlines[1].gr) as number;
    expect(genai).toBeCloseTo(25000 * 1.08 ** 5 * 0.65, 6);
  });

  it("reads the signposts as Met, Near and Met", () => {
    const { value } = render("signposts", options);
    expect(["F8", "F9", "F10"].map((a) => value("signposts", a))).toEqual(["Met", "Near", "Met"]);
  });

  it("agrees on every summary check, and shows the live case", () => {
    const { spec, value } = render("complete", options);
    expect(value("summary", overallCheck(spec("summary")))).toBe("OK");
    expect(value("summary", cellLabelled(spec("summary"), /^Live case/, "C"))).toBe("Base");
  });
});

describe("the Summary's overall check with blank inputs", () => {
  it("reads Inputs incomplete (amber), not CHECK, while the talent figures cannot be computed", () => {
    const { spec, value } = render("complete", { ...OPTION_SETS[0], inputs: "blank" });
    expect(value("summary", overallCheck(spec("summary")))).toBe("Inputs incomplete");
  });
});

describe("scale", () => {
  it("shows money headlines 1,000 times larger in thousands than in millions", () => {
    const millions = { ...OPTION_SETS[0] };
    const thousands = { ...millions, scale: "thousands" as const };
    for (const key of ["workforce", "budget", "jwo", "genai"] as const) {
      const [a, b] = [render(key, millions), render(key, thousands)];
      for (const h of a.spec(key).headlines.filter((h) => /"\$"/.test(numberFormatOf(a.spec(key), h.gr)))) {
        const ratio = (b.value(key, h.gr) as number) / (a.value(key, h.gr) as number);
        expect([key, h.label, ratio]).toEqual([key, h.label, expect.closeTo(1000, 6)]);
      }
    }
  });
});

function numberFormatOf(spec: SheetSpec, address: string): string {
  return spec.formats.filter((f) => f.address === address && f.numberFormat).at(-1)?.numberFormat ?? "";
}

/** The cell in `column` of the row whose label (column A) matches. */
export function cellLabelled(spec: SheetSpec, label: RegExp, column: string): string {
  const write = spec.cells.find((w) => /^A\d+(:|$)/.test(w.address) && typeof w.formulas[0][0] === "string" && label.test(w.formulas[0][0]));
  if (!write) throw new Error(`${spec.key} has no row labelled ${label}`);
  return `${column}${write.address.match(/^A(\d+)/)![1]}`;
}

const overallCheck = (summary: SheetSpec) => cellLabelled(summary, /^All add-in figures agree/, "D");
