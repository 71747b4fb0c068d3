// The contract checks must catch what they look for, or the template tests prove nothing: each
// check is run on a fixture broken on purpose.
import type { SheetSource } from "../../src/excel/render";
import { chartDataProblems, formulaProblems, unformattedNumbers } from "./checks";
import { SAMPLE_OPTIONS, fixtureSource } from "./fixtures/sheets";
import { render } from "./render";

/** The fixture source with its model sheet changed by `breakIt`. */
function broken(breakIt: (spec: ReturnType<SheetSource["build"]>) => void): SheetSource {
  const source = fixtureSource();
  return { ...source, build: (key, options, ref) => { const spec = source.build(key, options, ref); if (key === "workforce") breakIt(spec); return spec; } };
}

it("passes the intact fixture", async () => {
  const { strict, plans } = await render("complete", SAMPLE_OPTIONS, {}, fixtureSource());
  expect(formulaProblems(strict.snapshot(), plans)).toEqual([]);
  expect(chartDataProblems(strict.snapshot(), plans)).toEqual([]);
  expect(plans.flatMap((p) => unformattedNumbers(strict.snapshot(), p))).toEqual([]);
});

it("finds a formula that refers to an empty cell, an undefined name and a missing spill anchor", async () => {
  const source = broken((spec) => spec.cells.push({ address: "H40:J40", formulas: [["=Z99+1", "=NoSuchName", "=C10#"]] }));
  const { strict, plans } = await render("workforce", SAMPLE_OPTIONS, {}, source);
  expect(formulaProblems(strict.snapshot(), plans)).toEqual([
    "'Fixture Model'!H40 =Z99+1: 'Fixture Model'!Z99 is empty",
    "'Fixture Model'!I40 =NoSuchName: name NoSuchName is not defined on 'Fixture Model'",
    "'Fixture Model'!J40 =C10#: C10# is not a declared spill anchor",
  ]);
});

it("finds numbers and spill cells without a number format", async () => {
  const source = broken((spec) => {
    spec.cells.push({ address: "H40:I40", formulas: [[7, "=H40*2"]] });
    spec.formats = spec.formats.filter((f) => f.address !== "C9:E10");
  });
  const { strict, plans } = await render("workforce", SAMPLE_OPTIONS, {}, source);
  const missing = unformattedNumbers(strict.snapshot(), plans[0]);
  expect(missing).toEqual(expect.arrayContaining(["H40 (7)", "I40 (=H40*2)", "C9 (=GR.JWO_CASHFLOWS(C6:E6,C7:E7))", "E10 (spill)"]));
});

it("finds chart series drawn from empty cells", async () => {
  const source = broken((spec) => (spec.charts[0].series[0].values = "C30:E30"));
  const { strict, plans } = await render("workforce", SAMPLE_OPTIONS, {}, source);
  expect(chartDataProblems(strict.snapshot(), plans)).toContain("chart FixtureCombo series Costs: C30 is empty");
});
