// The template catalog: the one builder per sheet, and (re-exported) what the gallery offers.
import { buildBudget } from "./budget";
import { buildGenai } from "./genai";
import { buildJwo } from "./jwo";
import { buildScenarios } from "./scenarios";
import { buildSignposts } from "./signposts";
import { buildSummary, type ModelBuilders } from "./summary";
import { buildTalent } from "./talent";
import type { SheetBuilder, SheetKey } from "./types";
import { buildWorkforce } from "./workforce";

const MODEL_BUILDERS: ModelBuilders = {
  workforce: buildWorkforce,
  budget: buildBudget,
  jwo: buildJwo,
  talent: buildTalent,
  genai: buildGenai,
  signposts: buildSignposts,
};

export const SHEET_BUILDERS: Record<SheetKey, SheetBuilder> = {
  ...MODEL_BUILDERS,
  scenarios: buildScenarios,
  summary: (options, sheetRef) => buildSummary(options, sheetRef, MODEL_BUILDERS),
};

export { DEFAULT_OPTIONS, TEMPLATES } from "./gallery";
