// What a user never sees but the issue requires: the functions register before the pane UI loads;
// the gallery is interactive with only the scripts the bench counts (≤ 110 KB gzip, each theme); no serious or
// critical axe-core violations, light and dark; screenshots for the README.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { makeXlsx } from "../../taskpane/support/xlsx";
import { ROOT } from "../infra";
import { test } from "../harness";
import { PANE_BUDGET_BYTES, kb, totalBytes, type PaneFile, type PaneTheme } from "../paneBudget";
import { galleryReady, type TestHostWindow, type Session } from "../session";

const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const SAMPLE_XLSX = makeXlsx([{ name: "Plan" }, { name: "Lookups", state: "hidden" }, { name: "Pipeline", features: ["chart", "comments"] }]);

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

async function axeScan(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: "/axe.min.js" }); // served by the test server: CSP allows 'self'
  // Excluded: the focus sentinels of Fluent's Dialog (tabster "dummy inputs": empty, aria-hidden
  // <i tabindex=0> at the edges of the modal). They exist to catch Tab and move focus back into the
  // dialog at once, so nothing is ever focused there; axe's aria-hidden-focus rule flags them anyway.
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    ),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

/** Puts the pane in a state worth showing: an insert done, its message on screen. */
async function showcase(page: Page): Promise<void> {
  await galleryReady(page);
  await page.getByRole("button", { name: "Insert JWO Investment Case", exact: true }).click();
  await page.getByText("Inserted 'JWO Investment Case'", { exact: true }).waitFor();
  await page.mouse.move(0, 0); // no hover highlight in the pictures
  await page.evaluate(() => window.scrollTo(0, 0));
}

export function qualityTests(session: Session, paneFilesByTheme: Record<PaneTheme, PaneFile[]>): void {
  test("the GR functions are registered before the pane's UI chunk is even requested", async () => {
    const pane = await session.open();
    try {
      await galleryReady(pane.page);
      const timing = await pane.page.evaluate(() => ({
        registered: (window as unknown as TestHostWindow).__testHost.registered,
        pane: performance.getEntriesByType("resource").find((e) => /\/pane\.[0-9a-f]+\.js$/.test(e.name))?.startTime,
      }));
      assert.deepEqual(timing.registered.map((r) => r.id).sort(), ["BUDGET_SHIFT", "GENAI_SAVINGS", "JWO_CASHFLOWS", "JWO_NPV", "JWO_PAYBACK", "REALLOC_SAVINGS", "TALENT_VELOCITY", "WORKFORCE_PLAN"]);
      assert.ok(timing.pane !== undefined, "the pane chunk was loaded");
      assert.ok(Math.max(...timing.registered.map((r) => r.at)) < timing.pane!, "every function registered before the pane chunk was requested");
    } finally {
      await pane.close();
    }
  });

  for (const [theme, paneFiles] of Object.entries(paneFilesByTheme) as [PaneTheme, PaneFile[]][]) {
    test(`${theme} theme: the gallery is interactive with only the bench's scripts, ${kb(totalBytes(paneFiles))} gzip (budget ${kb(PANE_BUDGET_BYTES)})`, async () => {
    const needed = new Set(paneFiles.map((f) => `/${f.file}`));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    const pane = await session.open({
      query: `theme=${theme}`,
      hold: (url) => {
        const pathname = new URL(url).pathname;
        if (!pathname.endsWith(".js") || needed.has(pathname)) return undefined;
        held.push(pathname);
        return released;
      },
    });
    try {
      await galleryReady(pane.page); // fails if the gallery needed a held-back script
      const early = pane.scripts.filter((s) => !held.includes(s));
      assert.deepEqual([...early].sort(), [...needed].sort(), "scripts loaded before the gallery was interactive");
      assert.ok(totalBytes(paneFiles) <= PANE_BUDGET_BYTES, `${kb(totalBytes(paneFiles))} exceeds the budget`);
    } finally {
      release();
      await pane.close();
    }
  });
  }

  test("the pane follows Office's theme: dark body background in Office's dark theme, light otherwise", async () => {
    for (const [theme, dark] of [["dark", true], ["light", false]] as const) {
      const pane = await session.open({ query: `theme=${theme}` });
      try {
        await galleryReady(pane.page);
        const rgb = await pane.page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
        assert.equal((r + g + b) / 3 < 96, dark, `${theme}: pane background ${rgb}`);
        // Native controls (radio and check marks, the select's list) follow the pane's scheme.
        const scheme = await pane.page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).colorScheme);
        assert.equal(scheme, theme, `${theme}: color-scheme`);
      } finally {
        await pane.close();
      }
    }
  });

  test("style-src still needs 'unsafe-inline': without it Chromium blocks Fluent's run-time <style> elements, and nothing else", async () => {
    // A canary: if Fluent stops inserting <style> elements, this fails and the CSP can be tightened.
    const pane = await session.open({ path: "taskpane-strict.html", probeCsp: true });
    const { page } = pane;
    try {
      await galleryReady(page);
      const violations = await pane.cspViolations();
      assert.ok(violations.length > 0, "no violation without 'unsafe-inline': remove it from taskpane.html");
      assert.deepEqual([...new Set(violations.map((v) => v.split(" ")[0]))], ["style-src-elem"]);
    } finally {
      await pane.close();
    }
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe-core finds no serious or critical violation (${theme}: templates, result message, functions, dialog, import list)`, async () => {
      const pane = await session.open({ query: `theme=${theme}` });
      const { page } = pane;
      try {
        await showcase(page);
        const problems = await axeScan(page);
        await page.getByRole("tab", { name: "Functions" }).click();
        await page.getByRole("heading", { name: "GR.JWO_NPV" }).waitFor();
        problems.push(...(await axeScan(page)));
        await page.evaluate(() => {
          const host = (window as unknown as TestHostWindow).__testHost;
          host.activate("Sheet1");
          host.setCell("Sheet1", "B2", 1);
        });
        await page.getByRole("button", { name: "Insert example of GR.JWO_NPV" }).click();
        await page.getByRole("alertdialog").waitFor();
        problems.push(...(await axeScan(page)));
        await page.getByRole("button", { name: "Keep the cell" }).click();
        await page.getByRole("tab", { name: "Templates" }).click();
        const chooser = page.waitForEvent("filechooser");
        await page.getByRole("button", { name: "Insert from workbook…" }).click();
        await (await chooser).setFiles({ name: "Template.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(SAMPLE_XLSX) });
        await page.getByRole("group", { name: "Sheets in Template.xlsx" }).waitFor();
        problems.push(...(await axeScan(page)));
        assert.deepEqual(problems, []);
      } finally {
        await pane.close();
      }
    });
  }

  test("screenshots for the README: the pane in light and dark, after an insert, and the function reference", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of ["light", "dark"] as const) {
      const pane = await session.open({ query: `theme=${theme}`, viewport: { width: 360, height: 760 } });
      try {
        const { page } = pane;
        await showcase(page);
        await page.screenshot({ path: path.join(SCREENSHOTS, `pane-${theme}.png`) });
        if (process.env.SCREENSHOT_FULL_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_FULL_DIR, `full-${theme}.png`), fullPage: true });
        const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "JWO Investment Case" }) });
        await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.screenshot({ path: path.join(SCREENSHOTS, `inserted-${theme}.png`) });
        if (theme === "light") {
          await page.getByRole("tab", { name: "Functions" }).click();
          await page.getByRole("heading", { name: "GR.JWO_NPV" }).waitFor();
          await page.mouse.move(0, 0);
          await page.screenshot({ path: path.join(SCREENSHOTS, "functions-light.png") });
        }
      } finally {
        await pane.close();
      }
    }
  });
}
