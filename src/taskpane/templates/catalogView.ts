// What the gallery needs from the template catalog, derived in one place.
import { SHEET_FACTS, TEMPLATES } from "../../templates/gallery";
import type { SheetKey, TemplateDefinition } from "../../templates/types";

/** The name a sheet is inserted under (before "(2)" on a clash). */
export function sheetTitle(key: SheetKey): string {
  return SHEET_FACTS[key].title;
}

export function sheetTitlesOf(template: TemplateDefinition): string[] {
  return template.sheets.map(sheetTitle);
}

/** What the Sensitivities option adds across the catalog: what it adds to the complete model, which has every sheet. */
export function sensitivitiesAdd(): string {
  const complete = TEMPLATES.find((t) => t.id === "complete");
  return complete?.sensitivities?.adds ?? "sensitivity analysis";
}

/** The card's sentence about charts, from the catalog's chart facts ("Chart: …" only where it is one chart). */
export function chartSentence(template: TemplateDefinition): string {
  const text = template.chartCount === 1 ? `Chart: ${template.chart}` : template.chart.charAt(0).toUpperCase() + template.chart.slice(1);
  return `${text}.`;
}

/** The card's sentence about the Sensitivities option, or undefined where it adds nothing. */
export function sensitivitiesSentence(template: TemplateDefinition): string | undefined {
  return template.sensitivities ? `With Sensitivities: ${template.sensitivities.adds}.` : undefined;
}

/** The preview drawn for the theme: "preview-jwo.png", or "preview-jwo-dark.png" in dark theme. */
export function previewFile(file: string, theme: "light" | "dark"): string {
  return theme === "dark" ? file.replace(/\.png$/, "-dark.png") : file;
}

/** Titles of the templates the horizon option does not apply to. */
export function templatesWithoutHorizon(): string[] {
  return TEMPLATES.filter((t) => !t.hasHorizon).map((t) => t.title);
}
