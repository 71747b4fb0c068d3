// A native checkbox with its label and a hint, coloured with the theme's brand colour (Fluent's
// Checkbox and Field would add to the first screen; see boxStyles.ts).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
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
  box: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    margin: 0,
    cursor: "pointer",
    accentColor: tokens.colorCompoundBrandForeground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
  },
  hint: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
});

export type OptionCheckboxProps = {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
};

export function OptionCheckbox(props: OptionCheckboxProps) {
  const styles = useStyles();
  const hintId = `${useId()}hint`;
  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <label className={styles.choice}>
        <input
          type="checkbox"
          className={styles.box}
          checked={props.checked}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
    </div>
  );
}
