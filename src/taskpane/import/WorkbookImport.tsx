import { Body1, Button, Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useRef, useState, type ChangeEvent } from "react";
import { ImportError, canInsertFromWorkbook, fileSizeProblem, insertSheetsFromWorkbook, isExcelOnTheWeb } from "../../excel/importWorkbook";
import { useOneRequest } from "../shell/useOneRequest";
import { InsertStatus, type Status } from "../templates/InsertStatus";
import { importedMessage } from "./importMessages";
import type { SourceSheet } from "./readWorkbook";

// This component arrives in its own chunk after the gallery; the sheet list comes with it. The
// reader (zip, inflater, XML) loads only when a file is chosen, in a chunk of its own.
const SheetPicker = lazy(() => import(/* webpackChunkName: "workbook-import" */ "./SheetPicker").then((m) => ({ default: m.SheetPicker })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  pick: { alignSelf: "flex-start" },
});

type Step =
  | { step: "start" }
  | { step: "reading"; fileName: string }
  | { step: "choosing"; fileName: string; bytes: Uint8Array; sheets: SourceSheet[] }
  | { step: "inserting"; fileName: string }
  | { step: "finished"; status: Status };

export type WorkbookImportProps = {
  /** True while another Excel request (a template insert) runs. */
  busy: boolean;
  /** Tells the parent when this flow starts or ends an Excel request. */
  onBusyChange: (busy: boolean) => void;
  className?: string;
};

const READ_PROBLEMS = {
  file: "The file could not be opened. Check that it still exists, then choose it again.",
  reader: "The pane couldn't load its workbook reader. Check your connection, then choose the file again.",
};

/**
 * Loads the chosen file and the reader, and lists the sheets. A failure comes back as the reason
 * to show: the reader's own WorkbookReadError message (compared by name: the error class lives in
 * another chunk), or what kept the file or the reader from loading.
 */
async function readChosenFile(file: File): Promise<{ bytes: Uint8Array; sheets: SourceSheet[] } | { problem: string }> {
  let reader: typeof import("./readWorkbook");
  let bytes: Uint8Array;
  try {
    reader = await import(/* webpackChunkName: "workbook-read" */ "./readWorkbook");
  } catch {
    return { problem: READ_PROBLEMS.reader };
  }
  const tooLarge = reader.fileSizeRefusal(file.size); // before the file is loaded into memory
  if (tooLarge) return { problem: tooLarge.message };
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: READ_PROBLEMS.file };
  }
  try {
    return { bytes, sheets: await reader.readWorkbookSheets(bytes) };
  } catch (e) {
    return { problem: e instanceof Error && e.name === "WorkbookReadError" ? e.message : READ_PROBLEMS.file };
  }
}

/** "Insert from workbook…": pick an .xlsx, choose its sheets, insert them after the active sheet. */
export function WorkbookImport(props: WorkbookImportProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [flow, setFlow] = useState<Step>({ step: "start" });
  const supported = canInsertFromWorkbook();
  const onTheWeb = isExcelOnTheWeb();
  const request = useOneRequest(props.onBusyChange);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // lets the same file be chosen again
    if (!file) return;
    const tooLarge = fileSizeProblem(file.size, onTheWeb);
    if (tooLarge) {
      setFlow({ step: "finished", status: { phase: "failed", title: `Can't insert from ${file.name}.`, message: tooLarge.message } });
      return;
    }
    setFlow({ step: "reading", fileName: file.name });
    const read = await readChosenFile(file);
    if ("problem" in read) {
      setFlow({ step: "finished", status: { phase: "failed", title: `Couldn't read ${file.name}.`, message: read.problem } });
    } else {
      setFlow({ step: "choosing", fileName: file.name, ...read });
    }
  };

  const onInsert = async (fileName: string, bytes: Uint8Array, sheetNames: string[]) => {
    if (props.busy) return; // a template insert is running
    await request.run(async () => {
      setFlow({ step: "inserting", fileName });
      try {
        const inserted = await insertSheetsFromWorkbook(bytes, sheetNames);
        setFlow({ step: "finished", status: { phase: "done", message: importedMessage(inserted) } });
      } catch (e) {
        const message = e instanceof ImportError ? e.message : `Excel couldn't insert the sheets. Try again.`;
        setFlow({ step: "finished", status: { phase: "failed", title: `Couldn't insert from ${fileName}.`, message } });
      }
    });
  };

  const reset = () => setFlow({ step: "start" });
  const picking = flow.step === "start" || flow.step === "finished";

  return (
    <section className={mergeClasses(styles.root, props.className)} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading" className={styles.heading}>
        Your own template
      </Subtitle2>
      {!supported ? (
        <Body1 className={styles.intro}>
          This version of Excel can&apos;t insert sheets from another workbook (it needs Excel 2021, Microsoft 365 or Excel on the
          web). Open your file and use Move or Copy… instead.
        </Body1>
      ) : (
        <>
          <Body1 className={styles.intro}>Insert sheets from an Excel workbook, such as your company&apos;s own model template.</Body1>
          <input ref={input} type="file" accept=".xlsx,.xlsm" hidden onChange={(e) => void onFile(e)} />
          {picking && (
            <Button className={styles.pick} icon={<DocumentArrowUpRegular />} disabledFocusable={props.busy} onClick={() => input.current?.click()}>
              Insert from workbook…
            </Button>
          )}
          {flow.step === "reading" && <Spinner size="tiny" labelPosition="after" label={`Reading ${flow.fileName}…`} />}
          {flow.step === "choosing" && (
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <SheetPicker
              fileName={flow.fileName}
              sheets={flow.sheets}
              onTheWeb={onTheWeb}
              busy={props.busy}
              onInsert={(names) => void onInsert(flow.fileName, flow.bytes, names)}
              onCancel={reset}
            />
            </Suspense>
          )}
          {flow.step === "inserting" && <InsertStatus status={{ phase: "running", label: `Inserting sheets from ${flow.fileName}…` }} onDismiss={reset} />}
          {flow.step === "finished" && <InsertStatus status={flow.status} onDismiss={reset} />}
        </>
      )}
    </section>
  );
}
