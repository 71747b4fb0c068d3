import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { minWidth: 0 },
});

/** What happened to the last request, as the status line shows it. */
export type Status =
  | { phase: "running"; label: string }
  | { phase: "done"; message: string; goTo?: { sheetName: string; onGoTo: () => void } }
  | { phase: "failed"; title: string; message: string };

export type InsertStatusProps = {
  status: Status;
  /** Hides the message (not offered while running). */
  onDismiss: () => void;
  className?: string;
};

/** Progress while Excel works, then the result: what was inserted (with Go to sheet) or what failed. */
export function InsertStatus(props: InsertStatusProps) {
  const styles = useStyles();
  const { status } = props;
  const className = mergeClasses(styles.root, props.className);
  if (status.phase === "running") {
    return (
      <Field className={className} validationMessage={status.label} validationState="none">
        <ProgressBar aria-label={status.label} />
      </Field>
    );
  }
  const dismiss = (
    <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label="Dismiss message" onClick={props.onDismiss} />
  );
  if (status.phase === "done") {
    return (
      <MessageBar className={className} intent="success" layout="multiline">
        <MessageBarBody>{status.message}</MessageBarBody>
        <MessageBarActions containerAction={dismiss}>
          {status.goTo && (
            <Button size="small" aria-label={`Go to sheet ${status.goTo.sheetName}`} onClick={status.goTo.onGoTo}>
              Go to sheet
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar className={className} intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{status.title}</MessageBarTitle> {status.message}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss} />
    </MessageBar>
  );
}
