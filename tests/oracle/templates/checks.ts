// The oracle's assertions on one recalculated workbook. Each returns a list of problems (empty when
// the workbook is right), so a test can print every mismatch at once and the mutation tests can
// inspect what was found.
import { cellAddress, tryParseArea } from "../../support/excel-emulator/model/address";
import type { CellResult } from "../lo/libreoffice";
import { irrIsARate, linesAddUp } from "./lines";
import { linksAgree } from "./links";
import { MODEL_FIGURES } from "./modelFigures";
import type { OracleWorkbook } from "./pipeline";
import { type Problem, type SheetView, close, viewsOf } from "./sheetView";

export const isError = (v: CellResult): v is { error: string } => typeof v === "object" && v !== null;

/** Whether the template declares that `address` shows an error or a text when inputs are blank. */
export function declaredBlank(view: SheetView, address: string): boolean {
  const cell = tryParseArea(address)!;
  return (view.spec.blankInputErrors ?? []).some((declared) => {
    const box = tryParseArea(declared)!;
    return box.top <= cell.top && cell.top <= box.bottom && box.left <= cell.left && cell.left <= box.right;
  });
}

const excused = (wb: OracleWorkbook, view: SheetView, address: string) => wb.case.options.inputs === "blank" && declaredBlank(view, address);

/** No formula cell (GR. cells and their spills included) evaluates to an error, except declared blank-input cells. */
export function errorsShown(wb: OracleWorkbook): Problem[] {
  return viewsOf(wb).flatMap((view) =>
    view
      .formulaCells()
      .filter((a) => isError(view.value(a)) && !excused(wb, view, a))
      .map((a) => {
        const message = view.grCell(a)?.message;
        return view.problem(a, "no error", `no formula cell shows an error${message ? ` (add-in: ${message})` : ""}`);
      }),
  );
}

/**
 * Check cells: the headline checks (their formula compares with "OK"), and cells that only link to
 * a check cell (the Summary's check column).
 */
export function checkCells(wb: OracleWorkbook, view: SheetView): string[] {
  const formulaOf = (sheet: string, address: string) => wb.snapshot.sheets.find((s) => s.name === sheet)?.cells[address]?.formula;
  const isCheck = (sheet: string, address: string, depth = 0): boolean => {
    const formula = formulaOf(sheet, address);
    if (typeof formula !== "string" || depth > 3) return false;
    if (formula.includes('"OK"')) return true;
    const link = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
    return link !== null && isCheck(link[1]?.replace(/''/g, "'") ?? link[2], `${link[3]}${link[4]}`, depth + 1);
  };
  return view.formulaCells().filter((a) => isCheck(view.name, a));
}

/** Every check cell reads OK (with blank inputs: except the cells the template declares). */
export function checksRead(wb: OracleWorkbook): Problem[] {
  return viewsOf(wb).flatMap((view) =>
    checkCells(wb, view)
      .filter((a) => view.value(a) !== "OK" && !excused(wb, view, a))
      .map((a) => view.problem(a, "OK", "every check cell reads OK")),
  );
}

/** Every headline figure, the GR. cell and its native twin, equals the model's value (relative 1e-9). */
export function headlineFigures(wb: OracleWorkbook): Problem[] {
  return viewsOf(wb).flatMap((view) => {
    const figures = MODEL_FIGURES[view.spec.key]?.(wb.case.options) ?? [];
    if (figures.length !== view.spec.headlines.length) {
      const first = view.spec.headlines[0]?.gr ?? "A1";
      return [view.problem(first, `${figures.length} headlines known to the oracle`, `the sheet has ${view.spec.headlines.length} headline figures; teach tests/oracle/templates/modelFigures.ts the new ones`)];
    }
    return view.spec.headlines.flatMap((h, i) => {
      const figure = figures[i];
      const rule = `headline "${h.label}" = ${figure.what}`;
      const agrees = (address: string) => {
        const v = view.value(address);
        return typeof figure.value === "string" ? v === figure.value : close(typeof v === "number" ? v : undefined, figure.value);
      };
      return [h.gr, h.native].filter((a) => !agrees(a)).map((a) => view.problem(a, figure.value, rule, "model"));
    });
  });
}

/** Each GR. array fills exactly the spill range the template declares and keeps clear. */
export function spills(wb: OracleWorkbook): Problem[] {
  return viewsOf(wb).flatMap((view) =>
    view.spec.cells
      .filter((w) => w.spill)
      .flatMap((w) => {
        const declared = tryParseArea(w.spill!)!;
        const size = `${declared.bottom - declared.top + 1}×${declared.right - declared.left + 1}`;
        const array = wb.gr.arrays.find((a) => a.sheet === view.name && a.anchor === w.address);
        const got = array ? `${array.rows}×${array.columns}` : "no array";
        if (got !== size) return [view.problem(w.address, `an array of ${size} (${w.spill})`, `the GR. array fills its declared spill range (got ${got})`)];
        const cells: string[] = [];
        for (let r = declared.top; r <= declared.bottom; r++) for (let c = declared.left; c <= declared.right; c++) cells.push(cellAddress(r, c));
        return cells.filter((a) => view.value(a) === null).map((a) => view.problem(a, "a value", `every cell of ${w.spill} holds a spilled value`));
      }),
  );
}

/** Every assertion at once: what the mutation tests expect to catch a broken formula. */
export function allProblems(wb: OracleWorkbook): Problem[] {
  const views = viewsOf(wb);
  const sample = wb.case.options.inputs === "sample";
  return [...errorsShown(wb), ...checksRead(wb), ...(sample ? headlineFigures(wb) : []), ...linesAddUp(views), ...irrIsARate(views), ...linksAgree(views), ...spills(wb)];
}
