import { Body1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useOneRequest } from "../shell/useOneRequest";
import { InsertStatus, type Status } from "../templates/InsertStatus";
import { readActiveCell, writeFormula, type TargetCell } from "../../excel/activeCell";
import { FUNCTION_SUMMARIES, helpHref, type FunctionSummary } from "./catalogView";
import { FunctionReference } from "./FunctionReference";
import { RepairFormulas } from "./RepairFormulas";
import { ReplaceCellDialog } from "./ReplaceCellDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

type Pending = { fn: FunctionSummary; target: TargetCell };

const cellName = (t: Pick<TargetCell, "sheet" | "address">) => `${t.sheet}!${t.address}`;

function failureMessage(e: unknown): string {
  // Matched by name: the error's own message is written for the user (see excel/activeCell).
  if (e instanceof Error && e.name === "ActiveCellUnsupportedError") return e.message;
  const detail = e instanceof Error && e.message ? ` (Excel said: ${e.message})` : "";
  return `Select a single cell in a worksheet and try again${detail}.`;
}

export type FunctionsTabProps = { className?: string };

/** The GR functions, each with an example that can be written into the selected cell. */
export function FunctionsTab(props: FunctionsTabProps) {
  const styles = useStyles();
  const { busy, run } = useOneRequest();
  const [pending, setPending] = useState<Pending>();
  const [result, setResult] = useState<{ id: string; status: Status }>();

  const guarded = (id: string, work: () => Promise<void>) =>
    run(async () => {
      setResult(undefined);
      try {
        await work();
      } catch (e) {
        setResult({ id, status: { phase: "failed", title: "Couldn't insert the example.", message: failureMessage(e) } });
      }
    });

  /** Writes the example; when the cell was filled meanwhile, asks instead (never overwrites unasked). */
  const write = async (fn: FunctionSummary, target: TargetCell, mode: "ifEmpty" | "replace") => {
    const outcome = await writeFormula(target, fn.example.formula, mode);
    if (outcome === "notEmpty") setPending({ fn, target: { ...target, empty: false } });
    else setResult({ id: fn.id, status: { phase: "done", message: `Wrote ${fn.example.formula} into ${cellName(target)}.` } });
  };

  const insertExample = (fn: FunctionSummary) =>
    guarded(fn.id, async () => {
      const target = await readActiveCell();
      if (target.empty) await write(fn, target, "ifEmpty");
      else setPending({ fn, target });
    });

  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <RepairFormulas busy={busy} run={run} />
      <h2 className={styles.heading}>GR functions</h2>
      <Body1 className={styles.intro}>
        Type =GR. in a cell to use these functions. Insert example writes the example into the selected cell, and asks first if
        the cell isn&apos;t empty.
      </Body1>
      <ul className={styles.list} aria-label="GR functions">
        {FUNCTION_SUMMARIES.map((fn) => (
          <li key={fn.id}>
            <FunctionReference
              fn={fn}
              helpHref={helpHref(fn)}
              busy={busy}
              onInsertExample={() => void insertExample(fn)}
              status={result?.id === fn.id ? <InsertStatus status={result.status} onDismiss={() => setResult(undefined)} /> : undefined}
            />
          </li>
        ))}
      </ul>
      <ReplaceCellDialog
        cell={pending ? cellName(pending.target) : undefined}
        formula={pending?.fn.example.formula ?? ""}
        onCancel={() => setPending(undefined)}
        onReplace={() => {
          if (!pending) return;
          const { fn, target } = pending;
          setPending(undefined);
          void guarded(fn.id, () => write(fn, target, "replace"));
        }}
      />
    </div>
  );
}
