import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import { DEFAULT_OPTIONS, TEMPLATES } from "../../templates/gallery";
import type { InsertOptions as InsertOptionValues, TemplateId } from "../../templates/types";
import { LoadBoundary } from "../shell/LoadBoundary";
import { useTypography } from "../shell/typography";
import { sensitivitiesAdd, sheetTitlesOf, templatesWithoutHorizon } from "./catalogView";
import { Gallery } from "./Gallery";
import { InsertOptions } from "./InsertOptions";
import type { Status } from "./InsertStatus";
import { LazyInsertStatus, preloadInsertStatus } from "./LazyInsertStatus";
import { loadExcel, preloadExcel, preloadWhenIdle } from "./loadExcel";
import { describeGoToFailure, insertedMessage } from "./messages";
import { loadOptions, saveOptions } from "./rememberedOptions";
import { useInsert, type InsertState } from "./useInsert";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

// Inserting from the user's own workbook is a separate, less frequent flow: it loads after the gallery.
const WorkbookImport = lazy(() => import(/* webpackChunkName: "workbook-import" */ "../import/WorkbookImport").then((m) => ({ default: m.WorkbookImport })));

const titleOf = (id: TemplateId) => TEMPLATES.find((t) => t.id === id)?.title ?? id;

function statusOf(state: InsertState, goTo: (sheet: string) => void): Status | undefined {
  switch (state.phase) {
    case "idle":
      return undefined;
    case "running":
      return { phase: "running", label: `Inserting ${titleOf(state.templateId)}…` };
    case "done":
      return {
        phase: "done",
        message: insertedMessage(state.sheetNames),
        goTo: { sheetName: state.activated, onGoTo: () => goTo(state.activated) },
      };
    case "failed":
      return { phase: "failed", title: `Couldn't insert ${titleOf(state.templateId)}.`, message: state.message };
  }
}

export type TemplatesTabProps = { className?: string };

/** Insert options, the template gallery, and inserting from the user's own workbook. */
export function TemplatesTab(props: TemplatesTabProps) {
  const styles = useStyles();
  const type = useTypography();
  const [options, setOptions] = useState<InsertOptionValues>(() => loadOptions(DEFAULT_OPTIONS(new Date())));
  const { state, insert, dismiss } = useInsert();
  const [importing, setImporting] = useState(false);
  const [goToProblem, setGoToProblem] = useState<string>();
  const busy = state.phase === "running" || importing;

  useEffect(() => preloadWhenIdle(preloadExcel, preloadInsertStatus), []);

  useEffect(() => {
    saveOptions(options); // remembered for the next time the pane opens
  }, [options]);

  const goTo = useCallback((sheet: string) => {
    setGoToProblem(undefined);
    loadExcel()
      .then(({ goToSheet }) => goToSheet(sheet))
      .catch((e: unknown) => setGoToProblem(describeGoToFailure(sheet, e)));
  }, []);

  const onInsert = useCallback(
    (id: TemplateId) => {
      if (busy) return;
      setGoToProblem(undefined);
      void insert(id, options);
    },
    [busy, insert, options],
  );

  const status = useMemo(() => statusOf(state, goTo), [state, goTo]);
  const statusFor = (id: TemplateId) => {
    if (!status || state.phase === "idle" || state.templateId !== id) return undefined;
    const shown: Status = goToProblem ? { phase: "failed", title: "Couldn't go to the sheet.", message: goToProblem } : status;
    return <LazyInsertStatus status={shown} onDismiss={dismiss} />;
  };

  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <section className={styles.section} aria-labelledby="options-heading">
        <h2 id="options-heading" className={type.subtitle2}>
          Insert options
        </h2>
        <InsertOptions value={options} onChange={setOptions} templatesWithoutHorizon={templatesWithoutHorizon()} sensitivitiesAdd={sensitivitiesAdd()} />
      </section>
      <section className={styles.section} aria-labelledby="gallery-heading">
        <h2 id="gallery-heading" className={type.subtitle2}>
          Templates
        </h2>
        <Gallery
          templates={TEMPLATES}
          sheetTitles={sheetTitlesOf}
          runningId={state.phase === "running" ? state.templateId : undefined}
          busy={busy}
          onInsert={onInsert}
          statusFor={statusFor}
        />
      </section>
      <LoadBoundary what="Insert from workbook">
        <Suspense fallback={null}>
          <WorkbookImport busy={busy} onBusyChange={setImporting} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}
