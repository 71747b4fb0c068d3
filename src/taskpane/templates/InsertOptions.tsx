import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { InsertOptions as InsertOptionValues, Scale } from "../../templates/types";
import { OptionCheckbox } from "./options/OptionCheckbox";
import { OptionField } from "./options/OptionField";
import { OptionRadios } from "./options/OptionRadios";
import { OptionSelect } from "./options/OptionSelect";
import { WholeNumberInput } from "./options/WholeNumberInput";
import { HORIZON_MAX, HORIZON_MIN, YEAR_MAX, YEAR_MIN } from "./rememberedOptions";

/** Symbols offered in the currency list; a remembered symbol outside it is added to the list. */
export const CURRENCIES: readonly { symbol: string; label: string }[] = [
  { symbol: "$", label: "$ (dollar)" },
  { symbol: "€", label: "€ (euro)" },
  { symbol: "£", label: "£ (pound)" },
  { symbol: "¥", label: "¥ (yen, yuan)" },
  { symbol: "₹", label: "₹ (rupee)" },
  { symbol: "CHF", label: "CHF (Swiss franc)" },
];

const INPUTS: readonly { value: InsertOptionValues["inputs"]; label: string }[] = [
  { value: "sample", label: "Sample assumptions" },
  { value: "blank", label: "Blank inputs" },
];

const SCALES: readonly { value: Scale; label: string }[] = [
  { value: "units", label: "Units" },
  { value: "thousands", label: "Thousands" },
  { value: "millions", label: "Millions" },
];

const useStyles = makeStyles({
  root: {
    display: "grid",
    // Two columns from about 300 px of room, one below; min() lets a column shrink below 8.5rem
    // rather than overflow the pane.
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    alignItems: "start", // fields with a longer hint must not push their neighbours' inputs down
  },
  wide: { gridColumn: "1 / -1" },
});

export type InsertOptionsProps = {
  /** The current choices. */
  value: InsertOptionValues;
  /** Called with the full new set of choices after any change. */
  onChange: (value: InsertOptionValues) => void;
  /** Titles of the templates the horizon does not apply to, for the field's hint. */
  templatesWithoutHorizon: string[];
  /** What the Sensitivities option adds, in the catalog's words, for its hint. */
  sensitivitiesAdd: string;
  className?: string;
};

/** The options every template insert uses: start year, horizon, currency and scale, sample or blank, sensitivities. */
export function InsertOptions(props: InsertOptionsProps) {
  const styles = useStyles();
  const { value, onChange } = props;
  const set = <K extends keyof InsertOptionValues>(key: K, v: InsertOptionValues[K]) => onChange({ ...value, [key]: v });
  const currencies = CURRENCIES.some((c) => c.symbol === value.currency)
    ? CURRENCIES
    : [...CURRENCIES, { symbol: value.currency, label: value.currency }];
  const horizonHint = props.templatesWithoutHorizon.length ? `Not used by ${props.templatesWithoutHorizon.join(" or ")}.` : undefined;

  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <OptionField label="Start year" hint="First year column.">
        {(control) => <WholeNumberInput {...control} value={value.startYear} min={YEAR_MIN} max={YEAR_MAX} onChange={(v) => set("startYear", v)} />}
      </OptionField>
      <OptionField label="Horizon (years)" hint={horizonHint}>
        {(control) => <WholeNumberInput {...control} value={value.horizon} min={HORIZON_MIN} max={HORIZON_MAX} onChange={(v) => set("horizon", v)} />}
      </OptionField>
      <OptionField label="Currency">
        {(control) => (
          <OptionSelect {...control} value={value.currency} options={currencies.map((c) => ({ value: c.symbol, label: c.label }))} onChange={(v) => set("currency", v)} />
        )}
      </OptionField>
      <OptionField label="Scale" hint="Money is entered and shown in this unit.">
        {(control) => <OptionSelect {...control} value={value.scale} options={SCALES} onChange={(v) => set("scale", v)} />}
      </OptionField>
      <OptionField label="Inputs" kind="group" className={styles.wide}>
        {(control) => <OptionRadios aria-labelledby={control["aria-labelledby"]} value={value.inputs} options={INPUTS} onChange={(v) => set("inputs", v)} />}
      </OptionField>
      <OptionCheckbox
        className={styles.wide}
        label="Sensitivities"
        hint={`Adds ${props.sensitivitiesAdd}.`}
        checked={value.sensitivities !== false}
        onChange={(on) => set("sensitivities", on)}
      />
    </div>
  );
}
