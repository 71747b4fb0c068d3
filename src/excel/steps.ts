// Every operation the renderer queues is recorded with what it does in the user's words, so a
// failed sync can say what failed. One log per sync, so a failure is described from the steps of
// that sync only. Excel's report gives the failing operation's errorLocation ("Range.formulas")
// only "if available" (OfficeExtension.DebugInfo) and never its position in the request; it is used
// to describe the failure and for nothing else (the rollback never depends on it).

export type Step = {
  /** In the user's words: "add the chart 'Headcount by year' on 'Workforce Realignment (2)'". */
  label: string;
  /** Excel's errorLocation for this operation: "<Type>.<member>". */
  location: string;
  /** The sheet of this insertion the step works on (its final name), if any. */
  sheet?: string;
};

/** What failed, as far as Excel's report tells. */
export type FailedStep = { label: string; location?: string; sheet?: string };

/** What a group of steps does, for when Excel's report fits several steps. */
const KINDS: [RegExp, string][] = [
  [/^WorksheetCollection\.|^Worksheet\.load$/, "add the new sheets"],
  [/^Worksheet\.name$/, "name the new sheets"],
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

/** OfficeExtension.Error's documented debugInfo.errorLocation, when the error has one. */
function errorLocationOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return undefined;
  const info = (error as { debugInfo: unknown }).debugInfo;
  if (typeof info !== "object" || info === null || !("errorLocation" in info)) return undefined;
  const location = (info as { errorLocation: unknown }).errorLocation;
  return typeof location === "string" && location !== "" ? location : undefined;
}

export class StepLog {
  readonly steps: Step[] = [];

  /** `whole`: what the sync does as a whole ("add the new sheets"), said when nothing narrower is known. */
  constructor(private readonly whole: string) {}

  /** Queues exactly one Excel operation (`queue` must make one call or property write) and records it. */
  add<T>(step: Step, queue: () => T): T {
    this.steps.push(step);
    return queue();
  }

  /**
   * The only step at Excel's errorLocation; else the kind of all the steps there (with their sheet
   * when they share one); else, with no errorLocation or none that matches, what the sync does.
   */
  failedStep(error: unknown): FailedStep {
    const location = errorLocationOf(error);
    const candidates = location === undefined ? [] : this.steps.filter((s) => s.location === location);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return location === undefined ? { label: this.whole } : { label: this.whole, location };
    const kind = KINDS.find(([pattern]) => pattern.test(candidates[0].location))?.[1] ?? this.whole;
    const sheets = [...new Set(candidates.map((c) => c.sheet))];
    const sheet = sheets.length === 1 ? sheets[0] : undefined;
    return { label: sheet ? `${kind} on '${sheet}'` : kind, location: candidates[0].location, ...(sheet ? { sheet } : {}) };
  }
}
