// Inserting next to what the user already has: Excel's one namespace for table and defined names.
// (The rollback, and co-authors' sheets, are in transaction.test.ts.)
import { renameInFormulas } from "../../src/excel/writeSheet";
import { ExcelEmulator } from "../support/excel-emulator";
import { formulaProblems } from "./checks";
import { SAMPLE_OPTIONS, fixtureModel, fixtureSource } from "./fixtures/sheets";
import { render } from "./render";

const source = fixtureSource();
const JWO_OPTIONS = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" } as const;

describe("sheet-scoped names next to tables of the same name", () => {
  it("the strict fake refuses a defined name a table already uses (one namespace, as in Excel)", async () => {
    const strict = new ExcelEmulator({ sheets: [{ name: "Data", tables: [{ name: "Capex", address: "A1:B3" }] }] });
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
