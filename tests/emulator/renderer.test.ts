// The add-in's real renderer (src/excel/render.ts) inserting every template of the catalog through
// Microsoft's client library into the emulated workbook. Source of truth: the template contract as
// the catalog states it (planSheets) and Excel's rules as the emulator enforces them.
import { InsertError } from "../../src/excel";
import { CATALOG, planSheets, renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions, formulaReferences } from "../support/excel-emulator";

const SAMPLE: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };
const BLANK: InsertOptions = { ...SAMPLE, inputs: "blank" };
const SEED: ExcelEmulatorOptions = { sheets: [{ name: "Data", cells: { A1: 42 } }, { name: "Notes" }], active: "Data" };
const IDS = TEMPLATES.map((t) => t.id);

async function insert(id: TemplateId, options: InsertOptions, extra: ExcelEmulatorOptions = {}) {
  const excel = new ExcelEmulator({ ...SEED, ...extra });
  const result = await renderTemplate(excel.run, id, options, { requirements: excel.requirements });
  const plans = planSheets(CATALOG.sheetsOf(id), options, CATALOG, ["Data", "Notes"]);
  return { excel, result, plans };
}

describe.each(IDS)("template %s", (id) => {
  it("inserts its sheets after the active sheet, activates the first, and leaves no range kept", async () => {
    const { excel, result, plans } = await insert(id, SAMPLE);
    expect(result.sheetNames).toEqual(plans.map((p) => p.name));
    expect(excel.sheetNames()).toEqual(["Data", ...result.sheetNames, "Notes"]);
    expect(excel.snapshot().activeSheet).toBe(result.sheetNames[0]);
    expect(excel.keptReferences).toBe(0);
  });

  it("makes at most three requests of its own; Excel.run then releases the ranges it kept in one more", async () => {
    const { excel } = await insert(id, SAMPLE);
    expect(excel.requests.filter((r) => !r.releasesOnly).length).toBeLessThanOrEqual(3);
    expect(excel.requests.map((r) => r.releasesOnly).at(-1)).toBe(true);
  });

  it("sends every request well under Excel on the web's 5 MB limit", async () => {
    const { excel } = await insert(id, SAMPLE);
    for (const request of excel.requests) expect(request.bytes).toBeLessThan(2_000_000);
  });

  it.each(["linesWithValues", "everyLine"] as const)("draws exactly the specified series with blank inputs when Excel makes series from %s", async (seriesFromSource) => {
    const { excel, plans } = await insert(id, BLANK, { seriesFromSource });
    for (const plan of plans) {
      const charts = excel.sheet(plan.name).charts;
      expect(charts.map((c) => c.series.map((s) => s.name))).toEqual(plan.spec.charts.map((c) => c.series.map((s) => s.name)));
      expect(charts.map((c) => c.series.map((s) => s.values?.address))).toEqual(plan.spec.charts.map((c) => c.series.map((s) => s.values)));
    }
  });
});

it("writes GR. formulas that show #NAME? where the functions are not registered", async () => {
  const { excel, plans } = await insert("jwo", SAMPLE, { functionsRegistered: false });
  const sheet = excel.sheet(plans[0].name);
  const callsGr = (formula: unknown) => typeof formula === "string" && formula.startsWith("=") && formulaReferences(formula).some((r) => r.kind === "function" && r.name.startsWith("GR."));
  const grCells = Object.values(sheet.cells).filter((c) => callsGr(c.formula));
  expect(grCells.length).toBeGreaterThan(0);
  expect(grCells.every((c) => c.value === "#NAME?")).toBe(true);
});

describe("a failed insert, fault by fault (signposts; every 3rd action)", () => {
  const ID: TemplateId = "signposts";

  async function actions(): Promise<{ total: number; ownRequests: number }> {
    const { excel } = await insert(ID, SAMPLE);
    const own = excel.requests.slice(0, -1).reduce((n, r) => n + r.operations, 0); // without Excel.run's cleanup
    return { total: excel.operationCount, ownRequests: own };
  }

  it.each(["reported", "omitted"] as const)("restores the workbook and raises an InsertError, errorLocation %s", async (errorLocation) => {
    const before = new ExcelEmulator(SEED).snapshot();
    const { ownRequests } = await actions();
    const problems: string[] = [];
    for (let n = 1; n <= ownRequests; n += n <= 30 ? 1 : 3) {
      const excel = new ExcelEmulator({ ...SEED, errorLocation });
      excel.failAt(n);
      const error = await renderTemplate(excel.run, ID, SAMPLE, { requirements: excel.requirements }).catch((e: unknown) => e);
      if (!(error instanceof InsertError)) problems.push(`action ${n} (${excel.lastFailure?.location}): ${String(error)}`);
      else if (JSON.stringify(excel.snapshot()) !== JSON.stringify(before)) problems.push(`action ${n} (${excel.lastFailure?.location}): workbook changed; ${error.message}`);
      else if (!/your workbook is unchanged\.$|Nothing was changed in your workbook\.$/.test(error.message)) problems.push(`action ${n}: ${error.message}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

it("leaves a co-author's sheet that takes a planned name between the read and the write alone", async () => {
  const excel = new ExcelEmulator(SEED);
  excel.afterRequest(1, (coAuthor) => coAuthor.addSheet("Signposts Monitor"));
  const error = await renderTemplate(excel.run, "signposts", SAMPLE, { requirements: excel.requirements }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InsertError);
  expect(excel.sheetNames()).toEqual(["Data", "Notes", "Signposts Monitor"]);
  expect(excel.sheet("Signposts Monitor").cells).toEqual({});
});

it("fails cleanly when Excel's answers do not identify the new charts (instantiateIds 'withheld')", async () => {
  // Without ids the charts added in sync 2 have no valid path in sync 3, and the library throws
  // InvalidObjectPath while the renderer queues the fill (ClientRequestBase.addReferencedObjectPath).
  const excel = new ExcelEmulator({ ...SEED, instantiateIds: "withheld" });
  const error = await renderTemplate(excel.run, "jwo", SAMPLE, { requirements: excel.requirements }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InsertError);
  expect(excel.snapshot()).toEqual(new ExcelEmulator(SEED).snapshot());
});
