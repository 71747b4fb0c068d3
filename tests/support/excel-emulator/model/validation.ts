// Data validation and conditional formats of a range.
import { invalidArgument, notModelled } from "../errors";
import { type Area, formatArea, overlaps, parseArea } from "./address";
import { bounded } from "./cells";
import { checkColour, checkFormulaSyntax, checkOneOf } from "./rules";
import type { ConditionalFormatState, SheetState, ValidationState } from "./state";
import type { WorkbookModel } from "./workbook";

/** Excel.DataValidationOperator. */
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"] as const;
/** The members of Excel.DataValidationRule. */
const RULE_KINDS = ["decimal", "wholeNumber", "list", "date", "time", "textLength", "custom"] as const;

type Rule = Record<string, unknown>;

function checkBasicRule(rule: Rule): void {
  const operator = checkOneOf(rule.operator, OPERATORS, "validation operator");
  const needsTwo = operator === "Between" || operator === "NotBetween";
  const missing = (v: unknown) => v === undefined || v === null || v === "";
  if (missing(rule.formula1) || (needsTwo && missing(rule.formula2))) throw invalidArgument(`The ${operator} rule needs ${needsTwo ? "two limits" : "a limit"}.`);
  if (needsTwo && typeof rule.formula1 === "number" && typeof rule.formula2 === "number" && rule.formula1 > rule.formula2) {
    throw invalidArgument("The Maximum must be greater than or equal to the Minimum.");
  }
}

/**
 * DataValidation.rule: exactly one kind ("only one rule type can be set"); limits present for the
 * operator; a list source of 1–255 characters (Excel's limit on a typed list).
 */
export function checkRule(rule: unknown): Excel.DataValidationRule {
  if (typeof rule !== "object" || rule === null) throw invalidArgument("A validation rule is an object.");
  const kinds = Object.keys(rule).filter((k) => (rule as Rule)[k] !== undefined && (rule as Rule)[k] !== null);
  if (kinds.length !== 1) throw invalidArgument("A validation rule must have exactly one kind.");
  const kind = checkOneOf(kinds[0], RULE_KINDS, "validation rule kind");
  const body = (rule as Record<string, Rule>)[kind];
  if (kind === "decimal" || kind === "wholeNumber") checkBasicRule(body);
  else if (kind === "list") {
    const source = body.source;
    if (typeof source !== "string" || source === "" || source.length > 255) throw invalidArgument("A list validation's source must be 1–255 characters.");
  } else throw notModelled(`'${kind}' data validation`);
  return rule as Excel.DataValidationRule;
}

/** Validation titles are at most 32 characters, messages at most 255 (Excel's Data Validation dialog). */
export function checkMessage(value: unknown): void {
  const v = value as { title?: unknown; message?: unknown };
  if (typeof v !== "object" || v === null) throw invalidArgument("A prompt or alert is an object.");
  if (typeof v.title === "string" && v.title.length > 32) throw invalidArgument("A validation title is at most 32 characters.");
  if (typeof v.message === "string" && v.message.length > 255) throw invalidArgument("A validation message is at most 255 characters.");
}

/** The validation record of exactly this area; setting a rule replaces any overlapping records. */
export function validationOf(sheet: SheetState, area: Area, replace: boolean): ValidationState {
  const address = formatArea(bounded(area, "data validation"));
  const existing = sheet.validations.find((v) => v.address === address);
  if (existing && !replace) return existing;
  sheet.validations = sheet.validations.filter((v) => !overlaps(parseArea(v.address), area));
  const created: ValidationState = { address, ignoreBlanks: existing?.ignoreBlanks ?? true };
  if (existing?.prompt) created.prompt = existing.prompt;
  if (existing?.errorAlert) created.errorAlert = existing.errorAlert;
  sheet.validations.push(created);
  return created;
}

/** ConditionalFormatCollection.add(type): the emulator models Excel.ConditionalFormatType.custom and .colorScale. */
export function addConditionalFormat(model: WorkbookModel, sheet: SheetState, area: Area, type: unknown): ConditionalFormatState {
  const kind = checkOneOf(type, ["Custom", "ColorScale"] as const, "conditional format type (the emulator models Custom and ColorScale)");
  const created: ConditionalFormatState = { id: model.newId(), address: formatArea(bounded(area, "conditional formats")), type: kind };
  sheet.conditionalFormats.push(created);
  return created;
}

/** ConditionalFormatRule.formula: a formula, starting with "=", that Excel can parse. */
export function setConditionalFormula(format: ConditionalFormatState, value: unknown): void {
  if (typeof value !== "string" || !value.startsWith("=")) throw invalidArgument(`'${String(value)}' is not a conditional-format formula.`);
  checkFormulaSyntax(value);
  format.formula = value;
}

export function setConditionalColour(format: ConditionalFormatState, which: "fill" | "fontColor", value: unknown): void {
  format[which] = checkColour(value);
}

/** Excel.ConditionalFormatColorCriterionType, less "Invalid" (what Excel reports for a broken rule). */
const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"] as const;

/**
 * ColorScaleConditionalFormat.criteria (ExcelApi 1.6): `minimum` and `maximum` required, `midpoint`
 * optional (Excel.ConditionalColorScaleCriteria), each a documented type with a colour. Setting the
 * criteria of a format that is not a colour scale fails: Microsoft documents `colorScale` only "if
 * the current conditional format is a ColorScale type" (the harsher reading).
 */
export function setColorScaleCriteria(format: ConditionalFormatState, value: unknown): void {
  if (format.type !== "ColorScale") throw invalidArgument("This conditional format is not a color scale.");
  if (typeof value !== "object" || value === null) throw invalidArgument("Color scale criteria must be an object.");
  const v = value as Record<string, unknown>;
  const criterion = (key: string): Excel.ConditionalColorScaleCriterion => {
    const c = v[key];
    if (typeof c !== "object" || c === null) throw invalidArgument(`Color scale criteria need a ${key}.`);
    const { type, color, formula } = c as Record<string, unknown>;
    const kind = checkOneOf(type, CRITERION_TYPES, `color scale ${key} type`);
    if (formula !== undefined && formula !== null && typeof formula !== "string") throw invalidArgument(`Color scale ${key} formula must be text.`);
    return { type: kind, color: checkColour(color), ...(typeof formula === "string" ? { formula } : {}) };
  };
  format.criteria = { minimum: criterion("minimum"), ...(v.midpoint == null ? {} : { midpoint: criterion("midpoint") }), maximum: criterion("maximum") };
}

