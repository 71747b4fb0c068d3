// The tornado on the Scenarios sheet: how far JWO NPV and savings freed move when one driver alone
// goes to its downside and its upside value, sorted by the size of the swing with native formulas
// (so the order follows the inputs), and drawn as horizontal bars either side of the base case.
import { range } from "./a1";
import { section } from "./blocks";
import { DRIVERS, driverRow, SCENARIO_CELLS, type DriverKey } from "./drivers";
import { SheetDraft } from "./draft";
import { moneyFormat, moneyUnit } from "./formats";
import type { ScenarioFigure } from "./scenarios";
import type { SheetRef } from "./types";

/**
 * The bars: each driver paired with the figures it enters. Adoption timing and hiring pace enter
 * neither JWO NPV nor savings freed (the sheet says so under the chart).
 */
export const TORNADO_BARS: { driver: DriverKey; figure: number; name: string }[] = [
  { driver: "savingsRealised", figure: 0, name: "JWO NPV" },
  { driver: "discountRate", figure: 0, name: "JWO NPV" },
  { driver: "costGrowth", figure: 2, name: "savings freed" },
  { driver: "discountRate", figure: 2, name: "savings freed" },
];

/** Rows of the tornado from its heading: the bars as computed, then sorted for the chart. */
export function tornadoLayout(top: number): { first: number; last: number; sortedFirst: number; sortedLast: number } {
  const first = top + 2;
  const last = first + TORNADO_BARS.length - 1;
  return { first, last, sortedFirst: last + 3, sortedLast: last + 2 + TORNADO_BARS.length };
}

/** One driver at `column`'s value (Upside D or Downside E), every other at Base (no change). */
const alone = (driver: DriverKey, column: string) => (key: DriverKey) =>
  `$${key === driver ? column : SCENARIO_CELLS.base}$${driverRow(key)}`;

/**
 * From row `top`, below the comparison table whose Base column (C) from `firstFigure` holds each
 * figure's base value.
 */
export function tornado(draft: SheetDraft, sheetRef: SheetRef, figures: ScenarioFigure[], firstFigure: number, top: number): void {
  const o = draft.options;
  const { first, last, sortedFirst, sortedLast } = tornadoLayout(top);
  const money = moneyFormat(o);
  const unit = moneyUnit(o);
  section(draft, top, "Tornado: change from the base case when one driver alone moves to its downside or upside", 6);
  draft.put(`A${top + 1}:F${top + 1}`, [["Driver → figure", "Unit", "Downside", "Upside", "Swing", "Rank"]], "header");
  draft.format(`C${top + 1}:F${top + 1}`, { horizontalAlignment: "Right" });
  const swings = `$E$${first}:$E$${last}`;
  TORNADO_BARS.forEach((bar, i) => {
    const row = first + i;
    const figure = figures[bar.figure];
    const prefix = sheetRef(figure.sheet);
    const base = `$C$${firstFigure + bar.figure}`;
    const driver = DRIVERS.find((d) => d.key === bar.driver)!;
    const moved = (column: string) => `=${figure.formula(o, prefix, alone(bar.driver, column))}-${base}`;
    draft.put(`A${row}:B${row}`, [[`${shortLabel(driver.label)} → ${bar.name}`, unit]], "label");
    draft.put(`C${row}:E${row}`, [[moved(SCENARIO_CELLS.downside), moved(SCENARIO_CELLS.upside), `=ABS(D${row}-C${row})`]], "calc", money);
    // Rank 1 = smallest swing; ties keep the table's order. Excel draws the first category at the bottom.
    const ties = i === 0 ? "" : `+SUMPRODUCT(($E$${first}:$E$${row - 1}=E${row})*1)`;
    draft.put(`F${row}`, [[`=SUMPRODUCT((${swings}<E${row})*1)${ties}+1`]], "calc", "0");
  });
  draft.put(`A${sortedFirst - 1}:F${sortedFirst - 1}`, [["Sorted by swing, smallest first (the chart's bottom bar)", "Unit", "Downside", "Upside", "Swing", "Order"]], "header");
  draft.format(`C${sortedFirst - 1}:F${sortedFirst - 1}`, { horizontalAlignment: "Right" });
  TORNADO_BARS.forEach((_, k) => {
    const row = sortedFirst + k;
    const pick = (column: string) => `=INDEX($${column}$${first}:$${column}$${last},MATCH($F${row},$F$${first}:$F$${last},0))`;
    draft.put(`A${row}:B${row}`, [[`${pick("A")}&""`, unit]], "label");
    draft.put(`C${row}:E${row}`, [[pick("C"), pick("D"), pick("E")]], "calc", money);
    draft.put(`F${row}`, [[k + 1]], "calc", "0");
  });
  draft.label(`A${sortedLast + 1}`, "Adoption timing and hiring pace move neither figure: see the GenAI, Budget, Workforce headcount and Talent rows above.", "note");
  draft.name("TornadoSwings", range(3, sortedFirst, 5, sortedLast), "Tornado bars sorted by swing");
  chart(draft, top, sortedFirst, sortedLast, unit);
}

/** "Discount rate, shift" → "Discount rate". */
const shortLabel = (label: string) => label.split(",")[0];

function chart(draft: SheetDraft, top: number, first: number, last: number, unit: string): void {
  draft.chart({
    name: "TornadoChart",
    type: "BarStacked",
    title: "Tornado: JWO NPV and savings freed, one driver at a time",
    categories: `A${first}:A${last}`,
    series: [
      { name: "Downside", values: `C${first}:C${last}` },
      { name: "Upside", values: `D${first}:D${last}` },
    ],
    categoryAxisTitle: "Driver → figure",
    valueAxisTitle: `Change from the base case (${unit})`,
    legend: "Bottom",
    position: { from: `J${top}`, to: `R${top + 20}` },
  });
}
