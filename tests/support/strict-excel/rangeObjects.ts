// range.dataValidation and range.conditionalFormats.
import type { ConditionalFormatApi, DataValidationApi } from "../../../src/excel/api";
import { formatArea, overlaps, parseArea } from "./address";
import { invalidArgument, propertyNotLoaded } from "./errors";
import { ClientObject, Host } from "./host";
import type { StrictRange } from "./range";
import { checkColour, checkFormulaSyntax, checkOneOf } from "./rules";
import type { ConditionalFormatState, SheetState, ValidationState } from "./state";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"] as const;
const RULE_KINDS = ["decimal", "wholeNumber", "list", "date", "time", "textLength", "custom"] as const;

function checkBasicRule(rule: Excel.BasicDataValidation): void {
  const operator = checkOneOf(rule.operator, OPERATORS, "validation operator");
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (rule.formula1 === undefined || rule.formula1 === "" || (needsTwo && (rule.formula2 === undefined || rule.formula2 === ""))) {
    throw invalidArgument(`The ${operator} rule needs ${needsTwo ? "two limits" : "a limit"}.`);
  }
  if (needsTwo && typeof rule.formula1 === "number" && typeof rule.formula2 === "number" && rule.formula1 > rule.formula2) {
    throw invalidArgument("The Maximum must be greater than or equal to the Minimum.");
  }
}

/** Excel's rules for a validation rule: exactly one kind; limits present; a list source of ≤ 255 characters. */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) throw invalidArgument("A validation rule must have exactly one kind.");
  const kind = checkOneOf(kinds[0], RULE_KINDS, "validation rule kind");
  if (kind === "decimal" || kind === "wholeNumber") checkBasicRule(rule[kind]!);
  else if (kind === "list") {
    const source = rule.list!.source;
    if (typeof source !== "string" || source === "" || source.length > 255) {
      throw invalidArgument("A list validation's source must be 1–255 characters.");
    }
  } else throw invalidArgument(`The fake does not model '${kind}' validation.`);
}

function checkMessage(title: unknown, message: unknown): void {
  if (typeof title === "string" && title.length > 32) throw invalidArgument("A validation title is at most 32 characters.");
  if (typeof message === "string" && message.length > 255) throw invalidArgument("A validation message is at most 255 characters.");
}

export class StrictDataValidation extends ClientObject implements DataValidationApi {
  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "DataValidation");
  }

  /** The validation record of exactly this range; setting a rule replaces any overlapping ones. */
  private record(sheet: SheetState, replace: boolean): ValidationState {
    const area = this.range.boundedArea();
    const address = formatArea(area);
    const existing = sheet.validations.find((v) => v.address === address);
    if (existing && !replace) return existing;
    sheet.validations = sheet.validations.filter((v) => !overlaps(parseArea(v.address), area));
    const created: ValidationState = { address, ignoreBlanks: existing?.ignoreBlanks ?? true };
    if (existing?.prompt) created.prompt = existing.prompt;
    if (existing?.errorAlert) created.errorAlert = existing.errorAlert;
    sheet.validations.push(created);
    return created;
  }

  get rule(): Excel.DataValidationRule { return this.read("rule"); }
  set rule(value: Excel.DataValidationRule) {
    this.queue("rule", [value], (v) => {
      checkRule(v);
      this.record(this.range.resolve(), true).rule = v;
    });
  }

  get prompt(): Excel.DataValidationPrompt { return this.read("prompt"); }
  set prompt(value: Excel.DataValidationPrompt) {
    this.queue("prompt", [value], (v) => {
      checkMessage(v.title, v.message);
      this.record(this.range.resolve(), false).prompt = v;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert { return this.read("errorAlert"); }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.queue("errorAlert", [value], (v) => {
      checkMessage(v.title, v.message);
      checkOneOf(v.style, ["Stop", "Warning", "Information"] as const, "error alert style");
      this.record(this.range.resolve(), false).errorAlert = v;
    });
  }

  get ignoreBlanks(): boolean { return this.read("ignoreBlanks"); }
  set ignoreBlanks(value: boolean) {
    this.queue("ignoreBlanks", [value], (v) => {
      if (typeof v !== "boolean") throw invalidArgument("ignoreBlanks must be true or false.");
      this.record(this.range.resolve(), false).ignoreBlanks = v;
    });
  }
}

export class StrictConditionalFormats extends ClientObject {
  constructor(host: Host, path: string, private readonly range: StrictRange) {
    super(host, path, "ConditionalFormatCollection");
  }

  add(type: "Custom" | "ColorScale"): ConditionalFormatApi {
    let created: ConditionalFormatState | undefined;
    this.queue("add", [type], (t) => {
      const kind = checkOneOf(t, ["Custom", "ColorScale"] as const, "conditional format type (the fake models Custom and ColorScale)");
      created = { id: this.host.newId(), address: formatArea(this.range.boundedArea()), type: kind };
      this.range.resolve().conditionalFormats.push(created);
    });
    const resolve = () => {
      const sheet = this.range.resolve();
      const found = created && sheet.conditionalFormats.find((c) => c.id === created!.id);
      if (!found) throw invalidArgument("The conditional format was never added.");
      return found;
    };
    return new StrictCustomFormat(this.host, `${this.path}.add("${type}")`, resolve);
  }
}

type Setter = (location: string, value: unknown, apply: (v: unknown) => void) => void;

/** ConditionalFormat.custom (rule.formula, format.fill.color, format.font.color) and .colorScale.criteria. */
class StrictCustomFormat extends ClientObject implements ConditionalFormatApi {
  readonly custom: ConditionalFormatApi["custom"];
  readonly colorScale: ConditionalFormatApi["colorScale"];

  constructor(host: Host, path: string, resolve: () => ConditionalFormatState) {
    super(host, path, "ConditionalFormat");
    const set: Setter = (location, value, apply) =>
      this.host.enqueue({ location, target: `${path}.custom`, args: [value], apply: () => apply(value) });
    const formula = (v: unknown) => {
      if (typeof v !== "string" || !v.startsWith("=")) throw invalidArgument(`'${String(v)}' is not a conditional-format formula.`);
      checkFormulaSyntax(v);
      resolve().formula = v;
    };
    this.custom = {
      rule: { set formula(v: string) { set("ConditionalFormatRule.formula", v, formula); }, get formula(): string { throw notLoaded(); } },
      format: {
        fill: { set color(v: string) { set("ConditionalRangeFill.color", v, (c) => (resolve().fill = checkColour(c))); }, get color(): string { throw notLoaded(); } },
        font: { set color(v: string) { set("ConditionalRangeFont.color", v, (c) => (resolve().fontColor = checkColour(c))); }, get color(): string { throw notLoaded(); } },
      },
    };
    const criteria = (v: unknown) => {
      const format = resolve();
      // Excel: the colorScale of a format of another type is a null object; setting it fails.
      if (format.type !== "ColorScale") throw invalidArgument("This conditional format is not a color scale.");
      format.criteria = checkColorScaleCriteria(v);
    };
    this.colorScale = {
      set criteria(v: Excel.ConditionalColorScaleCriteria) { set("ColorScaleConditionalFormat.criteria", v, criteria); },
      get criteria(): Excel.ConditionalColorScaleCriteria { throw notLoaded(); },
    };
  }
}

const notLoaded = () => propertyNotLoaded("ConditionalFormat.custom");

const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"] as const;

/** Excel.ConditionalColorScaleCriteria: minimum and maximum required, midpoint optional; each with a documented type and a colour. */
function checkColorScaleCriteria(value: unknown): Excel.ConditionalColorScaleCriteria {
  if (typeof value !== "object" || value === null) throw invalidArgument("Color scale criteria must be an object.");
  const v = value as Record<string, unknown>;
  const criterion = (key: string, required: boolean): Excel.ConditionalColorScaleCriterion | undefined => {
    const c = v[key];
    if (c === undefined && !required) return undefined;
    if (typeof c !== "object" || c === null) throw invalidArgument(`Color scale criteria need a ${key}.`);
    const { type, color, formula } = c as Record<string, unknown>;
    checkOneOf(type, CRITERION_TYPES, `color scale ${key} type`);
    if (formula !== undefined && typeof formula !== "string") throw invalidArgument(`Color scale ${key} formula must be text.`);
    return { type: type as Excel.ConditionalColorScaleCriterion["type"], color: checkColour(color), ...(formula === undefined ? {} : { formula }) };
  };
  const midpoint = criterion("midpoint", false);
  return { minimum: criterion("minimum", true)!, ...(midpoint ? { midpoint } : {}), maximum: criterion("maximum", true)! };
}

