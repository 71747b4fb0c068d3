// A labelled option with an optional hint, as Fluent's Field lays it out (label above, hint below),
// for native controls: the label names the control through `for`, the hint describes it through
// aria-describedby. A group of radios gets the label as its group name instead.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** What the control must carry to be named and described by the field. */
export type ControlProps = { id: string; "aria-labelledby": string; "aria-describedby"?: string };

export type OptionFieldProps = {
  label: string;
  hint?: string;
  /** "group" when the control is a group (radios): the label then names it only through aria-labelledby. */
  kind?: "control" | "group";
  /** Renders the control with the ids that tie it to the label and hint. */
  children: (control: ControlProps) => ReactNode;
  className?: string;
};

export function OptionField(props: OptionFieldProps) {
  const styles = useStyles();
  const id = useId();
  const control: ControlProps = { id: `${id}control`, "aria-labelledby": `${id}label` };
  if (props.hint) control["aria-describedby"] = `${id}hint`;
  return (
    <div className={mergeClasses(styles.root, props.className)}>
      {props.kind === "group" ? (
        <span id={`${id}label`} className={styles.label}>
          {props.label}
        </span>
      ) : (
        <label id={`${id}label`} htmlFor={control.id} className={styles.label}>
          {props.label}
        </label>
      )}
      {props.children(control)}
      {props.hint && (
        <span id={`${id}hint`} className={styles.hint}>
          {props.hint}
        </span>
      )}
    </div>
  );
}
