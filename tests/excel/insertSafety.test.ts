// Inserting next to what the user (or a co-author) already has: Excel's one namespace for table and
// defined names, and a rollback that removes only the sheets this insertion created.
import type { ExcelApi, ExcelRun } from "../../src/excel/api";
import { InsertError } from "../../src/excel";
import { renderTemplate } from "../../src/excel/render";
import { renameInFormulas } from "../../src/excel/writeSheet";
import { StrictExcel, StrictExcelError } from "../support/strictExcel";
import { formulaProblems } from "./checks";
import { SAMPLE_OPTIONS, fixtureModel, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, render } from "./render";

const source = fixtureSource();
const JWO_OPTIONS = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" } as const;

describe("sheet-scoped names next to tables of the same name", () => {
  it("the strict fake refuses a defined name a table already uses (one namespace, as in Excel)", async () => {
    const strict = new StrictExcel({ sheets: [{ name: "Data", tables: [{ name: "Capex", address: "A1:B3" }] }] });
    const adding = strict.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.names.add("capex", sheet.getRange("D1"));
      await context.sync();
    });
    await expect(adding).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("inserts the JWO Investment Case beside a table named Capex, renaming its name to Capex2", async () => {
    const seed = { sheets: [{ name: "Data", tables: [{ name: "Capex", address: "A1:B3" }] }] };
    const r = await render("jwo", JWO_OPTIONS, seed);
    const names = r.strict.sheet(r.result.sheetNames[0]).names.map((n) => n.name);
    expect(names).toContain("Capex2");
    expect(names).not.toContain("Capex");
    expect(names).toContain("Opex"); // only the clashing name changes
    expect(formulaProblems(r.strict.snapshot(), r.plans)).toEqual([]);
  });

  it("rewrites formulas that use a renamed name, on its sheet and from other sheets", async () => {
    const seed = { sheets: [{ name: "Data", tables: [{ name: "Rate", address: "A1:B3" }] }] };
    const r = await render("complete", SAMPLE_OPTIONS, seed, source);
    const model = r.strict.sheet("Fixture Model");
    expect(model.names.map((n) => n.name)).toEqual(["Rate2", "Costs"]);
    expect(model.cells.C12.formula).toBe("=SUM(C6:E6)-Rate2*C7");
    expect(r.strict.sheet("Fixture Summary").cells.B2.formula).toBe("='Fixture Model'!Rate2");
  });

  it("leaves a name alone where it is a sheet, a function, a table column or text", () => {
    const spec = fixtureModel(SAMPLE_OPTIONS);
    const formula = `=Costs+Costs!A1+COSTS(1)+T[Costs]+'Costs'!A1&"Costs"+costs`;
    spec.cells = [{ address: "A1", formulas: [[formula]] }];
    spec.conditionalFormats = [];
    renameInFormulas(spec, { tables: new Map(), names: new Map([["Costs", "Costs2"]]) });
    expect(spec.cells[0].formulas[0][0]).toBe(`=Costs2+Costs!A1+COSTS(1)+T[Costs]+'Costs'!A1&"Costs"+Costs2`);
  });
});

/** A run whose first sync is followed by a co-author adding a sheet called `name`. */
function withCoAuthorSheet(strict: StrictExcel, name: string): ExcelRun {
  return (batch) =>
    strict.run((context) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        if (++syncs !== 1) return;
        context.workbook.worksheets.add(name); // someone else's sheet, between our read and write
        await context.sync();
      };
      return batch({ workbook: context.workbook, sync } satisfies ExcelApi);
    });
}

describe("rolling back a failed insert", () => {
  it("never deletes a sheet named like the one whose add failed: it is someone else's", async () => {
    const strict = new StrictExcel();
    const run = withCoAuthorSheet(strict, "Fixture Summary"); // the complete model's 2nd sheet
    const error = await renderTemplate(run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertError);
    expect((error as InsertError).cause).toBeInstanceOf(StrictExcelError);
    expect((error as InsertError).step).toBe("add the sheet 'Fixture Summary'");
    expect(strict.sheetNames()).toEqual(["Sheet1", "Fixture Summary"]); // ours removed, theirs kept
    expect((error as InsertError).leftBehind).toEqual([]);
  });

  it("deletes a sheet whose add ran before the failure", async () => {
    const strict = new StrictExcel();
    strict.failAt(4 + 3); // sync 1's four loads, then add 'Fixture Model', place it, add 'Fixture Summary'
    const error = (await renderTemplate(strict.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source }).catch((e: unknown) => e)) as InsertError;
    expect(error.step).toBe("add the sheet 'Fixture Summary'");
    expect(strict.sheetNames()).toEqual(["Sheet1"]);
  });
});
