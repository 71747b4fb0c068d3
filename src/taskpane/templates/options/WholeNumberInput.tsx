// A whole-number box (start year, horizon): a native <input type="number"> in place of Fluent's
// SpinButton. The browser gives the same role ("spinbutton"), arrow keys and min/max; the commit
// rule below gives SpinButton's behaviour.
import { mergeClasses } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import type { ControlProps } from "./OptionField";
import { useBoxStyles } from "./boxStyles";

/** The whole number that `text` commits to, kept within [min, max]; undefined when it is not a number. */
export function wholeNumberWithin(text: string, min: number, max: number): number | undefined {
  const raw = Number.parseFloat(text);
  if (!Number.isFinite(raw)) return undefined;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

export type WholeNumberInputProps = ControlProps & {
  value: number;
  min: number;
  max: number;
  /** Called with a whole number within [min, max]. */
  onChange: (value: number) => void;
  className?: string;
};

/**
 * What the user types is kept as typed until it is a whole number within range (then it commits at
 * once, as the arrow keys do) or until Enter or leaving the box, which commits the nearest allowed
 * number (75 in a 1…30 box becomes 30) or restores the last value when the text is no number.
 */
export function WholeNumberInput(props: WholeNumberInputProps) {
  const box = useBoxStyles();
  const { value, min, max, onChange, className, ...control } = props;
  const [draft, setDraft] = useState<string>();
  const commit = () => {
    if (draft === undefined) return;
    const committed = wholeNumberWithin(draft, min, max);
    if (committed !== undefined && committed !== value) onChange(committed);
    setDraft(undefined);
  };
  const onType = (text: string) => {
    setDraft(text);
    const n = Number(text);
    if (text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max && n !== value) onChange(n);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
  };
  return (
    <input
      {...control}
      type="number"
      inputMode="numeric"
      step={1}
      min={min}
      max={max}
      className={mergeClasses(box.box, className)}
      value={draft ?? String(value)}
      onChange={(e) => onType(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
