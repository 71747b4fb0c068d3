import { Button, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { SourceSheet, WebBlocker } from "./readWorkbook";

const useStyles = makeStyles({
  root: { margin: 0, padding: 0, border: "none", minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  sheet: { display: "flex", flexDirection: "column" },
  reason: { paddingLeft: "32px", color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

const BLOCKER_WORDS: Record<WebBlocker, string> = {
  charts: "charts",
  pivotTables: "PivotTables",
  comments: "comments",
  slicers: "slicers",
};

function listInWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** Why a sheet cannot be inserted here, or undefined when it can. */
export function unavailableReason(sheet: SourceSheet, onTheWeb: boolean): string | undefined {
  if (sheet.kind === "chartsheet") return "Chart sheet: only worksheets can be inserted.";
  if (sheet.kind !== "worksheet") return "Macro or dialog sheet: only worksheets can be inserted.";
  if (onTheWeb && sheet.webBlockers.length > 0) {
    return `Has ${listInWords(sheet.webBlockers.map((b) => BLOCKER_WORDS[b]))}, which Excel on the web can't insert.`;
  }
  return undefined;
}

export type SheetPickerProps = {
  fileName: string;
  sheets: SourceSheet[];
  /** In Excel on the web, sheets with charts, PivotTables, comments or slicers are unavailable. */
  onTheWeb: boolean;
  /** True while an Excel request runs: the Insert button is then unavailable. */
  busy: boolean;
  /** Called with the chosen sheet names, in workbook order. */
  onInsert: (sheetNames: string[]) => void;
  onCancel: () => void;
  className?: string;
};

/** The sheets of the chosen file as checkboxes (visible, insertable ones preselected) and Insert. */
export function SheetPicker(props: SheetPickerProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(props.sheets.filter((s) => s.visibility === "visible" && !unavailableReason(s, props.onTheWeb)).map((s) => s.name)),
  );
  const toggle = (name: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  const names = props.sheets.filter((s) => chosen.has(s.name)).map((s) => s.name);
  const insertLabel = names.length === 1 ? "Insert 1 sheet" : `Insert ${names.length} sheets`;

  return (
    <fieldset className={mergeClasses(styles.root, props.className)}>
      <legend className={styles.legend}>Sheets in {props.fileName}</legend>
      {props.sheets.map((sheet, i) => {
        const reason = unavailableReason(sheet, props.onTheWeb);
        const reasonId = `${idPrefix}-reason-${i}`;
        const label = sheet.visibility === "visible" ? sheet.name : `${sheet.name} (hidden)`;
        return (
          <div key={sheet.name} className={styles.sheet}>
            <Checkbox
              label={label}
              checked={chosen.has(sheet.name)}
              disabled={reason !== undefined}
              aria-describedby={reason ? reasonId : undefined}
              onChange={(_, data) => toggle(sheet.name, data.checked === true)}
            />
            {reason && (
              <Caption1 id={reasonId} className={styles.reason}>
                {reason}
              </Caption1>
            )}
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabledFocusable={props.busy || names.length === 0} onClick={() => props.onInsert(names)}>
          {insertLabel}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
