// Inserting templates through the pane, as a user would, against the Excel emulator in the page
// (behind Microsoft's own Excel library).
// Source of truth for the workbook: the renderer itself, run in Node through the same library
// against an emulator with the same starting workbook and options (its own tests check the sheets against the spec); here we check that the
// pane passes the user's choices through, reports what happened, and never inserts twice.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { renderTemplate } from "../../../src/excel/render";
import { TEMPLATES } from "../../../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../../../src/templates/types";
import { ExcelEmulator, type ExcelEmulatorOptions, type WorkbookSnapshot } from "../../support/excel-emulator";
import { test } from "../harness";
import { galleryReady, type TestHostWindow, type Session } from "../session";

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The first few paths where two JSON values differ, for a readable failure. */
function differences(actual: unknown, expected: unknown, at = "", out: string[] = []): string[] {
  if (out.length >= 8) return out;
  if (typeof actual !== "object" || typeof expected !== "object" || actual === null || expected === null) {
    if (actual !== expected) out.push(`${at || "(root)"}: ${JSON.stringify(actual)} ≠ expected ${JSON.stringify(expected)}`);
    return out;
  }
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const k of keys) differences((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${at}.${k}`, out);
  return out;
}

/** The page's defaults (page/officeHost.ts): ExcelApi 1.13, B2 selected. */
async function reference(id: TemplateId, options: InsertOptions, start?: ExcelEmulatorOptions): Promise<WorkbookSnapshot> {
  const excel = new ExcelEmulator({ requirements: { ExcelApi: "1.13" }, selection: "B2", ...start });
  await renderTemplate(excel.run, id, options, { requirements: excel.requirements });
  return plain(excel.snapshot());
}

export async function setOptions(page: Page, o: InsertOptions): Promise<void> {
  for (const [name, value] of [["Start year", o.startYear], ["Horizon (years)", o.horizon]] as const) {
    const field = page.getByRole("spinbutton", { name });
    await field.fill(String(value));
    await field.press("Enter");
  }
  await page.getByRole("combobox", { name: "Currency" }).selectOption(o.currency);
  await page.getByRole("combobox", { name: "Scale" }).selectOption(o.scale);
  await page.getByRole("radio", { name: o.inputs === "sample" ? "Sample assumptions" : "Blank inputs" }).check();
  await page.getByRole("checkbox", { name: "Sensitivities" }).setChecked(o.sensitivities !== false);
}

const reset = (page: Page, start?: ExcelEmulatorOptions) => page.evaluate((s) => (window as unknown as TestHostWindow).__testHost.reset(s), start);
const insertButton = (page: Page, title: string) => page.getByRole("button", { name: `Insert ${title}`, exact: true });
const inserted = (names: string[]) => (names.length === 1 ? `Inserted '${names[0]}'` : `Inserted ${names.length} sheets: ${names.map((n) => `'${n}'`).join(", ")}`);

const USER_WORKBOOK: ExcelEmulatorOptions = {
  sheets: [
    { name: "Sheet1", cells: { A1: "Revenue", B1: 1200, B2: "=B1*2" } },
    { name: "Data", cells: { A1: "Headcount", B1: 450 } },
  ],
  active: "Sheet1",
};

export function galleryTests(session: Session): void {
  test("every template inserts through the pane with the chosen options, exactly as the renderer writes it", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      const options: InsertOptions = { startYear: 2031, horizon: 7, currency: "€", scale: "thousands", inputs: "sample", sensitivities: true };
      await setOptions(pane.page, options);
      for (const [template, o] of [...TEMPLATES.map((t) => [t, options] as const), [TEMPLATES.find((t) => t.id === "jwo")!, { ...options, inputs: "blank" as const }] as const]) {
        if (o.inputs === "blank") await setOptions(pane.page, o);
        await reset(pane.page);
        await insertButton(pane.page, template.title).click();
        const expected = await reference(template.id, o);
        const names = expected.sheets.slice(1).map((s) => s.name);
        await pane.page.getByText(inserted(names), { exact: true }).waitFor({ timeout: 15_000 });
        const actual = plain(await pane.snapshot());
        assert.deepEqual(differences(actual, expected), [], `workbook after inserting ${template.title} (${o.inputs})`);
        assert.equal(expected.activeSheet, names[0]);
      }
    } finally {
      await pane.close();
    }
  });

  test("inserting a template again gives the next free name, and Go to sheet activates it", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      await reset(pane.page, USER_WORKBOOK);
      await insertButton(pane.page, "JWO Investment Case").click();
      await pane.page.getByText("Inserted 'JWO Investment Case'", { exact: true }).waitFor();
      await insertButton(pane.page, "JWO Investment Case").click();
      await pane.page.getByText("Inserted 'JWO Investment Case (2)'", { exact: true }).waitFor();
      const names = (await pane.snapshot()).sheets.map((s) => s.name);
      // Each insert goes after the active sheet, and the first one was active when the second ran.
      assert.deepEqual(names, ["Sheet1", "JWO Investment Case", "JWO Investment Case (2)", "Data"]);
      await pane.page.evaluate(() => (window as unknown as TestHostWindow).__testHost.activate("Data"));
      await pane.page.getByRole("button", { name: "Go to sheet JWO Investment Case (2)" }).click();
      await pane.page.waitForFunction(() => (window as unknown as TestHostWindow).__testHost.snapshot().activeSheet === "JWO Investment Case (2)");
    } finally {
      await pane.close();
    }
  });

  test("a failing insert shows what failed and leaves the workbook exactly as it was", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      await reset(pane.page, USER_WORKBOOK);
      const before = plain(await pane.snapshot());
      // Actions 4, 30 and 400 of an insert: in its read, add and fill requests (9, 51 and ~8,700 actions).
      for (const failAt of [4, 30, 400]) {
        const armed = await pane.page.evaluate((n) => (window as unknown as TestHostWindow).__testHost.failAfter(n), failAt);
        await insertButton(pane.page, "Complete model").click();
        await pane.page.waitForFunction((n) => (window as unknown as TestHostWindow).__testHost.lastFailure()?.operationIndex === n, armed);
        // The previous round's message may still be up: the insert is over when its button is back.
        await pane.page.getByRole("button", { name: "Insert Complete model", exact: true, disabled: false }).waitFor({ timeout: 15_000 });
        const title = pane.page.getByText("Couldn't insert Complete model.", { exact: true });
        const message = (await title.locator("xpath=..").innerText()).replace(/\s+/g, " ");
        assert.match(message, new RegExp(`Injected fault at action ${armed}\\.`), `message names Excel's failure (fault at ${failAt})`);
        assert.deepEqual(plain(await pane.snapshot()), before, `workbook unchanged after a fault at action ${failAt} of the insert`);
      }
      await insertButton(pane.page, "Complete model").click();
      const sheetCount = TEMPLATES.find((t) => t.id === "complete")!.sheets.length;
      await pane.page.getByText(new RegExp(`^Inserted ${sheetCount} sheets: 'Workforce Realignment'`)).waitFor({ timeout: 15_000 });
    } finally {
      await pane.close();
    }
  });

  test("a double click inserts once, and every Insert button waits while Excel works", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      await reset(pane.page);
      await pane.page.evaluate(() => (window as unknown as TestHostWindow).__testHost.setLatency(400)); // a slow round trip
      await insertButton(pane.page, "Workforce Realignment").dblclick();
      await pane.page.getByRole("progressbar", { name: "Inserting Workforce Realignment…" }).waitFor();
      for (const title of ["Workforce Realignment", "Signposts Monitor", "Complete model"]) {
        const button = pane.page.getByRole("button", { name: new RegExp(`^Insert(ing)? ${title}`) });
        assert.equal(await button.getAttribute("aria-disabled"), "true", `${title} is unavailable while Excel works`);
      }
      await insertButton(pane.page, "Signposts Monitor").click({ force: true });
      await pane.page.getByText("Inserted 'Workforce Realignment'", { exact: true }).waitFor();
      assert.deepEqual(await pane.page.evaluate(() => (window as unknown as TestHostWindow).__testHost.sheetNames()), ["Sheet1", "Workforce Realignment"]);
    } finally {
      await pane.close();
    }
  });

  test("keyboard alone: Tab reaches the sections, the options, then the Insert buttons in card order; Enter inserts", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      await reset(pane.page);
      const stops: string[] = [];
      for (let i = 0; i < 10; i++) {
        await pane.page.keyboard.press("Tab");
        stops.push(
          await pane.page.evaluate(() => {
            const el = document.activeElement as HTMLInputElement;
            return el.getAttribute("aria-label") ?? (el.labels?.[0]?.textContent || el.textContent || el.tagName).trim();
          }),
        );
      }
      assert.deepEqual(stops, [
        "Templates",
        "Start year",
        "Horizon (years)",
        "Currency",
        "Scale",
        "Sample assumptions",
        "Sensitivities",
        "Insert Complete model",
        "Insert Workforce Realignment",
        "Insert AI R&D Budget Reallocation",
      ]);
      await pane.page.keyboard.press("Enter");
      await pane.page.getByText("Inserted 'AI R&D Budget Reallocation'", { exact: true }).waitFor();
    } finally {
      await pane.close();
    }
  });

  test("the options fit the pane at 280 and 350 px: no control leaves its column, overlaps another or the pane scrolls sideways", async () => {
    for (const width of [280, 350]) {
      const pane = await session.open({ viewport: { width, height: 900 } });
      try {
        await galleryReady(pane.page);
        // No named helpers inside evaluate: tsx's name-keeping wrapper does not exist in the page.
        const boxes = await pane.page.evaluate(() => {
          const grid = document.getElementById("options-heading")!.nextElementSibling as HTMLElement;
          const fields = [...grid.children].map((field) => ({
            field: field.getBoundingClientRect().toJSON() as DOMRect,
            controls: [...field.querySelectorAll("input, select")].map((c) => ({
              name: (c as HTMLInputElement).labels?.[0]?.textContent ?? c.id,
              box: c.getBoundingClientRect().toJSON() as DOMRect,
            })),
          }));
          return { grid: grid.getBoundingClientRect().toJSON() as DOMRect, fields, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
        });
        const problems: string[] = [];
        if (boxes.scrollWidth > boxes.clientWidth) problems.push(`page scrolls sideways (${boxes.scrollWidth} > ${boxes.clientWidth})`);
        const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
        const controls = boxes.fields.flatMap((f) => f.controls.map((c) => ({ ...c, field: f.field })));
        for (const c of controls) {
          if (!inside(c.box, c.field)) problems.push(`${c.name}: ${c.box.left}–${c.box.right} leaves its field ${c.field.left}–${c.field.right}`);
          if (!inside(c.box, boxes.grid)) problems.push(`${c.name} leaves the options grid`);
        }
        for (const [i, a] of boxes.fields.entries()) {
          for (const b of boxes.fields.slice(i + 1)) {
            const overlap = a.field.left < b.field.right - 0.5 && b.field.left < a.field.right - 0.5 && a.field.top < b.field.bottom - 0.5 && b.field.top < a.field.bottom - 0.5;
            if (overlap) problems.push(`fields overlap at ${a.field.left},${a.field.top} and ${b.field.left},${b.field.top}`);
          }
        }
        assert.ok(controls.length >= 6, `found the option controls (${controls.length})`);
        assert.deepEqual(problems, [], `at ${width} px`);
      } finally {
        await pane.close();
      }
    }
  });

  test("in an Excel too old for the templates the pane says so and writes nothing", async () => {
    const pane = await session.open({ query: "excelApi=1.7" });
    try {
      await galleryReady(pane.page);
      const before = plain(await pane.snapshot());
      await insertButton(pane.page, "Workforce Realignment").click();
      await pane.page.getByText(/This version of Excel is too old for the model templates/).waitFor();
      assert.deepEqual(plain(await pane.snapshot()), before);
      await pane.page.getByText(/This version of Excel can't insert sheets from another workbook/).waitFor();
    } finally {
      await pane.close();
    }
  });

  test("outside Excel the page says to open it from Excel and how to sideload it", async () => {
    const pane = await session.open({ query: "host=none" });
    try {
      await pane.page.getByRole("heading", { name: "Open this pane from Excel", level: 1 }).waitFor();
      assert.equal(await pane.page.getByRole("link", { name: "sideload steps" }).getAttribute("href"), "help.html#sideloading");
      assert.equal(await pane.page.getByRole("button", { name: /^Insert / }).count(), 0);
    } finally {
      await pane.close();
    }
  });
}
