/** @jest-environment jsdom */
// Source of truth: issue 13 ("of 5,363 corrupted variants of a valid workbook, 887 end in a
// TypeError or ZipFormatError that reaches the user only as a generic message"). A file cut short
// at any point, or with bytes changed anywhere, must end either in the same sheet list as the
// intact file (the change hit a field no reader uses, such as a timestamp) or in the one
// WorkbookReadError with a reason; never in another error, never in "unexpected" (a reader bug).
// The damage is generated here from a fixed seed, shown in the test names, so a failure can be
// replayed exactly.
import { readWorkbookSheets, WorkbookReadError, type SourceSheet } from "../../src/taskpane/import/readWorkbook";
import { completeJsdom } from "./support/dom";
import { makeXlsx, seededRandom } from "./support/xlsx";

beforeAll(completeJsdom);

const INTACT = makeXlsx([
  { name: "Plan", features: ["table"] },
  { name: "Charted", features: ["chart", "comments"] },
  { name: "Lookups", state: "hidden" },
  { name: "Chart1", kind: "chartsheet" },
]);
const SEED = 0x5eed13;
const VARIANTS = 1500;
/** A generous ceiling, not a measurement: thousands of reads take seconds, more on a loaded machine. */
const SWEEP_TIMEOUT_MS = 300_000;

type Outcome = { sheets: SourceSheet[] } | { error: unknown };

const outcomeOf = (bytes: Uint8Array): Promise<Outcome> =>
  readWorkbookSheets(bytes).then(
    (sheets) => ({ sheets }),
    (error: unknown) => ({ error }),
  );

/** Why an outcome is wrong, or undefined when it is one of the two allowed endings. */
function problemWith(outcome: Outcome, intact: SourceSheet[]): string | undefined {
  if ("sheets" in outcome) return JSON.stringify(outcome.sheets) === JSON.stringify(intact) ? undefined : "read a different sheet list";
  const { error } = outcome;
  if (!(error instanceof WorkbookReadError)) return `ended in ${error instanceof Error ? error.name : typeof error}: ${String(error)}`;
  if (error.reason === "unexpected") return `ended in "unexpected" (a reader bug): ${String(error.cause)}`;
  return error.message.length > 20 ? undefined : `gave no reason: "${error.message}"`;
}

describe("a workbook cut short", () => {
  it(`is refused as truncated at every one of its ${INTACT.length} shorter lengths (as "not a zip" below the 4-byte signature)`, async () => {
    const wrong: string[] = [];
    for (let length = 0; length < INTACT.length; length++) {
      const outcome = await outcomeOf(INTACT.slice(0, length));
      const expected = length === 0 ? "notZip" : length < 4 ? "notZip" : "truncated";
      const reason = "error" in outcome && outcome.error instanceof WorkbookReadError ? outcome.error.reason : "other";
      if (reason !== expected) wrong.push(`length ${length}: ${reason}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
  }, SWEEP_TIMEOUT_MS);
});

describe("a workbook with bytes changed", () => {
  it("ends in the intact sheet list or a named reason, for every single byte inverted", async () => {
    const intact = await readWorkbookSheets(INTACT);
    const wrong: string[] = [];
    for (let at = 0; at < INTACT.length; at++) {
      const copy = INTACT.slice();
      copy[at] ^= 0xff;
      const problem = problemWith(await outcomeOf(copy), intact);
      if (problem) wrong.push(`byte ${at}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  }, SWEEP_TIMEOUT_MS);

  it(`ends in the intact sheet list or a named reason, for ${VARIANTS} variants with 1 to 8 random bytes changed (seed 0x${SEED.toString(16)})`, async () => {
    const intact = await readWorkbookSheets(INTACT);
    const random = seededRandom(SEED);
    const wrong: string[] = [];
    let refused = 0;
    for (let variant = 0; variant < VARIANTS; variant++) {
      const copy = INTACT.slice();
      const changes = 1 + Math.floor(random() * 8);
      const offsets: number[] = [];
      for (let i = 0; i < changes; i++) {
        const at = Math.floor(random() * copy.length);
        copy[at] = (copy[at] + 1 + Math.floor(random() * 255)) % 256; // always a different value
        offsets.push(at);
      }
      const outcome = await outcomeOf(copy);
      if ("error" in outcome) refused++;
      const problem = problemWith(outcome, intact);
      if (problem) wrong.push(`variant ${variant} (bytes ${offsets.join(", ")}): ${problem}`);
    }
    expect(wrong).toEqual([]);
    // Most of the file is compressed data and checksums, which no change gets past.
    expect(refused).toBeGreaterThan(VARIANTS / 2);
  }, SWEEP_TIMEOUT_MS);
});
