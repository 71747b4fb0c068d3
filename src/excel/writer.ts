// What every write helper needs: the new sheet, its final name, and the step log of the request.
import type { CellStyleDefinition, StyleName } from "../templates/types";
import type { WorksheetApi } from "./api";
import type { Capabilities } from "./requirements";
import type { StepLog } from "./steps";

export type SheetWriter = {
  sheet: WorksheetApi;
  /** The name this insertion gave the sheet. */
  name: string;
  log: StepLog;
  capabilities: Capabilities;
  styles: Record<StyleName, CellStyleDefinition>;
};

/** Queues one operation on the writer's sheet, labelled "<what> on '<sheet>'". */
export function queueStep<T>(w: Pick<SheetWriter, "name" | "log">, what: string, location: string, queue: () => T): T {
  return w.log.add({ label: `${what} on '${w.name}'`, location, sheet: w.name }, queue);
}

/** A matrix of `size` filled with one value (Excel wants a 2-D array that matches the range). */
export function filled<T>(size: { rows: number; columns: number }, value: T): T[][] {
  return Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => value));
}
