// "Repair GR formulas": for cells that show #NAME? because their formulas were entered before the
// add-in loaded. The repair itself (src/excel/repairFormulas.ts) re-enters exactly those formulas.
import { Body1, Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { repairGrFormulas } from "../../excel/repairFormulas";
import { useTileStyles } from "../shell/tile";
import { progressLabel, summarize, type RepairSummary } from "./repairMessages";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  text: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type State = { phase: "idle" } | { phase: "running"; label: string } | { phase: "done"; summary: RepairSummary } | { phase: "failed"; message: string };

export type RepairFormulasProps = {
  /** True while another Excel request of the tab runs. */
  busy: boolean;
  /** The tab's one-request guard (shared with Insert example). */
  run: (work: () => Promise<void>) => Promise<void>;
  className?: string;
};

function failureMessage(e: unknown): string {
  if (e instanceof Error && e.name === "RepairUnsupportedError") return e.message; // written for the user
  const detail = e instanceof Error && e.message ? ` (Excel said: ${e.message})` : "";
  return `The repair stopped${detail}. Cells it re-entered before stopping keep their formulas; run it again to finish.`;
}

export function RepairFormulas(props: RepairFormulasProps) {
  const styles = useStyles();
  const tile = useTileStyles();
  const [state, setState] = useState<State>({ phase: "idle" });
  const start = () =>
    props.run(async () => {
      setState({ phase: "running", label: "Looking for GR formulas that show #NAME?…" });
      try {
        const report = await repairGrFormulas((p) => setState({ phase: "running", label: progressLabel(p) }));
        setState({ phase: "done", summary: summarize(report) });
      } catch (e) {
        setState({ phase: "failed", message: failureMessage(e) });
      }
    });
  return (
    <section className={mergeClasses(tile.tile, props.className)} aria-labelledby="repair-heading">
      <h2 id="repair-heading" className={styles.heading}>
        Repair GR formulas
      </h2>
      <Body1 className={styles.text}>
        A GR formula entered while the add-in was not loaded keeps showing #NAME? (its check cell says &quot;Add-in not loaded&quot;).
        Repair enters those formulas again, on every sheet, and changes nothing else.
      </Body1>
      <div className={styles.actions}>
        <Button size="small" icon={<ArrowSyncRegular />} disabledFocusable={props.busy} onClick={() => void start()}>
          Repair GR formulas
        </Button>
      </div>
      {state.phase === "running" && (
        <Field validationMessage={state.label} validationState="none">
          <ProgressBar aria-label={state.label} />
        </Field>
      )}
      {state.phase === "done" && (
        <MessageBar intent={state.summary.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.summary.title}</MessageBarTitle>
            {state.summary.details.length > 0 && (
              <ul className={styles.list}>
                {state.summary.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Couldn&apos;t repair the formulas.</MessageBarTitle> {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
