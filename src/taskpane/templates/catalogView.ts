// What the gallery needs from the template catalog, derived in one place.
import { TEMPLATES } from "../../templates/gallery";
import type { SheetKey, TemplateDefinition } from "../../templates/types";

/** The sheet a single-sheet template adds is named after the template; the complete model adds a Summary. */
export function sheetTitle(key: SheetKey): string {
  if (key === "summary") return "Summary";
  return TEMPLATES.find((t) => t.id === key)?.title ?? key;
}

export function sheetTitlesOf(template: TemplateDefinition): string[] {
  return template.sheets.map(sheetTitle);
}

/** Titles of the templates the horizon option does not apply to. */
export function templatesWithoutHorizon(): string[] {
  return TEMPLATES.filter((t) => !t.hasHorizon).map((t) => t.title);
}
