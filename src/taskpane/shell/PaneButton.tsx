// The gallery's Insert buttons: Fluent's small Button (primary or secondary), written with its
// design tokens on a native <button>. Fluent's Button ships the styles of every size, shape and
// appearance it offers, about 5 KB gzip on the first screen (measured); the lazily loaded parts of
// the pane keep using it.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  base: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    columnGap: tokens.spacingHorizontalXS,
    boxSizing: "border-box",
    minWidth: "64px",
    minHeight: "24px",
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    cursor: "pointer",
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  secondary: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed, color: tokens.colorNeutralForeground1Pressed },
  },
  primary: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    borderTopColor: "transparent",
    borderRightColor: "transparent",
    borderBottomColor: "transparent",
    borderLeftColor: "transparent",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":active": { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  // After the appearances, so it wins over their hover colours.
  disabled: {
    cursor: "not-allowed",
    color: tokens.colorNeutralForegroundDisabled,
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    borderTopColor: tokens.colorNeutralStrokeDisabled,
    borderRightColor: tokens.colorNeutralStrokeDisabled,
    borderBottomColor: tokens.colorNeutralStrokeDisabled,
    borderLeftColor: tokens.colorNeutralStrokeDisabled,
    ":hover": { color: tokens.colorNeutralForegroundDisabled, backgroundColor: tokens.colorNeutralBackgroundDisabled },
    ":active": { color: tokens.colorNeutralForegroundDisabled, backgroundColor: tokens.colorNeutralBackgroundDisabled },
    "@media (forced-colors: active)": { color: "GrayText" },
  },
  icon: { display: "inline-flex", fontSize: "16px" },
});

export type PaneButtonProps = {
  appearance: "primary" | "secondary";
  /** A glyph before the label, hidden from assistive technology. */
  icon?: ReactNode;
  /**
   * Unavailable but still focusable (aria-disabled, as Fluent's disabledFocusable): focus stays
   * where the user left it while Excel works, and a click does nothing.
   */
  disabledFocusable?: boolean;
  "aria-label"?: string;
  onClick: () => void;
  children: ReactNode;
  className?: string;
};

export function PaneButton(props: PaneButtonProps) {
  const styles = useStyles();
  const disabled = props.disabledFocusable === true;
  return (
    <button
      type="button"
      aria-label={props["aria-label"]}
      aria-disabled={disabled || undefined}
      className={mergeClasses(styles.base, styles[props.appearance], disabled && styles.disabled, props.className)}
      onClick={() => {
        if (!disabled) props.onClick();
      }}
    >
      {props.icon && <span className={styles.icon}>{props.icon}</span>}
      {props.children}
    </button>
  );
}
