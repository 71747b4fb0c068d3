// The gallery's catalog and the Summary sheet of the complete model.
import { DEFAULT_OPTIONS, SHEET_BUILDERS, TEMPLATES } from "../../src/templates/catalog";
import { sheetNameOf } from "../../src/templates/summary";
import type { SheetKey } from "../../src/templates/types";
import { ALL_OPTIONS, describeOptions, formulasOf, scanFormula, SHEET_NAMES, sheetRef } from "./sheetModel";

describe("TEMPLATES", () => {
  it("offers the six templates of the spec and the complete model (with Scenarios), each with its sheets", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(["workforce", "budget", "jwo", "talent", "genai", "signposts", "complete"]);
    for (const t of TEMPLATES.slice(0, 6)) expect(t.sheets).toEqual([t.id]);
    expect(TEMPLATES[6].sheets).toEqual(["workforce", "budget", "jwo", "talent", "genai", "signposts", "scenarios", "summary"]);
  });

  it("describes each template for the gallery", () => {
    for (const t of TEMPLATES) {
      expect(t.title.length).toBeGreaterThan(3);
      expect(t.purpose.length).toBeGreaterThan(20);
      expect(t.chart.length).toBeGreaterThan(5);
      expect(t.preview).toMatch(/^preview-[a-z]+\.png$/);
    }
    expect(TEMPLATES.filter((t) => !t.hasHorizon).map((t) => t.id)).toEqual(["talent", "signposts"]);
  });

  it("names each sheet with a valid base name that leaves room for a (2) suffix", () => {
    for (const key of Object.keys(SHEET_BUILDERS) as SheetKey[]) {
      const name = SHEET_BUILDERS[key](DEFAULT_OPTIONS(new Date(2026, 0, 1)), sheetRef).baseName;
      expect(name.length).toBeLessThanOrEqual(27);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
  });
});

describe("DEFAULT_OPTIONS", () => {
  it("starts this year, five years, $ millions, sample inputs, sensitivities on", () => {
    expect(DEFAULT_OPTIONS(new Date(2031, 6, 15))).toEqual({ startYear: 2031, horizon: 5, currency: "$", scale: "millions", inputs: "sample", sensitivities: true });
  });
});

describe.each(ALL_OPTIONS.map((o) => [describeOptions(o), o] as const))("Summary %s", (_, options) => {
  const summary = SHEET_BUILDERS.summary(options, sheetRef);
  const linked = formulasOf(summary).flatMap((f) => scanFormula(f.formula).flatMap((t) => (t.kind === "ref" && t.sheet ? [t] : [])));

  it("links every other sheet through the name it received", () => {
    const sheets = new Set(linked.map((t) => t.sheet));
    for (const key of ["workforce", "budget", "jwo", "talent", "genai", "signposts"] as const) expect(sheets.has(SHEET_NAMES[key])).toBe(true);
  });

  it("links every headline figure and its check", () => {
    for (const key of ["workforce", "budget", "jwo", "talent", "genai"] as const) {
      const spec = SHEET_BUILDERS[key](options, sheetRef);
      const targets = new Set(linked.filter((t) => t.sheet === SHEET_NAMES[key]).map((t) => t.address));
      for (const h of spec.headlines) expect([h.gr, h.check].filter((a) => !targets.has(a))).toEqual([]);
    }
  });
});

describe("sheetNameOf", () => {
  it("unquotes a sheet prefix", () => {
    expect(sheetNameOf("'JWO Investment Case (2)'!")).toBe("JWO Investment Case (2)");
    expect(sheetNameOf("'Bob''s sheet'!")).toBe("Bob's sheet");
    expect(sheetNameOf("Summary!")).toBe("Summary");
  });
});
