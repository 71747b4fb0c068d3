// What the gallery offers: the template definitions and the default insert options. Kept apart from
// the sheet builders so the pane's first screen does not load them (they come with the renderer).
import type { InsertOptions, TemplateDefinition } from "./types";

export const TEMPLATES: TemplateDefinition[] = [
  {
    id: "workforce",
    title: "Workforce Realignment",
    purpose: "Headcount shifts from operational-AI to generative-AI role families, with cost, exits, hires and savings freed.",
    chart: "Clustered columns: operational-AI vs generative-AI headcount per year",
    preview: "preview-workforce.png",
    hasHorizon: true,
    sheets: ["workforce"],
  },
  {
    id: "budget",
    title: "AI R&D Budget Reallocation",
    purpose: "The AI R&D budget moves from mature programmes to generative AI, plus a strategic model partnership.",
    chart: "Stacked columns: budget by programme type per year",
    preview: "preview-budget.png",
    hasHorizon: true,
    sheets: ["budget"],
  },
  {
    id: "jwo",
    title: "JWO Investment Case",
    purpose: "Cashierless-checkout economics: capex, opex and savings, with NPV, payback and IRR.",
    chart: "Combo: cost columns, savings line, cumulative net cash on a secondary axis",
    preview: "preview-jwo.png",
    hasHorizon: true,
    sheets: ["jwo"],
  },
  {
    id: "talent",
    title: "AI Talent Velocity",
    purpose: "AI-specialist engineers at major cloud providers: hires, exits, net change and annualised velocity.",
    chart: "Dot plot: annualised velocity per provider",
    preview: "preview-talent.png",
    hasHorizon: false,
    sheets: ["talent"],
  },
  {
    id: "genai",
    title: "GenAI Operating Savings",
    purpose: "Savings from generative AI in logistics, customer service and corporate functions on adoption S-curves.",
    chart: "Stacked area: savings by function per year",
    preview: "preview-genai.png",
    hasHorizon: true,
    sheets: ["genai"],
  },
  {
    id: "signposts",
    title: "Signposts Monitor",
    purpose: "The three signposts to watch against their thresholds, with traffic-light status.",
    chart: "Traffic lights: status by conditional formatting",
    preview: "preview-signposts.png",
    hasHorizon: false,
    sheets: ["signposts"],
  },
  {
    id: "complete",
    title: "Complete model",
    purpose: "All six model sheets plus a Summary sheet linking their headline figures.",
    chart: "All six charts, and a summary of the headline figures",
    preview: "preview-complete.png",
    hasHorizon: true,
    sheets: ["workforce", "budget", "jwo", "talent", "genai", "signposts", "summary"],
  },
];

/** What the pane proposes before the user changes anything: this year, five years, $ millions, sample, sensitivities on. */
export function DEFAULT_OPTIONS(today: Date): InsertOptions {
  return { startYear: today.getFullYear(), horizon: 5, currency: "$", scale: "millions", inputs: "sample", sensitivities: true };
}
