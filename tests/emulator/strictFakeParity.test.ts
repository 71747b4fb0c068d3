// Transitional: while the API-level strict fake (tests/support/strict-excel) still exists, both
// Excel models must build the same workbook from the renderer. Delete this file with the strict fake.
import { renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import type { InsertOptions } from "../../src/templates/types";
import { ExcelEmulator } from "../support/excel-emulator";
import { StrictExcel, fakeRequirements } from "../support/strictExcel";

const SEED = { sheets: [{ name: "Data", cells: { A1: 42 } }, { name: "Notes" }], active: "Data" };
const base: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" };

/** Paths at which two snapshots differ, e.g. ".sheets.1.cells.B4.formula: emulator 1 strict 2". */
function differences(a: unknown, b: unknown, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a === "object" && a && typeof b === "object" && b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return [`${path}: emulator ${JSON.stringify(a)} strict ${JSON.stringify(b)}`];
}

describe.each(["sample", "blank"] as const)("%s inputs", (inputs) => {
  it.each(TEMPLATES.map((t) => t.id))("%s: the same workbook from both models", async (id) => {
    const options = { ...base, inputs };
    const excel = new ExcelEmulator(SEED);
    await renderTemplate(excel.run, id, options, { requirements: excel.requirements });
    const strict = new StrictExcel(SEED);
    await renderTemplate(strict.run, id, options, { requirements: fakeRequirements({ ExcelApi: "1.17" }) });
    expect(differences(excel.snapshot(), strict.snapshot()).slice(0, 20)).toEqual([]);
  });
});
