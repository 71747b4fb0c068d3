// "Insert from workbook…" against issue 13's hostile files, through the real pane in Chromium: each
// is refused with the reader's reason, nothing reaches the workbook, and the page's memory (the
// JavaScript heap, the DOM's heap and ArrayBuffer storage, read over CDP with
// Runtime.getHeapUsage) never grows more than 100 MB over its baseline while the files are read.
// The memory is sampled every few milliseconds from Node; the reader yields to the browser between
// parts and every 4 MB, and a bomb is stopped within about a megabyte, so no peak hides between
// samples for long. Time per file is printed, never asserted.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { bombXlsx, makeXlsx, manyPartsXlsx, sharedRelsXlsx, xlsxWithPartNamed } from "../../taskpane/support/xlsx";
import { test } from "../harness";
import { galleryReady, type Session } from "../session";

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const MEMORY_BUDGET_BYTES = 100 * MiB;

type Hostile = { file: string; bytes: Uint8Array; reason: RegExp };

const TEMPLATE = makeXlsx([{ name: "Plan" }, { name: "Charted", features: ["chart", "comments"] }, { name: "Lookups", state: "hidden" }]);

/** TEMPLATE with one byte of its workbook part's compressed data inverted. */
function damagedTemplate(): Uint8Array {
  const copy = TEMPLATE.slice();
  copy[Buffer.from(copy).indexOf("xl/workbook.xml") + "xl/workbook.xml".length + 5] ^= 0xff;
  return copy;
}

const HOSTILE: Hostile[] = [
  { file: "bomb-100MB.xlsx", bytes: bombXlsx(100 * MiB, { part: "workbook", header: "lying" }), reason: /inflates past the 1 KB its header declares/ },
  { file: "bomb-1GB.xlsx", bytes: bombXlsx(GiB, { part: "sheet", header: "honest" }), reason: /This file inflates past 75 MB and was not read/ },
  { file: "bomb-4GB.xlsx", bytes: bombXlsx(4 * GiB, { part: "workbook", header: "lying" }), reason: /inflates past the 1 KB its header declares/ },
  { file: "bomb-4GB-sheet.xlsx", bytes: bombXlsx(4 * GiB, { part: "sheet", header: "lying" }), reason: /inflates past the 1 KB its header declares/ },
  { file: "bomb-50MB-honest.xlsx", bytes: bombXlsx(50 * MiB, { part: "sheet", header: "honest" }), reason: /This file inflates past 200 times its compressed size/ },
  { file: "entries-100000.xlsx", bytes: manyPartsXlsx(100_000, { zip64: true }), reason: /It has more than 10,000 parts/ },
  { file: "path-traversal.xlsx", bytes: xlsxWithPartNamed("../../x"), reason: /It contains a part named '\.\.\/\.\.\/x'/ },
  { file: "truncated.xlsx", bytes: TEMPLATE.slice(0, TEMPLATE.length - 300), reason: /The file is truncated/ },
  { file: "damaged.xlsx", bytes: damagedTemplate(), reason: /A part of it is damaged \(.*'xl\/workbook.xml'/ },
];

/** JavaScript heap + DOM (Oilpan) heap + ArrayBuffer backing stores of the page, in bytes. */
async function pageMemory(cdp: CDPSession): Promise<number> {
  const usage = await cdp.send("Runtime.getHeapUsage");
  return usage.usedSize + usage.embedderHeapUsedSize + usage.backingStorageSize;
}

/** Runs `work` while sampling the page's memory; returns the highest sample. */
async function peakDuring(cdp: CDPSession, work: () => Promise<void>): Promise<number> {
  let peak = await pageMemory(cdp);
  let done = false;
  const sampling = (async () => {
    while (!done) {
      peak = Math.max(peak, await pageMemory(cdp));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await sampling;
  }
  return Math.max(peak, await pageMemory(cdp));
}

async function choose(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Insert from workbook…" }).click();
  await (await chooser).setFiles(file);
}

export function hostileImportTests(session: Session): void {
  test("Insert from workbook refuses each hostile file with its reason, inserts nothing, and the page stays within 100 MB of its memory baseline", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gr-hostile-"));
    // Excel on Windows or Mac: no request-size check before reading, so every file reaches the reader.
    const pane = await session.open({ query: "platform=PC" });
    const { page } = pane;
    try {
      await galleryReady(page);
      const cdp = await pane.context.newCDPSession(page);
      const before = await pane.snapshot();
      // Warm-up: a valid file loads the reader's chunk and the sheet list, so the baseline has them.
      writeFileSync(path.join(dir, "template.xlsx"), TEMPLATE);
      await choose(page, path.join(dir, "template.xlsx"));
      await page.getByRole("button", { name: "Cancel" }).click();
      await cdp.send("HeapProfiler.collectGarbage");
      const baseline = await pageMemory(cdp);
      const figures: string[] = [];
      for (const hostile of HOSTILE) {
        const file = path.join(dir, hostile.file);
        writeFileSync(file, hostile.bytes);
        const started = Date.now();
        const peak = await peakDuring(cdp, async () => {
          await choose(page, file);
          await page.getByText(`Couldn't read ${hostile.file}.`).waitFor();
        });
        const elapsed = Date.now() - started;
        await page.getByText(hostile.reason).waitFor();
        assert.equal(await page.getByRole("group", { name: /^Sheets in/ }).count(), 0, `${hostile.file}: no sheet list`);
        assert.ok(peak - baseline < MEMORY_BUDGET_BYTES, `${hostile.file}: page memory grew ${((peak - baseline) / MiB).toFixed(1)} MB over its baseline`);
        figures.push(`${hostile.file} ${elapsed} ms, +${((peak - baseline) / MiB).toFixed(1)} MB`);
        await cdp.send("HeapProfiler.collectGarbage");
      }
      console.log(`      hostile files (time to the reason incl. file chooser; peak memory over baseline): ${figures.join("; ")}`);
      assert.deepEqual(await pane.snapshot(), before, "the workbook is unchanged");
    } finally {
      await pane.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("Insert from workbook lists issue 13's heavy real workbooks (200 sheets sharing a 3.8 MB .rels; 2,000 sheets) within 100 MB of the baseline", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gr-heavy-"));
    const pane = await session.open({ query: "platform=PC" });
    const { page } = pane;
    try {
      await galleryReady(page);
      const cdp = await pane.context.newCDPSession(page);
      await cdp.send("HeapProfiler.collectGarbage");
      const baseline = await pageMemory(cdp);
      const figures: string[] = [];
      const heavy: [string, Uint8Array, number][] = [
        ["shared-rels.xlsx", sharedRelsXlsx(200), 200],
        ["sheets-2000.xlsx", makeXlsx(Array.from({ length: 2000 }, (_, i) => ({ name: `Sheet ${i + 1}` }))), 2000],
      ];
      for (const [name, bytes, sheets] of heavy) {
        const file = path.join(dir, name);
        writeFileSync(file, bytes);
        const started = Date.now();
        const group = page.getByRole("group", { name: `Sheets in ${name}` });
        const peak = await peakDuring(cdp, async () => {
          await choose(page, file);
          await group.waitFor();
        });
        figures.push(`${name} ${Date.now() - started} ms, +${((peak - baseline) / MiB).toFixed(1)} MB`);
        assert.equal(await group.getByRole("checkbox").count(), sheets);
        assert.ok(peak - baseline < MEMORY_BUDGET_BYTES, `${name}: page memory grew ${((peak - baseline) / MiB).toFixed(1)} MB over its baseline`);
        await page.getByRole("button", { name: "Cancel" }).click();
        await cdp.send("HeapProfiler.collectGarbage");
      }
      console.log(`      heavy files (time to the sheet list incl. file chooser; peak memory over baseline): ${figures.join("; ")}`);
    } finally {
      await pane.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
