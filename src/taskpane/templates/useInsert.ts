// One template insertion at a time. The state drives the card's progress and result message; the
// ref guard (not the state) is what stops a second click from starting a second insert, because two
// clicks can arrive before React re-renders the disabled button.
import { useCallback, useRef, useState } from "react";
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
  const running = useRef(false);

  const insert = useCallback(async (templateId: TemplateId, options: InsertOptions) => {
    if (running.current) return;
    running.current = true;
    setState({ phase: "running", templateId });
    try {
      const { insertTemplate } = await loadExcel();
      const result = await insertTemplate(templateId, options);
      setState({ phase: "done", templateId, sheetNames: result.sheetNames, activated: result.activated });
    } catch (e) {
      setState({ phase: "failed", templateId, message: describeInsertFailure(e) });
    } finally {
      running.current = false;
    }
  }, []);

  const dismiss = useCallback(() => setState({ phase: "idle" }), []);
  return { state, insert, dismiss };
}
