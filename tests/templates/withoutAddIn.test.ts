// Excel without the add-in: every GR. formula shows #NAME? and its spill range stays blank. The
// sheets promise (README, docs/templates.md) that the checks then read "Add-in not loaded" (amber)
// rather than "CHECK" (red): the native figures still stand. Source of truth: Excel's #NAME? for an
// unknown function, which HyperFormula reproduces when the GR. functions are not registered.
import { ADD_IN_NOT_LOADED, REPAIR_HINT } from "../../src/templates/blocks";
import { SHEET_BUILDERS, TEMPLATES } from "../../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../../src/templates/types";
import { evaluate } from "./evaluate";
import { checkCells } from "./render";
import { ALL_OPTIONS, buildTemplate, describeOptions, formulasOf, OPTION_SETS, SHEET_NAMES, sheetRef } from "./sheetModel";

type Shown = { sheet: string; address: string; value: unknown };

function withoutAddIn(template: TemplateId, options: InsertOptions): { checks: Shown[]; hints: Shown[] } {
  const specs = Object.values(buildTemplate(template, options)).map((s) => s!);
  const values = evaluate(Object.fromEntries(specs.map((s) => [SHEET_NAMES[s.key], s])), "missing");
  const shown = (s: (typeof specs)[number], address: string) => ({ sheet: s.key, address, value: values.value(SHEET_NAMES[s.key], address) });
  const checks = specs.flatMap((s) => checkCells(s).map((address) => shown(s, address)));
  const hints = specs.flatMap((s) => formulasOf(s).filter((f) => f.formula.includes(REPAIR_HINT)).map((f) => shown(s, f.address)));
  return { checks, hints };
}

// Signposts has no GR. function, so no check and no hint: nothing to assert there.
const cases = TEMPLATES.filter((t) => t.id !== "signposts").flatMap((t) => ALL_OPTIONS.map((o) => [`${t.id} ${describeOptions(o)}`, t.id, o] as const));

describe.each(cases)("without the add-in: %s", (_, template, options) => {
  const { checks, hints } = withoutAddIn(template, options);

  it("reads OK or Add-in not loaded in every check cell, never CHECK", () => {
    expect(checks.length).toBeGreaterThan(0);
    const wrong = checks.filter((c) => c.value !== "OK" && c.value !== ADD_IN_NOT_LOADED);
    expect(wrong).toEqual([]);
  });

  it("points to the pane's Repair GR formulas button beside the checks", () => {
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.filter((h) => h.value !== REPAIR_HINT)).toEqual([]);
  });

  if (template === "complete") {
    it("reads Add-in not loaded in the Summary's overall check", () => {
      const summary = checks.filter((c) => c.sheet === "summary");
      expect(summary.length).toBeGreaterThan(1);
      expect(summary.at(-1)!.value).toBe(ADD_IN_NOT_LOADED);
    });
  }
});

it("finds the check cells of every sheet that has headlines", () => {
  for (const key of ["workforce", "budget", "jwo", "talent", "genai"] as const) {
    const spec = SHEET_BUILDERS[key](OPTION_SETS[0], sheetRef);
    expect(checkCells(spec)).toEqual(expect.arrayContaining(spec.headlines.map((h) => h.check)));
  }
});
