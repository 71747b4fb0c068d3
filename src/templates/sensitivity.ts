// Live sensitivity grids: one GR. call per cell on scaled inputs, so every cell recalculates with the
// sheet (Excel's Data Table cannot be created through the add-in API). Each grid's steps are inputs,
// the base case is marked on both axes, a colour scale runs from bad to good, and a check compares
// the base cell with the headline figure's native twin.
import { cell, columnLetters, range, rowRange } from "./a1";
import { checkColours, checkFormula, HEADLINE_COLUMNS, LABEL_COLUMN, section } from "./blocks";
import { SheetDraft } from "./draft";
import { NEUTRAL } from "./styles";

/** Grids start one column right of the usual values: B holds the row steps, C the values they give. */
export const GRID_COLUMN = 4;
/** Rightmost column a grid writes (its row markers), for column widths and chart placement. */
export const GRID_LAST_COLUMN = GRID_COLUMN + 5;

export type GridAxis = {
  /** What varies, e.g. "Discount rate". */
  title: string;
  /** The step's unit, e.g. "% points". */
  stepUnit: string;
  /** Illustrative steps; five of them. */
  steps: number[];
  /** The step that leaves the input unchanged (0 for a shift, 1 for a factor). */
  base: number;
  stepFormat: string;
  stepRange: { min: number; max: number };
  /** What the value a step gives is (e.g. "discount rate used"), its formula from the step cell, its format. */
  used: { heading: string; formula: (step: string) => string; format: string };
};

export type Grid = {
  /** Row of the section heading. */
  top: number;
  title: string;
  rows: GridAxis;
  columns: GridAxis;
  /** A cell's formula from the (mixed-reference) cells holding its row's and column's step and used value. */
  cell: (row: AxisCells, column: AxisCells) => string;
  /** The figure in each cell, and its unit and number format. */
  figure: string;
  unit: string;
  format: string;
  good: "high" | "low";
  /** The headline figure's native twin the base cell must equal, and its label. */
  headline: { label: string; native: string };
  /** Sheet-scoped name of the grid's cells. */
  name: string;
};

export type AxisCells = { step: string; used: string };

export type PlacedGrid = { cells: string; base: string; check: string; bottom: number };

/** Excel's default three-colour scale: red, yellow, green. */
const RED = "#F8696B";
const YELLOW = "#FFEB84";
const GREEN = "#63BE7B";

export function colourScale(draft: SheetDraft, address: string, good: "high" | "low"): void {
  const [minimum, maximum] = good === "high" ? [RED, GREEN] : [GREEN, RED];
  draft.colorScale({ address, minimum, midpoint: YELLOW, maximum });
}

/** Rows a grid takes from its heading to its check. */
export const GRID_ROWS = 10;

/**
 * Layout from `top`: heading; column steps (inputs); the values they give (header); five rows of
 * row step (input, B), value it gives (C) and the grid (D:H) with "◀ base" markers in I; a row of
 * "▲ base" markers; the check of the base cell against the headline.
 */
export function sensitivityGrid(draft: SheetDraft, grid: Grid): PlacedGrid {
  const { top, rows, columns } = grid;
  const [stepRow, usedRow, first] = [top + 1, top + 2, top + 3];
  const last = first + rows.steps.length - 1;
  const lastColumn = GRID_COLUMN + columns.steps.length - 1;
  section(draft, top, grid.title, lastColumn + 1);
  columnAxis(draft, grid, stepRow, usedRow, lastColumn);
  rowAxis(draft, rows, first, last);
  const cells = range(GRID_COLUMN, first, lastColumn, last);
  const formulas = rows.steps.map((_, i) =>
    columns.steps.map((__, j) => {
      const letters = columnLetters(GRID_COLUMN + j);
      return grid.cell({ step: `$B${first + i}`, used: `$C${first + i}` }, { step: `${letters}$${stepRow}`, used: `${letters}$${usedRow}` });
    }),
  );
  draft.put(cells, formulas, "calc", grid.format);
  draft.put(`A${first}`, [[`${grid.figure} (${grid.unit})`]], "label");
  colourScale(draft, cells, grid.good);
  draft.name(grid.name, cells, `${grid.figure} by ${rows.title.toLowerCase()} and ${columns.title.toLowerCase()}`);
  markers(draft, grid, stepRow, first, last, lastColumn);
  const base = `$C$${last + 2}`;
  const baseValue = `INDEX(${cells},MATCH(${rows.base},$B$${first}:$B$${last},0),MATCH(${columns.base},${absoluteRow(stepRow, lastColumn)},0))`;
  const noBase = `OR(ISNA(MATCH(${rows.base},$B$${first}:$B$${last},0)),ISNA(MATCH(${columns.base},${absoluteRow(stepRow, lastColumn)},0)))`;
  const check = checkRow(draft, last + 2, grid, `=IF(${noBase},"No base step",${baseValue})`);
  return { cells, base, check, bottom: last + 2 };
}

const absoluteRow = (row: number, lastColumn: number) => `$${columnLetters(GRID_COLUMN)}$${row}:$${columnLetters(lastColumn)}$${row}`;

function columnAxis(draft: SheetDraft, grid: Grid, stepRow: number, usedRow: number, lastColumn: number): void {
  const { columns, rows } = grid;
  const steps = rowRange(stepRow, GRID_COLUMN, lastColumn);
  draft.put(`A${stepRow}:C${stepRow}`, [[`${columns.title}: step`, columns.stepUnit, null]], "label");
  draft.setting(steps, [columns.steps], columns.stepFormat, {
    rule: { kind: "decimal", ...columns.stepRange },
    errorMessage: `A step must be between ${columns.stepRange.min} and ${columns.stepRange.max}.`,
  });
  const used = rowRange(usedRow, GRID_COLUMN, lastColumn);
  draft.put(`A${usedRow}:C${usedRow}`, [[`${rows.title}: step ↓`, rows.stepUnit, rows.used.heading]], "header");
  draft.put(used, [columns.steps.map((_, j) => `=${columns.used.formula(`${columnLetters(GRID_COLUMN + j)}${stepRow}`)}`)], "header", columns.used.format);
  draft.format(range(HEADLINE_COLUMNS.gr - 1, usedRow, lastColumn, usedRow), { horizontalAlignment: "Right" });
  draft.put(cell(lastColumn + 1, usedRow), [[`← ${columns.used.heading}`]], "note");
  // The base case's column heading in amber, wherever the user puts the base step.
  draft.conditionalFormat({ address: used, formula: `=${cell(GRID_COLUMN, stepRow)}=${columns.base}`, ...NEUTRAL });
}

function rowAxis(draft: SheetDraft, rows: GridAxis, first: number, last: number): void {
  draft.setting(`B${first}:B${last}`, rows.steps.map((s) => [s]), rows.stepFormat, {
    rule: { kind: "decimal", ...rows.stepRange },
    errorMessage: `A step must be between ${rows.stepRange.min} and ${rows.stepRange.max}.`,
  });
  const used = `C${first}:C${last}`;
  draft.put(used, rows.steps.map((_, i) => [`=${rows.used.formula(`B${first + i}`)}`]), "header", rows.used.format);
  draft.conditionalFormat({ address: used, formula: `=B${first}=${rows.base}`, ...NEUTRAL });
}

/** "◀ base" right of the base row and "▲ base" under the base column, live with the steps. */
function markers(draft: SheetDraft, grid: Grid, stepRow: number, first: number, last: number, lastColumn: number): void {
  const marker = lastColumn + 1;
  const rowMarks = grid.rows.steps.map((_, i) => [`=IF($B${first + i}=${grid.rows.base},"◀ base","")`]);
  draft.put(range(marker, first, marker, last), rowMarks, "note");
  const columnMarks = grid.columns.steps.map((_, j) => `=IF(${columnLetters(GRID_COLUMN + j)}$${stepRow}=${grid.columns.base},"▲ base","")`);
  draft.put(rowRange(last + 1, GRID_COLUMN, lastColumn), [columnMarks], "note");
  draft.format(rowRange(last + 1, GRID_COLUMN, lastColumn), { horizontalAlignment: "Right" });
}

/** The base cell (C), the headline's native twin (D) and the check (E), as in a headline row. */
export function checkRow(draft: SheetDraft, row: number, grid: Pick<Grid, "headline" | "unit" | "format">, baseFormula: string): string {
  const [base, native, check] = [cell(HEADLINE_COLUMNS.gr, row), cell(HEADLINE_COLUMNS.native, row), cell(HEADLINE_COLUMNS.check, row)];
  draft.put(range(LABEL_COLUMN, row, LABEL_COLUMN + 1, row), [[`Base case in the grid = ${grid.headline.label}`, grid.unit]], "label");
  draft.put(base, [[baseFormula]], "headline", grid.format);
  draft.put(native, [[`=${grid.headline.native}`]], "calc", grid.format);
  draft.put(check, [[checkFormula(base, native)]], "check");
  checkColours(draft, check);
  draft.format(range(HEADLINE_COLUMNS.gr, row, HEADLINE_COLUMNS.native, row), { horizontalAlignment: "Right" });
  return check;
}
