// Dev-only: renders every template (sample inputs, default options) through the real renderer into the
// Excel emulator (Microsoft's client library in front of an emulated workbook), exports each workbook
// to .xlsx WITH its look (values/formulas, number formats, fonts, fills, borders, alignment, column
// widths, freeze panes, gridlines, tab colours, check-cell conditional formats), then converts all
// files to PDF in one LibreOffice call and to PNG with pdftoppm (apt-get install -y poppler-utils),
// one PNG per printed page.
//
// Run: npx tsx scripts/preview-sheets.ts [outDir] [--docs]   (default: .cache/preview-sheets)
// Each sheet prints on one page (portrait when it is long), so page n of a workbook is its sheet n.
// --docs also copies one PNG per sheet to docs/screenshots/sheet-<key>.png: every single-sheet
// template, and the Scenarios and Summary sheets of the complete model.
//
// GR. cells are evaluated as the oracle does (HyperFormula + src/model, tests/oracle/templates/grCells.ts)
// and written as values, since LibreOffice does not know the add-in's functions. Not exported: charts
// (exceljs cannot write them), data validation, and Excel Tables (their header row is imitated with
// TableStyleLight9's look so the sheet reads as in Excel). Fonts: Calibri is substituted by Carlito
// (metric-compatible, apt-get install -y fonts-crosextra-carlito) when installed.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { renderTemplate } from "../src/excel/render";
import { DEFAULT_OPTIONS, TEMPLATES } from "../src/templates/catalog";
import type { InsertOptions, TemplateId } from "../src/templates/types";
import { ExcelEmulator } from "../tests/support/excel-emulator";
import { cellsOf, tryParseArea } from "../tests/support/excel-emulator/model/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../tests/support/excel-emulator/model/state";
import { absolute, evaluateGrCells, type GrCell } from "../tests/oracle/templates/grCells";
import { fileFormula } from "../tests/oracle/templates/exportXlsx";
import type { CellResult } from "../tests/oracle/lo/libreoffice";

/** The pane's defaults for 2026: the options whose figures docs/templates.md quotes. */
const OPTIONS: InsertOptions = { ...DEFAULT_OPTIONS(new Date(2026, 0, 1)), inputs: "sample" };
const PROFILE = "/tmp/lo-preview";
/** Forces recalculation on load (as tests/oracle/lo/libreoffice.ts does): exceljs writes no cached results. */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
/** Office.js widths are points; an .xlsx width is in characters of the default font (7 px each, 5 px padding). */
const characters = (points: number): number => Math.max(0, Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100);

function resultValue(value: CellResult): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function writeLook(target: ExcelJS.Cell, cell: SheetSnapshot["cells"][string]): void {
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = { name: "Calibri", size: cell.font?.size ?? 11 };
  if (cell.font?.bold) font.bold = true;
  if (cell.font?.italic) font.italic = true;
  if (cell.font?.color) font.color = { argb: argb(cell.font.color) };
  target.font = font;
  if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  const border: Partial<ExcelJS.Borders> = {};
  for (const [edge, side] of [["EdgeTop", "top"], ["EdgeBottom", "bottom"]] as const) {
    const b = cell.borders?.[edge];
    if (b && b.style !== "None") border[side] = { style: b.style === "Double" ? "double" : b.style === "Dash" ? "dashed" : b.style === "Dot" ? "dotted" : "thin", color: { argb: argb(b.color) } };
  }
  if (Object.keys(border).length > 0) target.border = border;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.horizontalAlignment) alignment.horizontal = cell.horizontalAlignment.toLowerCase() as ExcelJS.Alignment["horizontal"];
  if (cell.wrapText) alignment.wrapText = true;
  if (cell.indentLevel) alignment.indent = cell.indentLevel;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}

/**
 * Excel grows a row of default height when a cell in it wraps; LibreOffice keeps the height stored in
 * the file. Estimate the lines each wrapped text needs (word by word, Calibri's average widths).
 */
function autofitWrappedRows(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  const heights = new Map<number, number>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!cell.wrapText || typeof cell.formula !== "string" || cell.formula.startsWith("=")) continue;
    const at = tryParseArea(address)!;
    const columnPx = ((sheet.columnWidths[address.replace(/\d+$/, "")] ?? 48) * 96) / 72 - 6;
    const size = cell.font?.size ?? 11;
    const charPx = ((cell.font?.bold ? 6.2 : 5.8) * size) / 11;
    let lines = 1;
    let used = 0;
    for (const word of cell.formula.split(" ")) {
      const px = (word.length + (used > 0 ? 1 : 0)) * charPx;
      if (used > 0 && used + px > columnPx) {
        lines++;
        used = word.length * charPx;
      } else used += px;
    }
    heights.set(at.top + 1, Math.max(heights.get(at.top + 1) ?? 15, lines * size * 1.36));
  }
  for (const [row, height] of heights) if (height > 15) ws.getRow(row).height = height;
}

/** TableStyleLight9 as Excel draws it: blue header row with white bold text, blue rules above and below. */
function imitateTable(ws: ExcelJS.Worksheet, address: string): void {
  const area = tryParseArea(address)!;
  for (const { address: a } of cellsOf(area)) {
    const c = ws.getCell(a);
    const at = tryParseArea(a)!;
    if (at.top === area.top) {
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4" } };
      c.font = { ...c.font, bold: true, color: { argb: "FFFFFFFF" } };
    }
    if (at.top === area.bottom) c.border = { ...c.border, bottom: { style: "thin", color: { argb: "FF4472C4" } } };
  }
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSnapshot, gr: GrCell[]): void {
  const lastRow = Math.max(1, ...Object.keys(sheet.cells).map((a) => tryParseArea(a)!.bottom + 1));
  const ws = workbook.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: [
      sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)
        ? { state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines }
        : { state: "normal", showGridLines: sheet.showGridlines },
    ],
    pageSetup: {
      orientation: lastRow <= 60 ? "landscape" : "portrait",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      showGridLines: sheet.showGridlines,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    },
    headerFooter: { oddHeader: "&L&A&R&F", oddFooter: "" },
  });
  for (const [letters, width] of Object.entries(sheet.columnWidths)) ws.getColumn(letters).width = characters(width);
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const target = ws.getCell(address);
    const content = cell.formula;
    if (content !== undefined && content !== null) {
      target.value = typeof content === "string" && content.startsWith("=") ? { formula: fileFormula(content) } : content;
    }
    writeLook(target, cell);
  }
  for (const g of gr.filter((c) => c.sheet === sheet.name)) ws.getCell(g.address).value = resultValue(g.value);
  autofitWrappedRows(ws, sheet);
  for (const table of sheet.tables) imitateTable(ws, table.address);
  for (const cf of sheet.conditionalFormats) {
    if (cf.type === "ColorScale") {
      const points = cf.criteria ? [cf.criteria.minimum, cf.criteria.midpoint, cf.criteria.maximum].filter((c) => c !== undefined) : [];
      ws.addConditionalFormatting({
        ref: cf.address,
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: points.map((c) => (c.type === "LowestValue" ? { type: "min" } : c.type === "HighestValue" ? { type: "max" } : { type: "percentile", value: Number(c.formula) })),
            color: points.map((c) => ({ argb: argb(c.color ?? "#FFFFFF") })),
          },
        ],
      });
      continue;
    }
    ws.addConditionalFormatting({
      ref: cf.address,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [fileFormula(cf.formula ?? "=FALSE")],
          style: {
            ...(cf.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } } : {}),
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
}

/** Sheet-scoped names (exceljs only writes workbook names from its API; see tests/oracle/templates/exportXlsx.ts). */
function defineNames(workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot): void {
  const names = snapshot.sheets.flatMap((sheet, index) =>
    sheet.names.map((n) => ({
      name: n.name,
      ranges: [n.address.includes("!") ? n.address : `'${sheet.name.replace(/'/g, "''")}'!${absolute(n.address)}`],
      localSheetId: index,
    })),
  );
  Object.defineProperty(workbook.definedNames, "model", { get: () => names, configurable: true });
}

async function exportTemplate(template: TemplateId, outDir: string): Promise<string> {
  const excel = new ExcelEmulator({ requirements: { ExcelApi: "1.9" } });
  const existing = excel.sheetNames();
  await renderTemplate(excel.run, template, OPTIONS, { requirements: excel.requirements });
  const snapshot = excel.snapshot();
  snapshot.sheets = snapshot.sheets.filter((s) => !existing.includes(s.name)); // the user's empty Sheet1
  const gr = evaluateGrCells(snapshot);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) writeSheet(workbook, sheet, gr.cells);
  defineNames(workbook, snapshot);
  const file = path.join(outDir, `${template}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** docs/screenshots/sheet-<key>.png ← the page of that sheet: single templates' only page, the complete model's last two. */
function copyToDocs(outDir: string): void {
  const docs = path.resolve("docs", "screenshots");
  const pages: [string, string][] = TEMPLATES.filter((t) => t.sheets.length === 1).map((t) => [`${t.id}-1.png`, `sheet-${t.id}.png`]);
  const complete = TEMPLATES.find((t) => t.id === "complete")!.sheets;
  for (const key of ["scenarios", "summary"] as const) pages.push([`complete-${complete.indexOf(key) + 1}.png`, `sheet-${key}.png`]);
  for (const [from, to] of pages) copyFileSync(path.join(outDir, from), path.join(docs, to));
  console.log(`Copied ${pages.length} sheet previews to ${docs}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? ".cache/preview-sheets");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const t of TEMPLATES) files.push(await exportTemplate(t.id, outDir));
  console.log(`Wrote ${files.length} workbooks to ${outDir}`);

  rmSync(PROFILE, { recursive: true, force: true });
  mkdirSync(path.join(PROFILE, "user"), { recursive: true });
  writeFileSync(path.join(PROFILE, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  execFileSync("soffice", [`-env:UserInstallation=file://${PROFILE}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files], { stdio: "inherit", timeout: 300_000 });

  for (const file of files) {
    const pdf = file.replace(/\.xlsx$/, ".pdf");
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    try {
      execFileSync("pdftoppm", ["-png", "-r", "130", pdf, pdf.replace(/\.pdf$/, "")], { stdio: "inherit" });
    } catch {
      console.warn("pdftoppm failed or is missing (apt-get install -y poppler-utils): PDFs only.");
      break;
    }
  }
  const pngs = readdirSync(outDir).filter((f) => f.endsWith(".png"));
  console.log(`PDFs and ${pngs.length} PNG pages in ${outDir} (charts are not exported).`);
  if (args.includes("--docs")) copyToDocs(outDir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
