// The Functions tab ("Insert example" into the selected cell, asking before replacing) and
// "Insert from workbook…", in the page against the Excel emulator behind Microsoft's Excel library.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FUNCTION_CATALOG } from "../../../src/functions/catalog";
import { makeXlsx } from "../../taskpane/support/xlsx";
import { test } from "../harness";
import { galleryReady, type TestHostWindow, type Session } from "../session";

export function functionsAndImportTests(session: Session): void {
  test("the Functions tab lists every GR function and writes an example into the selected cell, asking before replacing", async () => {
    const pane = await session.open();
    const { page } = pane;
    try {
      await galleryReady(page);
      await page.getByRole("tab", { name: "Templates" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.getByRole("heading", { name: "GR.JWO_NPV", level: 3 }).waitFor();
      const headings = await page.getByRole("heading", { level: 3 }).allInnerTexts();
      assert.deepEqual(headings, FUNCTION_CATALOG.map((f) => `GR.${f.id}`));
      assert.equal(await page.getByRole("link", { name: /^Full reference for GR.TALENT_VELOCITY/ }).getAttribute("href"), "help.html#TALENT_VELOCITY");

      const npv = FUNCTION_CATALOG.find((f) => f.id === "JWO_NPV")!.examples[0].formula;
      await page.getByRole("button", { name: "Insert example of GR.JWO_NPV" }).click();
      await page.getByText(`Wrote ${npv} into Sheet1!B2.`, { exact: true }).waitFor();
      assert.equal((await pane.snapshot()).sheets[0].cells.B2?.formula, npv);

      await page.evaluate(() => {
        const host = (window as unknown as TestHostWindow).__testHost;
        host.setCell("Sheet1", "C3", "keep me");
        host.select("C3");
      });
      await page.getByRole("button", { name: "Insert example of GR.GENAI_SAVINGS" }).click();
      const dialog = page.getByRole("alertdialog", { name: "Replace the contents of Sheet1!C3?" });
      await dialog.waitFor();
      await dialog.getByRole("button", { name: "Keep the cell" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal((await pane.snapshot()).sheets[0].cells.C3?.formula, "keep me");

      await page.getByRole("button", { name: "Insert example of GR.GENAI_SAVINGS" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
      const genai = FUNCTION_CATALOG.find((f) => f.id === "GENAI_SAVINGS")!.examples[0].formula;
      await page.getByText(`Wrote ${genai} into Sheet1!C3.`, { exact: true }).waitFor();
      assert.equal((await pane.snapshot()).sheets[0].cells.C3?.formula, genai);

      // A cell another formula spills into has no formula, but writing there would break the formula (#SPILL!).
      await page.evaluate(() => {
        const host = (window as unknown as TestHostWindow).__testHost;
        host.reset({ sheets: [{ name: "Sheet1", spills: [{ anchor: "E1", formula: "=SEQUENCE(3)", values: [[1], [2], [3]] }] }] });
        host.select("E2");
      });
      await page.getByRole("button", { name: "Insert example of GR.JWO_NPV" }).click();
      const spilled = page.getByRole("alertdialog", { name: "Replace the contents of Sheet1!E2?" });
      await spilled.waitFor();
      await spilled.getByRole("button", { name: "Keep the cell" }).click();
      await spilled.waitFor({ state: "detached" });
      assert.equal((await pane.snapshot()).sheets[0].cells.E2?.formula, undefined);
    } finally {
      await pane.close();
    }
  });

  test("Insert from workbook lists the file's sheets, holds back what Excel on the web refuses, inserts the rest after the active sheet, and renames or refuses a taken name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gr-import-"));
    const file = path.join(dir, "Company template.xlsx");
    writeFileSync(file, makeXlsx([{ name: "Plan" }, { name: "Sheet1" }, { name: "Pipeline", features: ["pivotTable", "chart"] }]));
    const pane = await session.open();
    const { page } = pane;
    try {
      await galleryReady(page);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Insert from workbook…" }).click();
      await (await chooser).setFiles(file);
      const group = page.getByRole("group", { name: "Sheets in Company template.xlsx" });
      await group.waitFor();
      assert.equal(await group.getByRole("checkbox", { name: "Pipeline" }).isDisabled(), true);
      await group.getByText("Has charts and PivotTables, which Excel on the web can't insert.").waitFor();
      await page.getByRole("button", { name: "Insert 2 sheets" }).click();
      await page.getByText("Inserted 'Plan' and 'Sheet1 (2)'. 'Sheet1' was taken, so the copy is named 'Sheet1 (2)'.", { exact: true }).waitFor();
      const after = await pane.snapshot();
      assert.deepEqual(after.sheets.map((s) => s.name), ["Sheet1", "Plan", "Sheet1 (2)"]);
      assert.equal(after.activeSheet, "Plan");

      // Microsoft documents neither reading of a taken name; under the other one Excel refuses it.
      await page.evaluate(() => (window as unknown as TestHostWindow).__testHost.reset({ insertedNameClash: "refuse" }));
      const chooseAgain = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Insert from workbook…" }).click();
      await (await chooseAgain).setFiles(file);
      await page.getByRole("button", { name: "Insert 2 sheets" }).click();
      await page.getByText("A sheet with the same name already exists. Rename your sheet (or the one in the file) and try again.").waitFor();
      assert.deepEqual(await page.evaluate(() => (window as unknown as TestHostWindow).__testHost.sheetNames()), ["Sheet1"]);
    } finally {
      await pane.close();
    }
  });
}
