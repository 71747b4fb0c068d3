// Range.dataValidation and Range.conditionalFormats (custom-formula rules).
import { checkBoolean, checkOneOf } from "../model/rules";
import type { ConditionalFormatState } from "../model/state";
import { addConditionalFormat, checkMessage, checkRule, setColorScaleCriteria, setConditionalColour, setConditionalFormula, validationOf } from "../model/validation";
import { itemNotFound } from "../errors";
import { type Accessor, XlObject } from "./base";
import type { RangeObject } from "./range";

/** JSON-safe copy of a value the client sent, so the model never shares objects with a request. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** DataValidation: rule, prompt, errorAlert, ignoreBlanks (ExcelApi 1.8). */
export class DataValidationObject extends XlObject {
  readonly className = "DataValidation";

  constructor(readonly range: RangeObject) {
    super(range.session);
    const record = (replace: boolean) => validationOf(range.sheet, range.area, replace);
    this.props.Rule = { get: () => copy(record(false).rule ?? {}), set: (v) => (record(true).rule = copy(checkRule(v))) };
    this.props.Prompt = {
      get: () => copy(record(false).prompt ?? {}),
      set: (v) => {
        checkMessage(v);
        record(false).prompt = copy(v as Excel.DataValidationPrompt);
      },
    };
    this.props.ErrorAlert = {
      get: () => copy(record(false).errorAlert ?? {}),
      set: (v) => {
        checkMessage(v);
        checkOneOf((v as { style?: unknown }).style, ["Stop", "Warning", "Information"] as const, "error alert style");
        record(false).errorAlert = copy(v as Excel.DataValidationErrorAlert);
      },
    };
    this.props.IgnoreBlanks = { get: () => record(false).ignoreBlanks, set: (v) => (record(false).ignoreBlanks = checkBoolean(v, "ignoreBlanks")) };
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }
}

export class ConditionalFormatCollectionObject extends XlObject {
  readonly className = "ConditionalFormatCollection";

  constructor(readonly range: RangeObject) {
    super(range.session);
    this.methods.Add = ([type]) => new ConditionalFormatObject(range, addConditionalFormat(this.model, range.sheet, range.area, type));
  }

  override checkAlive(): void {
    this.range.checkAlive();
  }
}

/** ConditionalFormat (ExcelApi 1.6); `custom` is its custom-formula rule and format. */
export class ConditionalFormatObject extends XlObject {
  readonly className = "ConditionalFormat";

  constructor(readonly range: RangeObject, readonly format: ConditionalFormatState) {
    super(range.session);
    this.props.Type = { get: () => format.type };
    this.props.Id = { get: () => String(format.id) };
    this.nav.Custom = () => new CustomConditionalFormatObject(this);
    this.nav.ColorScale = () =>
      new Leaf(this, "ColorScaleConditionalFormat", { Criteria: { get: () => format.criteria ?? null, set: (v) => setColorScaleCriteria(format, v) } });
  }

  override wireId(): string {
    return String(this.format.id);
  }

  override checkAlive(): void {
    this.range.checkAlive();
    if (!this.range.sheet.conditionalFormats.includes(this.format)) throw itemNotFound("The conditional format no longer exists.");
  }
}

export class CustomConditionalFormatObject extends XlObject {
  readonly className = "CustomConditionalFormat";

  constructor(readonly parent: ConditionalFormatObject) {
    super(parent.session);
    const state = parent.format;
    this.nav.Rule = () => new Leaf(parent, "ConditionalFormatRule", { Formula: { get: () => state.formula ?? "", set: (v) => setConditionalFormula(state, v) } });
    this.nav.Format = () => new ConditionalRangeFormatObject(parent);
  }

  override checkAlive(): void {
    this.parent.checkAlive();
  }
}

export class ConditionalRangeFormatObject extends XlObject {
  readonly className = "ConditionalRangeFormat";

  constructor(readonly parent: ConditionalFormatObject) {
    super(parent.session);
    const state = parent.format;
    this.nav.Fill = () => new Leaf(parent, "ConditionalRangeFill", { Color: { get: () => state.fill ?? null, set: (v) => setConditionalColour(state, "fill", v) } });
    this.nav.Font = () => new Leaf(parent, "ConditionalRangeFont", { Color: { get: () => state.fontColor ?? null, set: (v) => setConditionalColour(state, "fontColor", v) } });
  }

  override checkAlive(): void {
    this.parent.checkAlive();
  }
}

/** An object with a few scalar properties and nothing else (rule, fill, font of a conditional format). */
class Leaf extends XlObject {
  constructor(readonly parent: XlObject, readonly className: string, props: Record<string, Accessor>) {
    super(parent.session);
    Object.assign(this.props, props);
  }

  override checkAlive(): void {
    this.parent.checkAlive();
  }
}
