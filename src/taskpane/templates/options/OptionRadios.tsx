// Native radio buttons in a named group (arrow keys move between them, as the browser does for one
// name), coloured with the theme's brand colour.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  choice: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    minHeight: "32px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  radio: {
    width: "16px",
    height: "16px",
    margin: 0,
    cursor: "pointer",
    accentColor: tokens.colorCompoundBrandForeground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
  },
});

export type OptionRadiosProps<T extends string> = {
  /** The id of the element that names the group. */
  "aria-labelledby": string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
};

export function OptionRadios<T extends string>(props: OptionRadiosProps<T>) {
  const styles = useStyles();
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={props["aria-labelledby"]} className={mergeClasses(styles.group, props.className)}>
      {props.options.map((o) => (
        <label key={o.value} className={styles.choice}>
          <input
            type="radio"
            className={styles.radio}
            name={name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
