// A native <select> with Fluent's look: the browser's own list (role combobox, type-ahead, the
// platform's picker on touch), a chevron drawn over the hidden native arrow.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDownGlyph } from "../../shell/icons";
import type { ControlProps } from "./OptionField";
import { useBoxStyles } from "./boxStyles";

const useStyles = makeStyles({
  root: { position: "relative", minWidth: 0 },
  select: {
    appearance: "none",
    cursor: "pointer",
    paddingRight: `calc(${tokens.spacingHorizontalMNudge} + 20px)`,
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    overflow: "hidden",
  },
  // Fluent's Select option text colours, also in dark theme (the list is drawn by the browser).
  option: { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1 },
  chevron: {
    position: "absolute",
    right: tokens.spacingHorizontalS,
    top: "50%",
    transform: "translateY(-50%)",
    fontSize: "16px",
    display: "block",
    pointerEvents: "none",
    color: tokens.colorNeutralStrokeAccessible,
  },
});

export type OptionSelectProps<T extends string> = ControlProps & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
};

export function OptionSelect<T extends string>(props: OptionSelectProps<T>) {
  const styles = useStyles();
  const box = useBoxStyles();
  const { value, options, onChange, className, ...control } = props;
  return (
    <span className={mergeClasses(styles.root, className)}>
      <select
        {...control}
        className={mergeClasses(box.box, styles.select)}
        value={value}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} className={styles.option}>
            {o.label}
          </option>
        ))}
      </select>
      <ChevronDownGlyph className={styles.chevron} />
    </span>
  );
}
