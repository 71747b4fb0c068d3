// The Scenarios sheet of the complete model, computed as evaluate.ts does. Sources of truth: the
// issue's rules (the live case switches every model sheet; the comparison shows all three cases
// at once; the tornado is sorted by swing) and the direction each driver's downside moves each
// headline by the models' equations, stated in DOWNSIDE below.
import { DRIVERS } from "../../src/templates/drivers";
import { FIGURES, FIRST_FIGURE, LIVE_ROW } from "../../src/templates/scenarios";
import { TORNADO_BARS, tornadoLayout } from "../../src/templates/tornado";
import type { InsertOptions, ModelSheetKey, SheetKey } from "../../src/templates/types";
import { render, type Rendered } from "./render";
import { describeOptions, formulasOf, OPTION_SETS, scanFormula, SHEET_NAMES } from "./sheetModel";

const live = (c: string) => ({ scenarios: { [`C${LIVE_ROW}`]: c } });

/**
 * What the Downside case does to each headline (in the sheet's headline order), and why. Upside
 * does the opposite. Payback "later" allows "Not within horizon" staying so.
 */
const DOWNSIDE: Record<Exclude<ModelSheetKey, "signposts">, ("lower" | "later")[]> = {
  // Savings realised −20 % and the discount rate +2 points: less cash, later payback.
  jwo: ["lower", "later", "lower"],
  // Cost growth −1 point and the rate +2 points free less; hiring pace −25 % slows the growing families.
  workforce: ["lower", "lower", "lower"],
  // Adoption a year later: a smaller share moved by the end year.
  budget: ["lower", "lower"],
  // Hiring pace −25 %: fewer hires, lower velocity for every provider and all of them.
  talent: ["lower", "lower", "lower", "lower", "lower"],
  // Savings realised −20 % and adoption a year later: less saved in every function.
  genai: ["lower", "lower", "lower", "lower", "lower"],
};

/** Horizons of 4 years and more: over one year the JWO case has no savings for the drivers to move. */
const DIRECTION_SETS = OPTION_SETS.filter((o) => o.horizon >= 4);

describe.each(DIRECTION_SETS.map((o) => [describeOptions(o), o] as const))("switching the live case, %s", (_, options) => {
  const base = render("complete", options);
  const down = render("complete", options, live("Downside"));
  const up = render("complete", options, live("Upside"));

  it("moves every headline figure of every model sheet the way its drivers imply (Downside)", () => {
    const result = moves(base, down, "down");
    expect(result).toHaveLength(2 * 18); // 18 headlines, GR. figure and native twin each
    expect(result).toEqual(result.map(([label]) => [label, "as expected"]));
  });

  it("moves every headline figure the opposite way in the Upside case", () => {
    const result = moves(base, up, "up");
    expect(result).toHaveLength(2 * 18);
    expect(result).toEqual(result.map(([label]) => [label, "as expected"]));
  });

  it("leaves the signposts as they are: they are readings, not assumptions", () => {
    const statuses = (r: Rendered) => ["F8", "F9", "F10", "C14"].map((a) => r.value("signposts", a));
    expect(statuses(down)).toEqual(statuses(base));
    expect(down.value("signposts", "C17")).toBe("Downside");
  });

  it("shows in each comparison column what the model sheets show with that case live", () => {
    for (const [rendered, column] of [[base, "C"], [up, "D"], [down, "E"]] as const) {
      const shown = FIGURES.map((f, i) => [f.label, rendered.value("scenarios", `${column}${FIRST_FIGURE + i}`)]);
      const sheets = FIGURES.map((f) => [f.label, rendered.value(f.sheet, f.model.replace(/\$/g, ""))]);
      expect(shown.map(([label, v]) => [label, round(v)])).toEqual(sheets.map(([label, v]) => [label, round(v)]));
    }
  });

  it("reads OK in every comparison check whichever case is live", () => {
    for (const rendered of [base, up, down]) {
      expect(FIGURES.map((_, i) => rendered.value("scenarios", `H${FIRST_FIGURE + i}`))).toEqual(FIGURES.map(() => "OK"));
    }
  });
});

// The tornado comes with the Sensitivities option: cases only for the option sets that have it.
describe.each(DIRECTION_SETS.filter((o) => o.sensitivities !== false).map((o) => [describeOptions(o), o] as const))("the tornado, %s", (_, options) => {
  const base = render("complete", options);
  const { first, last, sortedFirst, sortedLast } = tornadoLayout(FIRST_FIGURE + FIGURES.length + 1);
  const columnOf = (r: Rendered) => (letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => r.value("scenarios", `${letter}${from + i}`));

  it("re-sorts live when the inputs change which driver swings most", () => {
    // A downside discount rate 10 points up dwarfs every other swing in savings freed.
    const column = columnOf(render("complete", options, { scenarios: { E13: 0.1 } }));
    const swings = column("E", sortedFirst, sortedLast) as number[];
    expect(swings.every((s, i) => i === 0 || s >= swings[i - 1])).toBe(true);
    expect(column("A", sortedLast, sortedLast)).toEqual(["Discount rate → savings freed"]);
  });

  it("sorts the tornado's bars by swing, smallest first, as a reordering of the bars", () => {
    const column = columnOf(base);
    const swings = column("E", sortedFirst, sortedLast) as number[];
    expect(swings.every((s, i) => i === 0 || s >= swings[i - 1])).toBe(true);
    const bars = (labels: unknown[], downs: unknown[], ups: unknown[]) => labels.map((l, i) => `${String(l)} ${round(downs[i])} ${round(ups[i])}`).sort();
    expect(bars(column("A", sortedFirst, sortedLast), column("C", sortedFirst, sortedLast), column("D", sortedFirst, sortedLast))).toEqual(
      bars(column("A", first, last), column("C", first, last), column("D", first, last)),
    );
    // Each driver's downside costs money and its upside earns it, for both figures.
    expect(column("C", first, last).every((v) => (v as number) < 0)).toBe(true);
    expect(column("D", first, last).every((v) => (v as number) > 0)).toBe(true);
  });
});

describe("the Scenarios sheet", () => {
  const options: InsertOptions = OPTION_SETS[0];
  const scenarios = render("complete", options).spec("scenarios");

  it("offers Base, Upside and Downside as the only live cases, Base by default", () => {
    const rule = scenarios.validations.find((v) => v.address === `C${LIVE_ROW}`)?.rule;
    expect(rule).toEqual({ kind: "list", source: ["Base", "Upside", "Downside"] });
    expect(scenarios.cells.find((w) => w.address === `C${LIVE_ROW}`)?.formulas).toEqual([["Base"]]);
  });

  it("is read by every model sheet, through the name the Scenarios sheet received", () => {
    const readers = (Object.keys(SHEET_NAMES) as SheetKey[]).filter((k) => k !== "scenarios" && k !== "summary");
    const complete = render("complete", options);
    for (const key of readers) {
      const refs = formulasOf(complete.spec(key)).flatMap((f) => scanFormula(f.formula).filter((t) => t.kind === "ref" && t.sheet === SHEET_NAMES.scenarios));
      expect([key, refs.length > 0]).toEqual([key, true]);
    }
  });

  it("reads each model sheet through the name it received, e.g. 'Workforce Realignment (2)'", () => {
    const sheets = new Set(formulasOf(scenarios).flatMap((f) => scanFormula(f.formula).flatMap((t) => (t.kind === "ref" && t.sheet ? [t.sheet] : []))));
    expect([...sheets].sort()).toEqual(["AI R&D Budget Reallocation", "AI Talent Velocity", "GenAI Operating Savings", "JWO Investment Case", "Workforce Realignment (2)"]);
  });

  it("has one row per driver, and tornado bars only for drivers that enter the figure", () => {
    expect(DRIVERS.map((d) => d.key)).toEqual(["savingsRealised", "costGrowth", "discountRate", "adoptionTiming", "hiringPace"]);
    const entering = { 0: ["savingsRealised", "discountRate"], 2: ["costGrowth", "discountRate"] } as Record<number, string[]>;
    for (const bar of TORNADO_BARS) expect(entering[bar.figure]).toContain(bar.driver);
  });
});

/** For every headline of every model sheet: "as expected", or what it showed instead. */
function moves(base: Rendered, moved: Rendered, way: "down" | "up"): [string, string][] {
  return (Object.keys(DOWNSIDE) as (keyof typeof DOWNSIDE)[]).flatMap((key) =>
    base.spec(key).headlines.flatMap((h, i) =>
      [h.gr, h.native].map((address): [string, string] => {
        const [before, after] = [base.value(key, address), moved.value(key, address)];
        const ok = movedAsExpected(DOWNSIDE[key][i], way, before, after);
        return [`${key}: ${h.label} (${address})`, ok ? "as expected" : `${String(before)} → ${String(after)}`];
      }),
    ),
  );
}

function movedAsExpected(downside: "lower" | "later", way: "down" | "up", before: unknown, after: unknown): boolean {
  const worse = way === "down";
  if (downside === "lower") return typeof before === "number" && typeof after === "number" && (worse ? after < before : after > before);
  // Payback: a number of years, or "Not within horizon" (never), which is later than any number.
  const years = (v: unknown) => (typeof v === "number" ? v : Infinity);
  if (years(before) === Infinity && years(after) === Infinity) return true;
  return worse ? years(after) > years(before) : years(after) < years(before);
}

const round = (v: unknown) => (typeof v === "number" ? Number(v.toPrecision(10)) : v);
