// Every catalog template, rendered through the real office.js into the Excel emulator with several option sets, checked against
// the template contract (docs/templates.md, "What every template sheet has" and "Inserting").
import { TEMPLATES } from "../../src/templates/catalog";
import type { InsertOptions, SheetKey } from "../../src/templates/types";
import { cellsOf, tryParseArea } from "../support/excel-emulator";
import { CHART_RULES, chartMismatches } from "./chartRules";
import { chartDataProblems, formulaProblems, isInputCell, unformattedNumbers } from "./checks";
import { CATALOG, planSheets, renderTemplate } from "../../src/excel/render";
import { EXCEL_1_9, type Rendered, render } from "./render";

const OPTION_SETS: InsertOptions[] = [
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" },
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "blank" },
  { startYear: 2030, horizon: 10, currency: "€", scale: "thousands", inputs: "sample" },
  { startYear: 2024, horizon: 1, currency: "£", scale: "units", inputs: "blank" },
  { startYear: 2027, horizon: 30, currency: "¥", scale: "units", inputs: "sample" },
];

/**
 * Percentage inputs the catalog leaves unvalidated on purpose: a signpost's threshold and latest
 * value for AI-talent flow are observed rates of change, which have no natural upper bound.
 */
const UNBOUNDED_PERCENT_INPUTS: Partial<Record<SheetKey, string[]>> = { signposts: ["D10", "E10"] };

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s", (id, template) => {
  describe.each(OPTION_SETS.map((o) => [`${o.inputs} ${o.startYear}+${o.horizon} ${o.currency} ${o.scale}`, o] as const))("%s", (_label, options) => {
    let r: Rendered;
    beforeAll(async () => {
      r = await render(id, options, { sheets: [{ name: "Data" }, { name: "Notes" }], active: "Data" });
    });

    it("uses at most 3 syncs, the complete model included (issue 10's budget; sizes: npm run bench)", () => {
      expect(r.strict.syncCount).toBeLessThanOrEqual(3);
    });

    // Measured on the real library's request bodies (the complete model's fill is about 1.4 MB).
    it("keeps every request well under Excel on the web's 5 MB limit (at most half of it)", () => {
      for (const request of r.strict.requests) expect(request.bytes).toBeLessThan(2_500_000);
    });

    it("inserts the template's sheets after the active sheet, in order, and activates the first", () => {
      const snapshot = r.strict.snapshot();
      expect(snapshot.sheets.map((s) => s.name)).toEqual(["Data", ...r.result.sheetNames, "Notes"]);
      expect(r.result.sheetNames).toHaveLength(template.sheets.length);
      expect(snapshot.activeSheet).toBe(r.result.sheetNames[0]);
    });

    it("gives every numeric cell a number format", () => {
      const workbook = r.strict.snapshot();
      for (const plan of r.plans) expect({ sheet: plan.name, missing: unformattedNumbers(workbook, plan) }).toEqual({ sheet: plan.name, missing: [] });
    });

    it("has formulas that refer only to cells that exist and hold something", () => {
      expect(formulaProblems(r.strict.snapshot(), r.plans)).toEqual([]);
    });

    it("draws charts only from cells that hold something", () => {
      expect(chartDataProblems(r.strict.snapshot(), r.plans)).toEqual([]);
    });

    it("adds the spec's validations, on cells styled as inputs", () => {
      for (const plan of r.plans) {
        const sheet = r.strict.sheet(plan.name);
        expect(sheet.validations.map((v) => v.address).sort()).toEqual(plan.spec.validations.map((v) => v.address).sort());
        expect(validatedCells(plan.name).filter((a) => !isInputCell(sheet, a))).toEqual([]);
      }
    });

    it("validates every percentage input (rates and shares have a range)", () => {
      for (const plan of r.plans) {
        const sheet = r.strict.sheet(plan.name);
        const unchecked = UNBOUNDED_PERCENT_INPUTS[plan.key] ?? [];
        const percentInputs = Object.keys(sheet.cells).filter((a) => isInputCell(sheet, a) && sheet.cells[a].numberFormat?.includes("%"));
        expect(percentInputs.filter((a) => !validatedCells(plan.name).includes(a) && !unchecked.includes(a))).toEqual([]);
      }
    });

    const validatedCells = (sheetName: string) =>
      r.strict.sheet(sheetName).validations.flatMap((v) => [...cellsOf(tryParseArea(v.address)!)].map((c) => c.address));

    it("adds the spec's sheet-scoped names", () => {
      for (const plan of r.plans) {
        expect(r.strict.sheet(plan.name).names.map((n) => [n.name, n.address])).toEqual(plan.spec.names.map((n) => [n.name, n.address]));
      }
    });

    it("draws each chart as specified, with the chart type the spec names", () => {
      for (const plan of r.plans) {
        const sheet = r.strict.sheet(plan.name);
        expect(plan.spec.charts.flatMap((c) => chartMismatches(sheet.charts.find((x) => x.name === c.name), c, plan.name))).toEqual([]);
        expect(CHART_RULES[plan.key](sheet)).toEqual([]);
      }
    });

    it("keeps spilling formulas out of tables", () => {
      const overlaps = r.plans.flatMap((plan) => {
        const spills = plan.spec.cells.flatMap((c) => (c.spill ? [{ address: c.spill, area: tryParseArea(c.spill)! }] : []));
        return r.strict.sheet(plan.name).tables.flatMap((table) => {
          const t = tryParseArea(table.address)!;
          const inside = spills.filter(({ area: s }) => s.left <= t.right && t.left <= s.right && s.top <= t.bottom && t.top <= s.bottom);
          return inside.map((s) => `'${plan.name}'!${s.address} spills into table ${table.name}`);
        });
      });
      expect(overlaps).toEqual([]);
    });
  });
});

describe("inserting a catalog template twice", () => {
  it.each(TEMPLATES.map((t) => t.id))("gives %s's sheets the names 'Name (2)', with working references and free table names", async (id) => {
    const options = OPTION_SETS[0];
    const first = await render(id, options);
    const strict = first.strict;
    const existing = strict.sheetNames();
    const second = await renderTemplate(strict.run, id, options, { requirements: EXCEL_1_9 });
    expect(second.sheetNames).toEqual(first.result.sheetNames.map((n) => `${n} (2)`));
    const plans = planSheets(CATALOG.sheetsOf(id), options, CATALOG, existing);
    expect(formulaProblems(strict.snapshot(), plans)).toEqual([]);
    const tables = strict.snapshot().sheets.flatMap((s) => s.tables.map((t) => t.name.toUpperCase()));
    expect(new Set(tables).size).toBe(tables.length);
  });
});
