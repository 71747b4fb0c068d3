// "Repair GR formulas" (src/excel/repairFormulas.ts) through the real library: formulas entered
// while the functions were not registered keep #NAME? until entered again (office-js #6611, #6355).
// Native formulas get a value from options.calculate (the repair only asks whether a value is the
// #NAME? error); GR. formulas entered after registration get 1.
import { callsGrFunction, repairGrFormulas } from "../../src/excel/repairFormulas";
import { renderTemplate } from "../../src/excel/render";
import type { InsertOptions } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions } from "../support/excel-emulator";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
const calculate: ExcelEmulatorOptions["calculate"] = ({ formula }) => (callsGrFunction(formula) ? 1 : 0);

async function unregisteredModel(extra: ExcelEmulatorOptions = {}) {
  const excel = new ExcelEmulator({ sheets: [{ name: "Mine", cells: { A1: "=GR.TALENT_VELOCITY(1000,300,100,2)", A2: '="GR.NOT_A_CALL("', A3: 5 } }], functionsRegistered: false, calculate, ...extra });
  const inserted = await renderTemplate(excel.run, "complete", OPTIONS, { requirements: excel.requirements });
  excel.functionsRegistered = true;
  return { excel, inserted };
}

const nameErrors = (excel: ExcelEmulator) =>
  excel.snapshot().sheets.flatMap((s) => Object.entries(s.cells).filter(([, c]) => c.value === "#NAME?").map(([address]) => `${s.name}!${address}`));

it("re-enters every GR. formula showing #NAME?, on the user's sheets too, and writes nothing else", async () => {
  const { excel } = await unregisteredModel();
  const before = excel.snapshot();
  const broken = nameErrors(excel);
  expect(broken.length).toBeGreaterThan(20);
  const report = await repairGrFormulas(undefined, { run: excel.run, requirements: excel.requirements });
  expect(nameErrors(excel)).toEqual([]);
  expect(report.repaired.reduce((n, r) => n + r.cells, 0)).toBe(broken.length);
  expect(report.repaired.find((r) => r.sheet === "Mine")).toEqual({ sheet: "Mine", cells: 1 });
  // Same workbook apart from the #NAME? marks: the formulas written are the formulas that were there.
  const strip = (s: ReturnType<ExcelEmulator["snapshot"]>) => JSON.parse(JSON.stringify(s, (k, v) => (k === "value" ? undefined : v)));
  expect(strip(excel.snapshot())).toEqual(strip(before));
  for (const request of excel.requests) expect(request.bytes).toBeLessThan(5_000_000);
});

it("leaves a protected sheet's cells alone and reports them", async () => {
  const excel = new ExcelEmulator({ sheets: [{ name: "Locked", protected: true, cells: { B2: "=GR.JWO_PAYBACK(A1:A3,B1:B3,C1:C3)" } }], functionsRegistered: false, calculate });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Locked").getRange("B3").formulas = [["=GR.JWO_NPV(0.1,A1:A3,B1:B3,C1:C3)"]];
    await context.sync();
  });
  excel.functionsRegistered = true;
  const report = await repairGrFormulas(undefined, { run: excel.run, requirements: excel.requirements });
  expect(report).toMatchObject({ repaired: [], protectedSheets: [{ sheet: "Locked", cells: 2 }] });
  expect(excel.sheet("Locked").cells.B2.value).toBe("#NAME?");
});
