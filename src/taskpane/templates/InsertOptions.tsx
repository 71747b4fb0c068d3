import {
  Field,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  makeStyles,
  mergeClasses,
  tokens,
  type SpinButtonOnChangeData,
} from "@fluentui/react-components";
import type { InsertOptions as InsertOptionValues, Scale } from "../../templates/types";
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

const SCALES: readonly { value: Scale; label: string }[] = [
  { value: "units", label: "Units" },
  { value: "thousands", label: "Thousands" },
  { value: "millions", label: "Millions" },
];

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    alignItems: "start", // fields with a longer hint must not push their neighbours' inputs down
  },
  wide: { gridColumn: "1 / -1" },
});

/** The whole number a SpinButton change commits to, kept within [min, max]. */
function committedWholeNumber(data: SpinButtonOnChangeData, min: number, max: number, fallback: number): number {
  const raw = data.value ?? (data.displayValue !== undefined ? Number.parseFloat(data.displayValue) : Number.NaN);
  if (!Number.isFinite(raw)) return fallback;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

export type InsertOptionsProps = {
  /** The current choices. */
  value: InsertOptionValues;
  /** Called with the full new set of choices after any change. */
  onChange: (value: InsertOptionValues) => void;
  /** Titles of the templates the horizon does not apply to, for the field's hint. */
  templatesWithoutHorizon: string[];
  className?: string;
};

/** The options every template insert uses: start year, horizon, currency and scale, sample or blank. */
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
      <Field label="Start year" hint="First year column.">
        <SpinButton
          value={value.startYear}
          min={YEAR_MIN}
          max={YEAR_MAX}
          onChange={(_, data) => set("startYear", committedWholeNumber(data, YEAR_MIN, YEAR_MAX, value.startYear))}
        />
      </Field>
      <Field label="Horizon (years)" hint={horizonHint}>
        <SpinButton
          value={value.horizon}
          min={HORIZON_MIN}
          max={HORIZON_MAX}
          onChange={(_, data) => set("horizon", committedWholeNumber(data, HORIZON_MIN, HORIZON_MAX, value.horizon))}
        />
      </Field>
      <Field label="Currency">
        <Select value={value.currency} onChange={(_, data) => set("currency", data.value)}>
          {currencies.map((c) => (
            <option key={c.symbol} value={c.symbol}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Scale" hint="Money is entered and shown in this unit.">
        <Select value={value.scale} onChange={(_, data) => set("scale", data.value as Scale)}>
          {SCALES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Inputs" className={styles.wide}>
        <RadioGroup
          layout="horizontal"
          value={value.inputs}
          onChange={(_, data) => set("inputs", data.value === "blank" ? "blank" : "sample")}
        >
          <Radio value="sample" label="Sample assumptions" />
          <Radio value="blank" label="Blank inputs" />
        </RadioGroup>
      </Field>
    </div>
  );
}
