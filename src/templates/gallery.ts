// What the gallery offers: the template definitions and the default insert options. Kept apart from
// the sheet builders so the pane's first screen does not load them (they come with the renderer).
// What each card says about charts and sensitivities is derived from SHEET_FACTS, one entry per
// sheet; tests/templates/gallery.test.ts builds every sheet and fails if a fact stops matching it.
import type { InsertOptions, ModelSheetKey, SheetKey, TemplateDefinition, TemplateId } from "./types";

export type SheetFacts = {
  /** The sheet's title (its base name), and a short name for lists. */
  title: string;
  short: string;
  /** One description per chart the sheet always draws. */
  charts: string[];
  /** Where the sheet has no chart: the visual it has instead. */
  visual?: string;
  /** What the Sensitivities option adds to the sheet, and the charts it adds. */
  sensitivities?: { adds: string; charts: string[] };
};

export const SHEET_FACTS: Record<SheetKey, SheetFacts> = {
  workforce: {
    title: "Workforce Realignment",
    short: "Workforce",
    charts: ["Clustered columns: operational-AI vs generative-AI headcount per year"],
    sensitivities: { adds: "a grid of savings freed by severance months × cost growth", charts: [] },
  },
  budget: { title: "AI R&D Budget Reallocation", short: "Budget", charts: ["Stacked columns: budget by programme type per year"] },
  jwo: {
    title: "JWO Investment Case",
    short: "JWO",
    charts: ["Combo: cost columns, savings line, cumulative net cash on a secondary axis"],
    sensitivities: { adds: "a grid of NPV by discount rate × savings realised, and payback by savings realised", charts: [] },
  },
  talent: { title: "AI Talent Velocity", short: "Talent", charts: ["Dot plot: annualised velocity per provider"] },
  genai: {
    title: "GenAI Operating Savings",
    short: "GenAI",
    charts: ["Stacked area: savings by function per year"],
    sensitivities: { adds: "a grid of cumulative savings by adoption midpoint × maximum savings rate", charts: [] },
  },
  signposts: { title: "Signposts Monitor", short: "Signposts", charts: [], visual: "Traffic lights: status by conditional formatting" },
  scenarios: {
    title: "Scenarios",
    short: "Scenarios",
    charts: [],
    visual: "Base, upside and downside figures side by side",
    sensitivities: { adds: "a tornado chart of each driver's swing", charts: ["Tornado: swing in JWO NPV and savings freed, one driver at a time"] },
  },
  summary: { title: "Summary", short: "Summary", charts: [] },
};

const MODEL_SHEETS: ModelSheetKey[] = ["workforce", "budget", "jwo", "talent", "genai", "signposts"];

/** "a", "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The chart line: a single sheet's chart (or visual); for several sheets, how many charts and where. */
function chartLine(sheets: SheetKey[]): string {
  if (sheets.length === 1) {
    const facts = SHEET_FACTS[sheets[0]];
    return facts.charts.join("; ") || facts.visual || "No chart";
  }
  const withCharts = sheets.filter((k) => SHEET_FACTS[k].charts.length > 0);
  const count = withCharts.reduce((n, k) => n + SHEET_FACTS[k].charts.length, 0);
  const visuals = sheets.filter((k) => SHEET_FACTS[k].charts.length === 0 && SHEET_FACTS[k].visual && MODEL_SHEETS.includes(k as ModelSheetKey));
  const others = visuals.map((k) => `${SHEET_FACTS[k].visual!.split(":")[0].toLowerCase()} on ${SHEET_FACTS[k].short}`);
  return [`${count} charts (${listed(withCharts.map((k) => SHEET_FACTS[k].short))})`, ...others].join("; ");
}

/** What the Sensitivities option adds across `sheets`, or undefined when it adds nothing. */
function sensitivitiesOf(sheets: SheetKey[]): TemplateDefinition["sensitivities"] {
  const adding = sheets.filter((k) => SHEET_FACTS[k].sensitivities);
  if (adding.length === 0) return undefined;
  const charts = adding.reduce((n, k) => n + SHEET_FACTS[k].sensitivities!.charts.length, 0);
  if (sheets.length === 1) return { adds: SHEET_FACTS[sheets[0]].sensitivities!.adds, charts };
  const grids = adding.filter((k) => SHEET_FACTS[k].sensitivities!.charts.length === 0).map((k) => SHEET_FACTS[k].short);
  const chartSheets = adding.filter((k) => SHEET_FACTS[k].sensitivities!.charts.length > 0);
  const parts = [`sensitivity grids on ${listed(grids)}`, ...chartSheets.map((k) => `${SHEET_FACTS[k].sensitivities!.adds} on ${SHEET_FACTS[k].short}`)];
  return { adds: parts.join(", plus "), charts };
}

type Entry = Pick<TemplateDefinition, "id" | "purpose" | "preview" | "hasHorizon" | "sheets"> & { title?: string };

function definition(entry: Entry): TemplateDefinition {
  const title = entry.title ?? SHEET_FACTS[entry.id as ModelSheetKey].title;
  const chartCount = entry.sheets.reduce((n, k) => n + SHEET_FACTS[k].charts.length, 0);
  const sensitivities = sensitivitiesOf(entry.sheets);
  return { ...entry, title, chart: chartLine(entry.sheets), chartCount, ...(sensitivities ? { sensitivities } : {}) };
}

const single = (id: ModelSheetKey, purpose: string, hasHorizon: boolean): TemplateDefinition =>
  definition({ id, purpose, preview: `preview-${id}.png`, hasHorizon, sheets: [id] });

export const TEMPLATES: TemplateDefinition[] = [
  single("workforce", "Headcount shifts from operational-AI to generative-AI role families, with cost, exits, hires and savings freed.", true),
  single("budget", "The AI R&D budget moves from mature programmes to generative AI, plus a strategic model partnership.", true),
  single("jwo", "Cashierless-checkout economics: capex, opex and savings, with NPV, payback and IRR.", true),
  single("talent", "AI-specialist engineers at major cloud providers: hires, exits, net change and annualised velocity.", false),
  single("genai", "Savings from generative AI in logistics, customer service and corporate functions on adoption S-curves.", true),
  single("signposts", "The three signposts to watch against their thresholds, with traffic-light status.", false),
  definition({
    id: "complete" satisfies TemplateId,
    title: "Complete model",
    purpose: "All six model sheets, a Scenarios sheet (base, upside, downside and the live case the sheets show) and a Summary of the headline figures.",
    preview: "preview-complete.png",
    hasHorizon: true,
    sheets: [...MODEL_SHEETS, "scenarios", "summary"],
  }),
];

/** What the pane proposes before the user changes anything: this year, five years, $ millions, sample, sensitivities on. */
export function DEFAULT_OPTIONS(today: Date): InsertOptions {
  return { startYear: today.getFullYear(), horizon: 5, currency: "$", scale: "millions", inputs: "sample", sensitivities: true };
}
