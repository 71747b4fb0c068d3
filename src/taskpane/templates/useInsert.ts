// One template insertion at a time (useOneRequest). The state drives the card's progress and result message.
import { useCallback, useState } from "react";
import { useOneRequest } from "../shell/useOneRequest";
import type { InsertOptions, TemplateId } from "../../templates/types";
import { loadExcel } from "./loadExcel";
import { describeInsertFailure } from "./messages";

export type InsertState =
  | { phase: "idle" }
  | { phase: "running"; templateId: TemplateId }
  | { phase: "done"; templateId: TemplateId; sheetNames: string[]; activated: string }
  | { phase: "failed"; templateId: TemplateId; message: string };

export type UseInsert = {
  state: InsertState;
  /** Starts an insert unless one is running; resolves when it has finished either way. */
  insert: (templateId: TemplateId, options: InsertOptions) => Promise<void>;
  /** Clears the last result message. */
  dismiss: () => void;
};

export function useInsert(): UseInsert {
  const [state, setState] = useState<InsertState>({ phase: "idle" });
  const { run } = useOneRequest();

  const insert = useCallback(
    (templateId: TemplateId, options: InsertOptions) =>
      run(async () => {
        setState({ phase: "running", templateId });
        try {
          const { insertTemplate } = await loadExcel();
          const result = await insertTemplate(templateId, options);
          setState({ phase: "done", templateId, sheetNames: result.sheetNames, activated: result.activated });
        } catch (e) {
          setState({ phase: "failed", templateId, message: describeInsertFailure(e) });
        }
      }),
    [run],
  );

  const dismiss = useCallback(() => setState({ phase: "idle" }), []);
  return { state, insert, dismiss };
}
