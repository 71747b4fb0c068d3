// Checks of a rendered workbook against the template contract (docs/templates.md):
// formulas refer only to cells that exist and hold something, numbers have number formats, inputs
// carry the input style. Each returns a list of problems (empty when the sheet is right).
import type { PlannedSheet } from "../../src/excel/render";
import { STYLES } from "../../src/templates/styles";
import { type Area, type FormulaRef, type SheetSnapshot, type WorkbookSnapshot, cellsOf, formulaReferences, tryParseArea } from "../support/excel-emulator";

const MAX_CHECKED_CELLS = 10_000;

export const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

/** Input cells as the contract styles them: blue font on the light input fill. */
export function isInputCell(sheet: SheetSnapshot, address: string): boolean {
  const cell = sheet.cells[address];
  return cell?.font?.color === STYLES.input.font?.color && cell?.fill === STYLES.input.fill;
}

const spillAreas = (plan: PlannedSheet | undefined): Area[] =>
  (plan?.spec.cells ?? []).flatMap((c) => (c.spill ? [tryParseArea(c.spill)!] : []));

const inside = (areas: Area[], row: number, column: number) =>
  areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);

type Context = { workbook: WorkbookSnapshot; plans: PlannedSheet[] };

function sheetNamed(ctx: Context, name: string): SheetSnapshot | undefined {
  return ctx.workbook.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
}

/** Cells of `address` on `sheet` that hold nothing (no constant, no formula, not in a declared spill, not an input). */
export function emptyCells(ctx: Context, sheet: SheetSnapshot, address: string): string[] {
  const area = tryParseArea(address);
  if (!area) return [`${address} (not an address)`];
  const spills = spillAreas(ctx.plans.find((p) => p.name === sheet.name));
  const empty: string[] = [];
  let checked = 0;
  for (const { row, column, address: a } of cellsOf(area)) {
    if (++checked > MAX_CHECKED_CELLS) break; // whole-column references: the first cells suffice
    const held = sheet.cells[a]?.formula !== undefined || inside(spills, row, column) || isInputCell(sheet, a);
    if (!held) empty.push(a);
  }
  return empty;
}

function refProblems(ctx: Context, sheet: SheetSnapshot, ref: FormulaRef): string[] {
  if (ref.kind === "function") return [];
  if (ref.kind === "table") {
    const exists = ctx.workbook.sheets.some((s) => s.tables.some((t) => t.name.toUpperCase() === ref.table.toUpperCase()));
    return exists ? [] : [`table ${ref.table} does not exist`];
  }
  const target = ref.sheet === undefined ? sheet : sheetNamed(ctx, ref.sheet);
  if (!target) return [`sheet '${ref.sheet}' does not exist`];
  if (ref.kind === "name") {
    const name = [...target.names, ...ctx.workbook.names].find((n) => n.name.toUpperCase() === ref.name.toUpperCase());
    if (!name) return [`name ${ref.name} is not defined on '${target.name}'`];
    return emptyCells(ctx, target, name.address).map((a) => `name ${ref.name} → '${target.name}'!${a} is empty`);
  }
  if (ref.spill) {
    const anchor = ctx.plans.find((p) => p.name === target.name)?.spec.cells.find((c) => c.spill && c.address === ref.address);
    return anchor ? [] : [`${ref.address}# is not a declared spill anchor`];
  }
  return emptyCells(ctx, target, ref.address).map((a) => `'${target.name}'!${a} is empty`);
}

/** Every formula on the new sheets (cells and conditional formats) refers only to cells that hold something. */
export function formulaProblems(workbook: WorkbookSnapshot, plans: PlannedSheet[]): string[] {
  const ctx = { workbook, plans };
  const problems: string[] = [];
  for (const plan of plans) {
    const sheet = sheetNamed(ctx, plan.name)!;
    const formulas = [
      ...Object.entries(sheet.cells).filter(([, c]) => isFormula(c.formula)).map(([a, c]) => [a, c.formula as string]),
      ...sheet.conditionalFormats.map((cf) => [`conditional format on ${cf.address}`, cf.formula ?? ""]),
    ];
    for (const [where, formula] of formulas) {
      for (const ref of formulaReferences(formula)) {
        problems.push(...refProblems(ctx, sheet, ref).map((p) => `'${plan.name}'!${where} ${formula}: ${p}`));
      }
    }
  }
  return problems;
}

/** Every chart series' values and categories hold something. */
export function chartDataProblems(workbook: WorkbookSnapshot, plans: PlannedSheet[]): string[] {
  const ctx = { workbook, plans };
  return plans.flatMap((plan) =>
    sheetNamed(ctx, plan.name)!.charts.flatMap((chart) =>
      chart.series.flatMap((s) =>
        [s.values, s.xValues].flatMap((range) => {
          if (!range) return [`chart ${chart.name} series ${s.name} has no data`];
          return emptyCells(ctx, sheetNamed(ctx, range.sheet)!, range.address).map((a) => `chart ${chart.name} series ${s.name}: ${a} is empty`);
        }),
      ),
    ),
  );
}

/**
 * Whether a cell shows a number: a number constant, or a formula without a text literal (a formula
 * with one may well return text: a check's "OK"). A formula that only links another cell
 * (`='Sheet'!E5`) shows whatever that cell shows.
 */
function showsNumber(workbook: WorkbookSnapshot, sheet: SheetSnapshot, address: string, depth = 0): boolean {
  const v = sheet.cells[address]?.formula;
  if (typeof v === "number") return true;
  if (!isFormula(v) || v.includes('"')) return false;
  const refs = formulaReferences(v);
  const link = refs.length === 1 && refs[0].kind === "area" && /^=('[^']*(''[^']*)*'!|[\w.]+!)?\$?[A-Z]+\$?\d+$/i.test(v) ? refs[0] : undefined;
  if (!link || depth > 10) return true;
  const target = link.sheet === undefined ? sheet : workbook.sheets.find((s) => s.name === link.sheet);
  return target ? showsNumber(workbook, target, link.address, depth + 1) : true;
}

/** Numeric cells (and cells of declared spill ranges) without a number format. */
export function unformattedNumbers(workbook: WorkbookSnapshot, plan: PlannedSheet): string[] {
  const sheet = workbook.sheets.find((s) => s.name === plan.name)!;
  const missing: string[] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (cell.numberFormat === undefined && showsNumber(workbook, sheet, address)) missing.push(`${address} (${String(cell.formula)})`);
  }
  for (const area of spillAreas(plan)) {
    for (const { address } of cellsOf(area)) if (sheet.cells[address]?.numberFormat === undefined) missing.push(`${address} (spill)`);
  }
  return missing;
}
