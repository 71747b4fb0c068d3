// Source of truth: the functions spec, "Conventions" (Excel's argument rules), and Excel's own
// behaviour for omitted arguments (null), blanks (null, "" or 0) and integer arguments (truncation).
import "./customFunctionsFake";
import { DomainError } from "../../src/model";
import {
  elementwise, excelResult, laidOut, readChoice, readLine, readList, readNumber, readOptional, readWhole,
} from "../../src/functions/coerce";

/** What a reader threw, as "CODE message". */
const thrown = (read: () => unknown): string => {
  try {
    read();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${e.message}`;
    throw e;
  }
  throw new Error("expected the reader to reject its argument");
};

describe("readList", () => {
  it("reads a row of numbers in order, keeping its shape", () => {
    expect(readList([[1, 2, 3]], "x")).toEqual({ values: [1, 2, 3], rows: 1, columns: 3 });
  });

  it("reads a block in reading order (row by row)", () => {
    expect(readList([[1, 2], [3, 4]], "x")).toEqual({ values: [1, 2, 3, 4], rows: 2, columns: 2 });
  });

  it.each([null, "", 0, undefined])("treats a blank cell arriving as %p as 0", (blank) => {
    expect(readList([[5, blank, 7]], "x").values).toEqual([5, 0, 7]);
  });

  it("rejects text with the spec's wording: argument, item and the text", () => {
    expect(thrown(() => readList([[1, 2, "1,000"]], "capex"))).toBe('#VALUE! capex: item 3 is text ("1,000")');
  });

  it("counts items in reading order across rows", () => {
    expect(thrown(() => readList([[1, 2], [3, "x"]], "capex"))).toBe('#VALUE! capex: item 4 is text ("x")');
  });

  it("names a one-cell argument without a position", () => {
    expect(thrown(() => readList([["abc"]], "headcount"))).toBe('#VALUE! headcount is text ("abc")');
  });

  it("never reads a number out of numeric-looking text", () => {
    expect(thrown(() => readList([["12"]], "x"))).toBe('#VALUE! x is text ("12")');
  });

  it("rejects booleans as logical values", () => {
    expect(thrown(() => readList([[1, true]], "opex"))).toBe("#VALUE! opex: item 2 is a logical value (TRUE)");
  });

  it("rejects an error value in a cell", () => {
    expect(thrown(() => readList([[{ code: "#DIV/0!" }]], "x"))).toBe("#VALUE! x is an error (#DIV/0!)");
  });

  it("shortens long text in the message", () => {
    expect(thrown(() => readList([["a".repeat(40)]], "x"))).toBe(`#VALUE! x is text ("${"a".repeat(27)}...")`);
  });

  it("reads a data-type cell by the value it shows", () => {
    expect(readList([[{ type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" }]], "x").values).toEqual([0.25]);
    expect(thrown(() => readList([[{ type: "Entity", basicValue: "Contoso" }]], "x"))).toBe('#VALUE! x is text ("Contoso")');
  });

  it.each([[[]], [[[]]]])("rejects an empty range %p", (empty) => {
    expect(thrown(() => readList(empty, "savings"))).toBe("#VALUE! savings is empty");
  });

  it("rejects ragged rows", () => {
    expect(thrown(() => readList([[1, 2], [3]], "x"))).toBe("#VALUE! x must be a rectangular range (rows of 2 cells)");
  });

  it("accepts a plain value where a range is declared (a caller outside Excel)", () => {
    expect(readList(5, "x").values).toEqual([5]);
  });

  it("returns a clean row without copying it (the fast path)", () => {
    const row = [1, 2, 3, 4, 5];
    expect(readList([row], "x").values).toBe(row);
  });
});

describe("readLine", () => {
  it("knows a column from a row", () => {
    expect(readLine([[1], [2]], "x").isColumn).toBe(true);
    expect(readLine([[1, 2]], "x").isColumn).toBe(false);
    expect(readLine([[1]], "x").isColumn).toBe(false);
  });

  it("rejects a block of several rows and columns", () => {
    expect(thrown(() => readLine([[1, 2], [3, 4]], "capex"))).toBe(
      "#VALUE! capex must be one row or one column (got 2 rows × 2 columns)",
    );
  });
});

describe("single values", () => {
  it.each([null, "", 0])("reads a blank %p as 0", (blank) => {
    expect(readNumber(blank, "rate")).toBe(0);
  });

  it("rejects text and booleans, naming the argument", () => {
    expect(thrown(() => readNumber("10 %", "rate"))).toBe('#VALUE! rate is text ("10 %")');
    expect(thrown(() => readNumber(false, "rate"))).toBe("#VALUE! rate is a logical value (FALSE)");
  });

  it("accepts a one-cell range, rejects a larger one", () => {
    expect(readNumber([[0.1]], "rate")).toBe(0.1);
    expect(thrown(() => readNumber([[1, 2]], "rate"))).toBe("#VALUE! rate must be a single value (got 2 cells)");
  });

  it("gives an omitted optional argument (null) its default", () => {
    expect(readOptional(null, "years", 1)).toBe(1);
    expect(readOptional(undefined, "years", 1)).toBe(1);
    expect(readOptional(0, "years", 1)).toBe(0);
  });

  it("truncates whole-number arguments toward zero, as Excel does", () => {
    expect(readWhole(3.9, "years")).toBe(3);
    expect(readWhole(-2.5, "years")).toBe(-2);
    expect(readWhole(null, "years", 1)).toBe(1);
  });
});

describe("readChoice", () => {
  const curves = ["linear", "s"] as const;

  it("takes the first choice when omitted or blank", () => {
    expect(readChoice(null, "curve", curves)).toBe("linear");
    expect(readChoice("", "curve", curves)).toBe("linear");
  });

  it("ignores case and surrounding spaces", () => {
    expect(readChoice(" S ", "curve", curves)).toBe("s");
  });

  it("rejects anything else, listing the choices", () => {
    expect(thrown(() => readChoice("cubic", "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got "cubic")');
    expect(thrown(() => readChoice(1, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got 1)');
  });
});

describe("excelResult", () => {
  it("turns a returned DomainError into a thrown CustomFunctions.Error with code and message", () => {
    expect(() => excelResult(() => new DomainError("#NUM!", "years must be ..."))).toThrow(
      expect.objectContaining({ code: "#NUM!", message: "years must be ..." }),
    );
  });

  it("turns a DomainError thrown by a reader into a CustomFunctions.Error", () => {
    let caught: unknown;
    try {
      excelResult(() => readNumber("x", "rate"));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CustomFunctions.Error);
    expect(caught).toMatchObject({ code: "#VALUE!", message: 'rate is text ("x")' });
  });

  it("lets a programming mistake fail loudly", () => {
    expect(() =>
      excelResult(() => {
        throw new TypeError("bug");
      }),
    ).toThrow(TypeError);
  });
});

describe("shapes", () => {
  it("turns rows into columns when the inputs were columns", () => {
    expect(laidOut([[1, 2, 3], [4, 5, 6]], true)).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(laidOut([[1, 2]], false)).toEqual([[1, 2]]);
  });

  it("applies element-wise over one shape, a single value applying to every cell", () => {
    const grid = readList([[1, 2], [3, 4]], "a");
    expect(elementwise([["a", grid], ["b", readList(10, "b")]], ([a, b]) => a * b)).toEqual([[10, 20], [30, 40]]);
  });

  it("rejects two ranges of different shapes, naming both", () => {
    const row = readList([[1, 2]], "base");
    const column = readList([[1], [2]], "hires");
    expect(thrown(() => elementwise([["base", row], ["hires", column]], () => 0))).toBe(
      "#VALUE! base is 1×2 but hires is 2×1: give ranges of the same shape, or a single value",
    );
  });

  it("puts a cell's DomainError in that cell as a CustomFunctions.Error", () => {
    const [[ok, bad]] = elementwise([["x", readList([[1, -1]], "x")]], ([x]) => (x > 0 ? x : new DomainError("#NUM!", "no")));
    expect(ok).toBe(1);
    expect(bad).toBeInstanceOf(CustomFunctions.Error);
    expect(bad).toMatchObject({ code: "#NUM!", message: "no" });
  });
});
