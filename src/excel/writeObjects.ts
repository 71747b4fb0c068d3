// Sheet-scoped names, data validation, conditional formats and tables.
import type { SheetSpec, ValidationRule, ValidationSpec } from "../templates/types";
import { type SheetWriter, queueStep } from "./writer";

/**
 * Names are added on the worksheet, so inserting a template twice never collides with itself;
 * `renamed` holds the ones that had to change because a table already uses the name.
 */
export function writeNames(w: SheetWriter, spec: SheetSpec, renamed: Map<string, string>): void {
  for (const defined of spec.names) {
    const { address, comment } = defined;
    const name = renamed.get(defined.name) ?? defined.name;
    const range = w.sheet.getRange(address);
    queueStep(w, `add the name '${name}'`, "NamedItemCollection.add", () => w.sheet.names.add(name, range, comment));
  }
}

/** No bounds still refuses text: Excel's decimal rule needs limits, so use the widest ones. */
const UNBOUNDED = 1e307;

function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list") return { list: { inCellDropDown: true, source: rule.source.join(",") } };
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : min !== undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: min }
        : max !== undefined
          ? { operator: "LessThanOrEqualTo", formula1: max }
          : { operator: "Between", formula1: -UNBOUNDED, formula2: UNBOUNDED };
  return rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
}

export function writeValidations(w: SheetWriter, spec: SheetSpec): void {
  for (const v of spec.validations) writeValidation(w, v);
}

function writeValidation(w: SheetWriter, v: ValidationSpec): void {
  const validation = w.sheet.getRange(v.address).dataValidation;
  const what = `add the data validation of ${v.address}`;
  const rule = excelRule(v.rule);
  queueStep(w, what, "DataValidation.rule", () => (validation.rule = rule));
  const ignoreBlanks = v.ignoreBlanks ?? true;
  queueStep(w, what, "DataValidation.ignoreBlanks", () => (validation.ignoreBlanks = ignoreBlanks));
  if (v.prompt) {
    const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: "", message: v.prompt };
    queueStep(w, what, "DataValidation.prompt", () => (validation.prompt = prompt));
  }
  const alert: Excel.DataValidationErrorAlert = { showAlert: true, style: "Stop", title: "Invalid value", message: v.errorMessage };
  queueStep(w, what, "DataValidation.errorAlert", () => (validation.errorAlert = alert));
}

/** Custom-formula rules. "Custom" is Excel.ConditionalFormatType.custom, spelled as the literal so
 * the renderer needs no Excel global at run time (the strict fake has none). */
export function writeConditionalFormats(w: SheetWriter, spec: SheetSpec): void {
  for (const cf of spec.conditionalFormats) {
    const what = `add the conditional formatting of ${cf.address}`;
    const range = w.sheet.getRange(cf.address);
    const { custom } = queueStep(w, what, "ConditionalFormatCollection.add", () => range.conditionalFormats.add("Custom"));
    queueStep(w, what, "ConditionalFormatRule.formula", () => (custom.rule.formula = cf.formula));
    queueStep(w, what, "ConditionalRangeFill.color", () => (custom.format.fill.color = cf.fill));
    queueStep(w, what, "ConditionalRangeFont.color", () => (custom.format.font.color = cf.fontColor));
  }
}

/**
 * Three-colour scales ("ColorScale" is Excel.ConditionalFormatType.colorScale): lowest value,
 * 50th percentile and highest value, as Excel's own default scale; the template picks which end
 * is green. Criteria types and formulas as documented for Excel.ConditionalColorScaleCriterion.
 */
export function writeColorScales(w: SheetWriter, spec: SheetSpec): void {
  for (const scale of spec.colorScales ?? []) {
    const what = `add the colour scale of ${scale.address}`;
    const range = w.sheet.getRange(scale.address);
    const { colorScale } = queueStep(w, what, "ConditionalFormatCollection.add", () => range.conditionalFormats.add("ColorScale"));
    const criteria: Excel.ConditionalColorScaleCriteria = {
      minimum: { type: "LowestValue", color: scale.minimum },
      midpoint: { type: "Percentile", formula: "50", color: scale.midpoint },
      maximum: { type: "HighestValue", color: scale.maximum },
    };
    queueStep(w, what, "ColorScaleConditionalFormat.criteria", () => (colorScale.criteria = criteria));
  }
}

/** Tables; `tableNames` maps the template's table name to the unique one this insertion uses. */
export function writeTables(w: SheetWriter, spec: SheetSpec, tableNames: Map<string, string>): void {
  for (const t of spec.tables) {
    const name = tableNames.get(t.name) ?? t.name;
    const what = `add the table '${name}'`;
    const range = w.sheet.getRange(t.address);
    const table = queueStep(w, what, "TableCollection.add", () => w.sheet.tables.add(range, true));
    queueStep(w, what, "Table.name", () => (table.name = name));
    queueStep(w, what, "Table.style", () => (table.style = t.style));
  }
}
