// Every argument of every GR function given every kind of bad value. Source of truth: the functions
// spec's "Conventions" (error codes, messages naming argument, position and valid range; blanks are 0;
// omitted optionals take their default; never NaN, Infinity, undefined or a plain thrown Error).
import fc from "fast-check";
import { TOO_LARGE } from "../../src/model";
import { propertyRuns, seededProperties } from "../model/propertySeed";
import { callAsExcel, errorText, resultProblems, type CellOutcome } from "./customFunctionsFake";
import { FUNCTION_CASES, type ArgumentCase, type FunctionCase } from "./robustnessCases";

/** The function's valid call with one argument replaced. */
const callWith = (f: FunctionCase, index: number, value: unknown): CellOutcome =>
  callAsExcel(f.fn, f.args.map((a, i) => (i === index ? value : a.good)));

/** A cell value as the argument's kind receives it: a range argument gets a one-cell range. */
const asArgument = (arg: ArgumentCase, cell: unknown): unknown => (arg.kind === "range" || arg.kind === "line" ? [[cell]] : cell);

const expectWellFormed = (outcome: CellOutcome) => {
  if ("value" in outcome) expect(resultProblems(outcome.value)).toEqual([]);
  else {
    expect(["#VALUE!", "#NUM!", "#N/A"]).toContain(outcome.code);
    expect(outcome.message).toMatch(/\S/);
  }
};

const textMessage = (arg: ArgumentCase, shown: string, what: string) =>
  arg.kind === "choice" ? `#VALUE! curve must be "linear" or "s" (got ${shown})` : `#VALUE! ${arg.name} ${what}`;

const SEEDED = seededProperties();

describe.each(FUNCTION_CASES)(`$id (${SEEDED})`, (f) => {
  it("gives a well-formed result for its valid arguments", () => {
    const outcome = callAsExcel(f.fn, f.args.map((a) => a.good));
    expect("value" in outcome).toBe(true);
    expectWellFormed(outcome);
  });

  describe.each(f.args.map((arg, index) => ({ ...arg, index })))("argument $name", (arg) => {
    it("rejects text with #VALUE! naming the argument", () => {
      expect(errorText(callWith(f, arg.index, asArgument(arg, "abc")))).toBe(textMessage(arg, '"abc"', 'is text ("abc")'));
    });

    it("rejects a logical value with #VALUE!", () => {
      expect(errorText(callWith(f, arg.index, asArgument(arg, true)))).toBe(textMessage(arg, "TRUE", "is a logical value (TRUE)"));
    });

    it("rejects an error value in a cell with #VALUE!", () => {
      const error = { code: "#N/A" };
      const outcome = callWith(f, arg.index, asArgument(arg, error));
      expect(errorText(outcome)).toBe(textMessage(arg, "#N/A", "is an error (#N/A)"));
    });

    if (arg.kind === "range" || arg.kind === "line") {
      it("names the position of text inside a range", () => {
        expect(errorText(callWith(f, arg.index, [[1, 2, "1,000"]]))).toBe(`#VALUE! ${arg.name}: item 3 is text ("1,000")`);
      });

      it.each([[[]], [[[]]]])("rejects an empty range %p", (empty) => {
        expect(errorText(callWith(f, arg.index, empty))).toBe(`#VALUE! ${arg.name} is empty`);
      });
    }

    if (arg.kind === "line") {
      it("rejects a block that is neither one row nor one column", () => {
        expect(errorText(callWith(f, arg.index, [[1, 2], [3, 4]]))).toBe(
          `#VALUE! ${arg.name} must be one row or one column (got 2 rows × 2 columns)`,
        );
      });
    }

    it.each([null, ""])("reads %p like a blank or an omitted argument", (blank) => {
      const outcome = callWith(f, arg.index, blank === "" ? asArgument(arg, "") : blank);
      expectWellFormed(outcome);
      const omitted = arg.optional && (blank === null || arg.kind === "choice");
      const equivalent = omitted ? arg.omittedMeans : asArgument(arg, 0);
      if (equivalent !== null) expect(outcome).toEqual(callWith(f, arg.index, equivalent));
    });

    if (arg.outOfDomain) {
      const { value, message } = arg.outOfDomain;
      it(`rejects an out-of-domain number: ${message}`, () => {
        const outcome = callWith(f, arg.index, value);
        if (!f.perCellErrors) return expect(errorText(outcome)).toBe(`#NUM! ${message}`);
        expect("value" in outcome && outcome.value).toEqual([[expect.objectContaining({ code: "#NUM!", message })]]);
      });
    }

    it.each([NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324])("never shows NaN or Infinity for %p", (extreme) => {
      expectWellFormed(callWith(f, arg.index, asArgument(arg, extreme)));
    });
  });

  if (f.mismatched.length > 0) {
    it.each(f.mismatched)("rejects mismatched sizes: $message", ({ args, message }) => {
      expect(errorText(callAsExcel(f.fn, args))).toBe(`#VALUE! ${message}`);
    });
  }

  if (f.overflow.length > 0) {
    it.each(f.overflow.map((args) => ({ args })))("answers #NUM! when the result would overflow (case %#)", ({ args }) => {
      const outcome = callAsExcel(f.fn, args);
      if (!f.perCellErrors) return expect(errorText(outcome)).toBe(`#NUM! ${TOO_LARGE}`);
      expect("value" in outcome && outcome.value).toEqual([[expect.objectContaining({ code: "#NUM!", message: TOO_LARGE })]]);
    });
  }

  it("never returns NaN, Infinity or undefined, nor throws a plain Error, whatever the arguments", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer({ min: -3, max: 200 }),
      fc.constantFrom(null, "", 0, "x", true, false, undefined, 1e308, -1, 0.5),
    );
    const value = fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: f.args.length, maxLength: f.args.length }), (args) => {
        expectWellFormed(callAsExcel(f.fn, args));
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
