// Every operation the renderer queues is recorded with what it does in the user's words, so a
// failed sync can say which step failed. Excel reports the failing operation's errorLocation
// ("Range.formulas"); the strict fake also reports its position in the request.

export type Step = {
  /** In the user's words: "add the chart 'Headcount by year' on 'Workforce Realignment (2)'". */
  label: string;
  /** Excel's errorLocation for this operation: "<Type>.<member>". */
  location: string;
  /** The sheet of this insertion the step writes to, if any. */
  sheet?: string;
};

/** What a group of steps does, for when Excel's report fits several steps. */
const KINDS: [RegExp, string][] = [
  [/^WorksheetCollection\./, "add the new sheets"],
  [/^Worksheet\.position$/, "move the new sheets after the active sheet"],
  [/^Worksheet\.activate$/, "activate the new sheet"],
  [/^Range\.formulas$/, "write the cells"],
  [/^Range\.numberFormat$/, "set the number formats"],
  [/^Range(Format|Font|Fill|Border)/, "format the cells"],
  [/^(Worksheet|WorksheetFreezePanes)\./, "set up the sheet view"],
  [/^NamedItemCollection\./, "add the names"],
  [/^DataValidation\./, "add the data validation"],
  [/^(ConditionalFormat|ConditionalRange)/, "add the conditional formatting"],
  [/^(TableCollection|Table)\./, "add the tables"],
  [/^Chart/, "draw the charts"],
];

/** The errorLocation of WorksheetCollection.add, the step that creates a sheet of the insertion. */
export const SHEET_ADD = "WorksheetCollection.add";

type DebugInfo = { errorLocation?: string; batchIndex?: number };

function debugInfoOf(error: unknown): DebugInfo | undefined {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return undefined;
  const info = (error as { debugInfo: unknown }).debugInfo;
  return typeof info === "object" && info !== null ? (info as DebugInfo) : undefined;
}

export class StepLog {
  readonly steps: Step[] = [];

  /** Queues exactly one Excel operation (`queue` must make one call or property write) and records it. */
  add<T>(step: Step, queue: () => T): T {
    this.steps.push(step);
    return queue();
  }

  /**
   * Where the failed operation stands in the request: its position when the error gives it (the
   * strict fake), else the first step at Excel's errorLocation (the earliest it can have been), else
   * undefined (no report: the request failed as a whole).
   */
  failedIndex(error: unknown): number | undefined {
    const info = debugInfoOf(error);
    if (!info) return undefined;
    if (typeof info.batchIndex === "number" && this.steps[info.batchIndex]) return info.batchIndex;
    const first = this.steps.findIndex((s) => s.location === info.errorLocation);
    return first === -1 ? undefined : first;
  }

  /**
   * The sheets whose "add" ran before the failed operation: only those are this insertion's. A sheet
   * whose own add failed (or never ran) may carry the name of someone else's sheet, e.g. one a
   * co-author created after sync 1, so the rollback must not touch it.
   */
  sheetsAddedBefore(error: unknown): string[] {
    const failed = this.failedIndex(error) ?? this.steps.length;
    return this.steps
      .slice(0, failed)
      .filter((s) => s.location === SHEET_ADD && s.sheet !== undefined)
      .map((s) => s.sheet!);
  }

  /**
   * The step that failed: by position when the error gives it (the strict fake), else the only
   * step at Excel's errorLocation, else a description of all steps there (same sheet kept if shared).
   */
  failedStep(error: unknown): Step | undefined {
    const info = debugInfoOf(error);
    if (!info) return undefined;
    if (typeof info.batchIndex === "number" && this.steps[info.batchIndex]) return this.steps[info.batchIndex];
    const candidates = this.steps.filter((s) => s.location === info.errorLocation);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return undefined;
    const kind = KINDS.find(([pattern]) => pattern.test(candidates[0].location))?.[1] ?? "write the template";
    const sheets = [...new Set(candidates.map((c) => c.sheet))];
    const sheet = sheets.length === 1 ? sheets[0] : undefined;
    return { label: sheet ? `${kind} on '${sheet}'` : kind, location: candidates[0].location, ...(sheet ? { sheet } : {}) };
  }
}
