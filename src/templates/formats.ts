// Number formats and units. DECISION: money is entered and shown in the scale the user chose in
// the pane (the units label says "$ millions"); formats show the currency symbol but do not
// rescale, so what a user types is what the cell shows. Costs per person are the one exception:
// people think of them in whole currency units, so they are entered unscaled and converted with
// `toScale` where they meet scaled money.
import type { InsertOptions, Scale } from "./types";

export const COUNT = "#,##0_);(#,##0)";
export const COUNT_1DP = "#,##0.0_);(#,##0.0)";
export const PERCENT = "0.0%";
export const YEAR = "0";
/** Periods (payback) and months: one decimal. */
export const PERIODS = "0.0";
export const DECIMAL = "0.00";
/** A change or shift, signed: +1.0%, -2.0%, 0.0%. */
export const SIGNED_PERCENT = "+0.0%;-0.0%;0.0%";
/** A shift in years or months, signed: +1.0, -0.5, 0.0. */
export const SIGNED_DECIMAL = "+0.0;-0.0;0.0";
/** A factor shown as a share of plan: 80%, 120%. */
export const WHOLE_PERCENT = "0%";

const SCALE_DIVISOR: Record<Scale, number> = { units: 1, thousands: 1_000, millions: 1_000_000 };
const SCALE_WORD: Record<Scale, string> = { units: "", thousands: " thousands", millions: " millions" };

/** The currency symbol safe to place inside a quoted number-format literal. */
function formatSymbol(options: InsertOptions): string {
  return options.currency.replace(/"/g, "").trim() || "$";
}

/** Money in the chosen scale: `"$"#,##0.0` for millions, whole numbers otherwise; negatives in brackets. */
export function moneyFormat(options: InsertOptions): string {
  const symbol = `"${formatSymbol(options)}"`;
  const digits = options.scale === "millions" ? "#,##0.0" : "#,##0";
  return `${symbol}${digits}_);(${symbol}${digits})`;
}

/** Money per person, in whole currency units whatever the scale. */
export function perPersonMoneyFormat(options: InsertOptions): string {
  const symbol = `"${formatSymbol(options)}"`;
  return `${symbol}#,##0_);(${symbol}#,##0)`;
}

/** "$ millions", "€ thousands", "£": how money on the sheet is denominated. */
export function moneyUnit(options: InsertOptions): string {
  return `${formatSymbol(options)}${SCALE_WORD[options.scale]}`;
}

/** Wraps an expression in whole currency units so it lands in the chosen scale. */
export function toScale(expression: string, options: InsertOptions): string {
  const divisor = SCALE_DIVISOR[options.scale];
  return divisor === 1 ? expression : `(${expression})/${divisor}`;
}

/** A sample amount given in millions, expressed in the chosen scale. */
export function sampleMoney(millions: number, options: InsertOptions): number {
  const scaled = (millions * SCALE_DIVISOR.millions) / SCALE_DIVISOR[options.scale];
  return Math.round(scaled * 1000) / 1000;
}
