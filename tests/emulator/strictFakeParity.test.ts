import { renderTemplate } from "../../src/excel/render";
import { TEMPLATES } from "../../src/templates/catalog";
import { ExcelEmulator } from "../support/excel-emulator";
import { StrictExcel, fakeRequirements } from "../support/strictExcel";

const OPTIONS = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample" } as const;
it.each(TEMPLATES.map((t) => t.id))("same workbook as the strict fake: %s", async (id) => {
  const seed = { sheets: [{ name: "Data" }, { name: "Notes" }], active: "Data" };
  const excel = new ExcelEmulator(seed);
  await renderTemplate(excel.run, id, OPTIONS, { requirements: excel.requirements });
  const strict = new StrictExcel(seed);
  await renderTemplate(strict.run, id, OPTIONS, { requirements: fakeRequirements({ ExcelApi: "1.17" }) });
  const a = excel.snapshot(), b = strict.snapshot();
  const diffs: string[] = [];
  const walk = (x: unknown, y: unknown, p: string) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (typeof x === "object" && x && typeof y === "object" && y) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk((x as never)[k], (y as never)[k], `${p}.${k}`);
    } else diffs.push(`${p}: emulator ${JSON.stringify(x)} strict ${JSON.stringify(y)}`);
  };
  walk(a, b, "");
  expect(diffs.slice(0, 30)).toEqual([]);
});
