// Excel without the add-in: every GR. formula shows #NAME? and its spill range stays blank. The
// sheets promise (README, docs/templates.md) that the checks then read "Add-in not loaded" (amber)
// rather than "CHECK" (red): the native figures still stand. Source of truth: Excel's #NAME? for an
// unknown function, which HyperFormula reproduces when the GR. functions are not registered.
import { parseRange } from "../../src/templates/a1";
import { SHEET_BUILDERS, TEMPLATES } from "../../src/templates/catalog";
import type { InsertOptions, SheetSpec } from "../../src/templates/types";
import { evaluate } from "./evaluate";
import { ALL_OPTIONS, cellsOf, describeOptions, OPTION_SETS, SHEET_NAMES, sheetRef } from "./sheetModel";

const ADD_IN_NOT_LOADED = "Add-in not loaded";

/** Every cell coloured as a check (OK green, CHECK red): headline checks and the Summary's. */
function checkCells(spec: SheetSpec): string[] {
  const addresses = spec.conditionalFormats.filter((f) => /="CHECK"$/.test(f.formula)).map((f) => f.address);
  return [...new Set(addresses)].flatMap((a) => cellsOf(parseRange(a)).map(([row, column]) => `R${row}C${column}`)).map(toA1);
}

function toA1(rc: string): string {
  const [, row, column] = /R(\d+)C(\d+)/.exec(rc)!.map(Number);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function checksWithoutAddIn(template: string, options: InsertOptions): { sheet: string; address: string; value: unknown }[] {
  const keys = TEMPLATES.find((t) => t.id === template)!.sheets;
  const specs = keys.map((k) => SHEET_BUILDERS[k](options, sheetRef));
  const values = evaluate(Object.fromEntries(specs.map((s) => [SHEET_NAMES[s.key], s])), "missing");
  return specs.flatMap((s) => checkCells(s).map((address) => ({ sheet: s.key, address, value: values.value(SHEET_NAMES[s.key], address) })));
}

const cases = TEMPLATES.flatMap((t) => ALL_OPTIONS.map((o) => [`${t.id} ${describeOptions(o)}`, t.id, o] as const));

describe.each(cases)("without the add-in: %s", (_, template, options) => {
  const checks = checksWithoutAddIn(template, options);

  it("reads OK or Add-in not loaded in every check cell, never CHECK", () => {
    const wrong = checks.filter((c) => c.value !== "OK" && c.value !== ADD_IN_NOT_LOADED);
    expect(wrong).toEqual([]);
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
