// The renderer against small fixture sheets (fixtures/sheets.ts) that use every part of SheetSpec:
// it writes exactly what the spec says, in three syncs, after the active sheet, and names things
// within Excel's rules (docs/templates.md, "Inserting").
import { UnsupportedExcelError, activateSheet } from "../../src/excel";
import { renderTemplate } from "../../src/excel/render";
import { ExcelEmulator, type ExcelEmulatorOptions, fakeRequirements } from "../support/excel-emulator";
import { chartMismatches } from "./chartRules";
import { formulaProblems } from "./checks";
import { SAMPLE_OPTIONS, fixtureModel, fixtureSource } from "./fixtures/sheets";
import { EXCEL_1_9, render } from "./render";

const source = fixtureSource();

describe("writing a sheet", () => {
  it("writes contents with range.formulas, leaving null cells empty", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, {}, source);
    const cells = strict.sheet("Fixture Model").cells;
    expect(cells.C3.formula).toBe(0.1);
    expect(cells.C9.formula).toBe("=GR.JWO_CASHFLOWS(C6:E6,C7:E7)");
    expect(cells.D9).toMatchObject({ numberFormat: '"$"#,##0' });
    expect(cells.D9.formula).toBeUndefined(); // the spill range stays empty for Excel to fill
  });

  it("applies number formats, named styles, alignment, wrapping and (with ExcelApi 1.9) indents", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, {}, source);
    const cells = strict.sheet("Fixture Model").cells;
    expect(cells.C3).toMatchObject({ numberFormat: "0.0%", font: { color: "#0000FF" }, fill: "#FFF2CC" });
    expect(cells.A12.borders?.EdgeTop).toEqual({ style: "Continuous", color: "#000000" });
    expect(cells.C5).toMatchObject({ horizontalAlignment: "Right", numberFormat: "0", font: { bold: true } });
    expect(cells.A6).toMatchObject({ wrapText: true, indentLevel: 1 });
  });

  it("skips indents (cosmetic, ExcelApi 1.9) where only 1.8 is supported", async () => {
    const strict = new ExcelEmulator();
    await renderTemplate(strict.run, "workforce", SAMPLE_OPTIONS, { requirements: fakeRequirements({ ExcelApi: "1.8" }), source });
    expect(strict.sheet("Fixture Model").cells.A6.indentLevel).toBeUndefined();
  });

  it("sets column widths, freeze panes, gridlines and the tab colour", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, {}, source);
    const sheet = strict.sheet("Fixture Model");
    expect(sheet.columnWidths).toEqual({ A: 180, B: 60, C: 60, D: 60, E: 60 });
    expect(sheet.freeze).toEqual({ rows: 5, columns: 1 });
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.tabColor).toBe("#2F5597");
  });

  it("adds sheet-scoped names, validation, traffic lights and the table", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, {}, source);
    const sheet = strict.sheet("Fixture Model");
    expect(sheet.names).toEqual([{ name: "Rate", address: "C3", comment: "Discount rate" }, { name: "Costs", address: "C6:E6" }]);
    expect(sheet.validations.find((v) => v.address === "C3")).toMatchObject({
      rule: { decimal: { operator: "Between", formula1: 0, formula2: 1 } },
      prompt: { showPrompt: true, message: "A rate between 0% and 100%" },
      errorAlert: { showAlert: true, style: "Stop", message: "Enter a rate between 0% and 100%." },
    });
    expect(sheet.validations.find((v) => v.address === "C6:E7")?.rule).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(sheet.validations.find((v) => v.address === "B16")?.rule).toEqual({ list: { inCellDropDown: true, source: "Green,Amber,Red" } });
    expect(sheet.conditionalFormats.map(({ address, formula, fill, fontColor }) => ({ address, formula, fill, fontColor }))).toEqual(fixtureModel(SAMPLE_OPTIONS).conditionalFormats);
    expect(sheet.tables.map(({ name, address, style }) => ({ name, address, style }))).toEqual([{ name: "FixtureSignposts", address: "A14:B16", style: "TableStyleLight9" }]);
  });

  it("draws the combo chart with a secondary axis and the markers-only dot plot exactly as specified", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, {}, source);
    const sheet = strict.sheet("Fixture Model");
    for (const spec of fixtureModel(SAMPLE_OPTIONS).charts) {
      expect(chartMismatches(sheet.charts.find((c) => c.name === spec.name), spec, "Fixture Model")).toEqual([]);
    }
  });
});

describe("inserting", () => {
  it("reads in one sync, adds the sheets and charts in a second and fills them in a third", async () => {
    const excel = new ExcelEmulator();
    const seen: { request: number; location: string | undefined }[] = [];
    excel.failWhen(({ request, location }) => { seen.push({ request, location }); return false; });
    await renderTemplate(excel.run, "complete", SAMPLE_OPTIONS, { requirements: EXCEL_1_9, source });
    expect(excel.syncCount).toBe(3);
    const at = (request: number) => seen.filter((a) => a.request === request).map((a) => a.location);
    // Sync 1 only reads (sheet names, active sheet, tables, names): nothing is added or written.
    expect(at(1).filter((l) => /\.(add|name|position|formulas|values)$/.test(l ?? ""))).toEqual([]);
    // Sync 2 adds the two sheets and the model sheet's two charts, nothing else.
    expect(at(2).filter((l) => l?.endsWith(".add")).sort()).toEqual(["ChartCollection.add", "ChartCollection.add", "WorksheetCollection.add", "WorksheetCollection.add"]);
    expect(at(2)).not.toContain("Worksheet.name");
  });

  it("inserts after the active sheet, in order, activates the first new sheet and leaves the others untouched", async () => {
    const seed: ExcelEmulatorOptions = { sheets: [{ name: "A", cells: { A1: 1 } }, { name: "B", cells: { B2: "=A!A1" } }, { name: "C" }], active: "B" };
    const before = new ExcelEmulator(seed).snapshot();
    const { strict, result } = await render("complete", SAMPLE_OPTIONS, seed, source);
    const after = strict.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(["A", "B", "Fixture Model", "Fixture Summary", "C"]);
    expect(after.activeSheet).toBe("Fixture Model");
    expect(result).toEqual({ sheetNames: ["Fixture Model", "Fixture Summary"], activated: "Fixture Model" });
    for (const old of before.sheets) {
      const { position: _p, ...rest } = old;
      expect(after.sheets.find((s) => s.name === old.name)).toMatchObject(rest);
    }
  });

  it("gives a second insertion the names 'Name (2)', and its tables free names, with references that follow", async () => {
    const strict = new ExcelEmulator();
    const options = { requirements: EXCEL_1_9, source };
    await renderTemplate(strict.run, "complete", SAMPLE_OPTIONS, options);
    const second = await renderTemplate(strict.run, "complete", SAMPLE_OPTIONS, options);
    expect(second.sheetNames).toEqual(["Fixture Model (2)", "Fixture Summary (2)"]);
    expect(strict.sheet("Fixture Summary (2)").cells.B1.formula).toBe("='Fixture Model (2)'!C12");
    expect(strict.sheet("Fixture Model (2)").tables[0].name).toBe("FixtureSignposts2");
    expect(strict.sheet("Fixture Model (2)").names.map((n) => n.name)).toEqual(["Rate", "Costs"]);
  });

  it("keeps a table name clear of workbook-scoped names", async () => {
    const { strict } = await render("workforce", SAMPLE_OPTIONS, { names: ["FixtureSignposts"] }, source);
    expect(strict.sheet("Fixture Model").tables[0].name).toBe("FixtureSignposts2");
  });

  it("fixes a long base name with forbidden characters into a valid one", async () => {
    const long = fixtureSource("Model: 2026/27 *draft* with a name far too long for a tab");
    const { result, strict, plans } = await render("complete", SAMPLE_OPTIONS, {}, long);
    expect(result.sheetNames[0]).toBe("Model- 2026-27 -draft- with a n");
    expect(strict.sheet("Fixture Summary").cells.B1.formula).toBe("='Model- 2026-27 -draft- with a n'!C12");
    expect(formulaProblems(strict.snapshot(), plans)).toEqual([]);
  });

  it("refuses, before touching the workbook, where ExcelApi 1.8 is missing", async () => {
    const strict = new ExcelEmulator();
    const attempt = renderTemplate(strict.run, "workforce", SAMPLE_OPTIONS, { requirements: fakeRequirements({ ExcelApi: "1.7" }), source });
    await expect(attempt).rejects.toBeInstanceOf(UnsupportedExcelError);
    await expect(attempt).rejects.toThrow(/Excel JavaScript API 1\.8/);
    expect(strict.operationCount).toBe(0);
  });

  it("activates a sheet by name (Go to sheet)", async () => {
    const strict = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    await activateSheet(strict.run, "B");
    expect(strict.snapshot().activeSheet).toBe("B");
  });
});
