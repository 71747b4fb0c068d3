import { Body1, Button, Caption1, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { OpenRegular, TableCellEditRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useTileStyles } from "../shell/tile";
import type { FunctionSummary } from "./catalogView";

const useStyles = makeStyles({
  name: { margin: 0, fontFamily: tokens.fontFamilyMonospace },
  description: { color: tokens.colorNeutralForeground2 },
  code: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground3 },
  example: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", rowGap: tokens.spacingVerticalS },
});

export type FunctionReferenceProps = {
  fn: FunctionSummary;
  /** Link to the function's page in the add-in's reference (help.html#ID). */
  helpHref: string;
  /** True while an Excel request runs: Insert example is then unavailable. */
  busy: boolean;
  onInsertExample: () => void;
  /** Result of the last Insert example for this function. */
  status?: ReactNode;
  className?: string;
};

/** One GR function: syntax, what it does, an example with its result, and what you can do with it. */
export function FunctionReference(props: FunctionReferenceProps) {
  const styles = useStyles();
  const tile = useTileStyles();
  const { fn } = props;
  const headingId = `fn-${fn.id}`;
  return (
    <div className={mergeClasses(tile.tile, props.className)}>
      <Text as="h3" weight="semibold" id={headingId} className={styles.name}>
        {fn.name}
      </Text>
      <Body1 className={styles.description}>{fn.description}</Body1>
      <div className={styles.example}>
        <Caption1 className={styles.label}>Syntax</Caption1>
        <code className={styles.code}>{fn.syntax}</code>
      </div>
      <div className={styles.example}>
        <Caption1 className={styles.label}>Example (result {fn.example.result})</Caption1>
        <code className={styles.code}>{fn.example.formula}</code>
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          icon={<TableCellEditRegular />}
          disabledFocusable={props.busy}
          aria-label={`Insert example of ${fn.name}`}
          onClick={props.onInsertExample}
        >
          Insert example
        </Button>
        <Link href={props.helpHref} target="_blank" rel="noopener" aria-label={`Full reference for ${fn.name} (opens in a new window)`}>
          Full reference <OpenRegular aria-hidden="true" />
        </Link>
      </div>
      {props.status}
    </div>
  );
}
