// The sensitivity grids (JWO, Workforce, GenAI), computed as evaluate.ts does (HyperFormula for the
// native formulas, the add-in's wrappers for each GR. call). Sources of truth: the rule that
// a grid's base cell equals its headline figure, and the direction each step moves the figure in
// by the models' own equations (higher rate: lower PV of later savings; more severance: less freed).
import { parseRange } from "../../src/templates/a1";
import type { InsertOptions, SheetKey, SheetSpec, TemplateId } from "../../src/templates/types";
import { render, toA1 } from "./render";
import { ALL_OPTIONS, cellsOf, describeOptions, OPTION_SETS } from "./sheetModel";

type PlacedGrid = { key: SheetKey; name: string; cells: string; base: string; native: string };

/** The grids of a sheet: each named range of grid cells, and its check row (base cell C, native twin link D). */
function gridsOf(spec: SheetSpec): PlacedGrid[] {
  const checkRows = spec.cells.filter((w) => typeof w.formulas[0][0] === "string" && String(w.formulas[0][0]).startsWith("Base case in the grid"));
  const named = spec.names.filter((n) => n.name.endsWith("Sensitivity"));
  return named.map((n, i) => {
    const row = parseRange(checkRows[i].address).top;
    const link = spec.cells.find((w) => w.address === `D${row}`)!.formulas[0][0] as string;
    return { key: spec.key, name: n.name, cells: n.address, base: `C${row}`, native: link.replace(/^=|\$/g, "") };
  });
}

/** The GR. cell of the headline whose native twin the grid's check links to. */
function headlineOf(spec: SheetSpec, grid: PlacedGrid): string {
  return spec.headlines.find((h) => h.native === grid.native)!.gr;
}

const WITH_GRIDS: TemplateId[] = ["jwo", "workforce", "genai", "complete"];
const cases = WITH_GRIDS.flatMap((t) => ALL_OPTIONS.filter((o) => o.sensitivities !== false).map((o) => [`${t} ${describeOptions(o)}`, t, o] as const));

describe.each(cases)("%s", (_, template, options) => {
  const rendered = render(template, options);
  const grids = (["jwo", "workforce", "genai"] as SheetKey[]).filter((k) => rendered.specs[k]).flatMap((k) => gridsOf(rendered.spec(k)));

  it("has the grids of its sheets: NPV and payback on JWO, savings freed on Workforce, cumulative savings on GenAI", () => {
    const expected = { jwo: ["NpvSensitivity", "PaybackSensitivity"], workforce: ["SavingsFreedSensitivity"], genai: ["CumulativeSavingsSensitivity"] };
    const present = Object.entries(expected).filter(([k]) => rendered.specs[k as SheetKey]).flatMap(([, names]) => names);
    expect(grids.map((g) => g.name)).toEqual(present);
  });

  it("shows in each grid's base cell exactly the headline figure", () => {
    const differing = grids.filter((g) => !same(rendered.value(g.key, g.base), rendered.value(g.key, headlineOf(rendered.spec(g.key), g))));
    expect(differing).toEqual([]);
  });

  it("puts the base case in the middle of each grid with the sample steps", () => {
    const middle = (g: PlacedGrid) => {
      const box = parseRange(g.cells);
      return toA1(Math.floor((box.top + box.bottom) / 2), Math.floor((box.left + box.right) / 2));
    };
    const differing = grids.filter((g) => !same(rendered.value(g.key, middle(g)), rendered.value(g.key, g.base)));
    expect(differing).toEqual([]);
  });

  it("colours each grid from bad to good with one colour scale over exactly its cells", () => {
    for (const g of grids) {
      const scales = (rendered.spec(g.key).colorScales ?? []).filter((s) => s.address === g.cells);
      expect(scales).toHaveLength(1);
      const good = g.name === "PaybackSensitivity" ? scales[0].minimum : scales[0].maximum;
      expect(good).toBe("#63BE7B"); // green at the good end: short payback, high NPV and savings
    }
  });
});

describe("how the grids move with their steps (sample inputs, 10 years from 1999)", () => {
  const options: InsertOptions = OPTION_SETS[3];
  /** Values of a grid as rows of numbers, top to bottom. */
  const valuesOf = (template: TemplateId, key: SheetKey, name: string) => {
    const r = render(template, options);
    const box = parseRange(r.spec(key).names.find((n) => n.name === name)!.address);
    const rows: unknown[][] = [];
    for (const [row, column] of cellsOf(box)) (rows[row - box.top] ??= []).push(r.value(key, toA1(row, column)));
    return rows;
  };
  const increasing = (xs: unknown[]) => xs.every((x, i) => i === 0 || (x as number) > (xs[i - 1] as number));
  const column = (rows: unknown[][], j: number) => rows.map((r) => r[j]);

  it("JWO: NPV rises with savings realised down each column and falls with the rate along the base row", () => {
    const grid = valuesOf("jwo", "jwo", "NpvSensitivity");
    for (let j = 0; j < 5; j++) expect(increasing(column(grid, j))).toBe(true);
    expect(increasing([...grid[2]].reverse())).toBe(true);
  });

  it("JWO: payback comes earlier as more savings are realised", () => {
    const [paybacks] = valuesOf("jwo", "jwo", "PaybackSensitivity");
    const years = paybacks.filter((p): p is number => typeof p === "number");
    expect(years.length).toBeGreaterThan(1);
    expect(increasing([...years].reverse())).toBe(true);
  });

  it("Workforce: savings freed fall with more severance and rise with faster cost growth", () => {
    const grid = valuesOf("workforce", "workforce", "SavingsFreedSensitivity");
    for (let j = 0; j < 5; j++) expect(increasing([...column(grid, j)].reverse())).toBe(true);
    for (const row of grid) expect(increasing(row)).toBe(true);
  });

  it("GenAI: cumulative savings fall as adoption comes later and rise with higher savings rates", () => {
    const grid = valuesOf("genai", "genai", "CumulativeSavingsSensitivity");
    for (let j = 0; j < 5; j++) expect(increasing([...column(grid, j)].reverse())).toBe(true);
    for (const row of grid) expect(increasing(row)).toBe(true);
  });
});

describe("the grids with the live case at Downside (complete model)", () => {
  it("still show the headline figure in the base cell: the grids centre on the live case", () => {
    const r = render("complete", OPTION_SETS[0], { scenarios: { C7: "Downside" } });
    const grids = (["jwo", "workforce", "genai"] as SheetKey[]).flatMap((k) => gridsOf(r.spec(k)));
    expect(grids).toHaveLength(4);
    expect(grids.filter((g) => !same(r.value(g.key, g.base), r.value(g.key, headlineOf(r.spec(g.key), g))))).toEqual([]);
  });
});

/** Equal texts, or numbers within a relative 1e-9 (the checks' own tolerance). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b && a !== undefined;
}
