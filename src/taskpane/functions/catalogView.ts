// What the Functions tab shows of each entry of the function catalogue: its first example only.
import { FUNCTION_CATALOG } from "../../functions/catalog";

export type FunctionSummary = {
  /** Catalogue id, e.g. "JWO_NPV"; also the anchor of its reference page. */
  id: string;
  /** "GR.JWO_NPV". */
  name: string;
  syntax: string;
  description: string;
  example: { formula: string; result: string };
};

export const FUNCTION_SUMMARIES: readonly FunctionSummary[] = FUNCTION_CATALOG.map((entry) => ({
  id: entry.id,
  name: `GR.${entry.id}`,
  syntax: entry.syntax,
  description: entry.description,
  example: { formula: entry.examples[0]?.formula ?? "", result: entry.examples[0]?.result ?? "" },
}));

/** The function's section in the add-in's reference page (same folder as the pane). */
export function helpHref(fn: Pick<FunctionSummary, "id">): string {
  return `help.html#${encodeURIComponent(fn.id)}`;
}
