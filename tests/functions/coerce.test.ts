// Source of truth: the functions spec, "Conventions" (Excel's argument rules), and Excel's own
// behaviour for omitted arguments (null), blanks (null, "" or 0) and integer arguments (truncation).
import "./customFunctionsFake";
import { DomainError, at, isColumn } from "../../src/model";
import {
  elementwise, excelResult, excelResultInPlace, laidOut, readChoice, readLine, readList, readNumber, readOptional,
  readOptionalOrNull, readWhole, type ListReader,
} from "../../src/functions/coerce";
import { thrown } from "./support";


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

  it("quotes text of up to 30 characters whole, and cuts longer text to 27 and an ellipsis", () => {
    const thirty = "abcdefghijklmnopqrstuvwxyz0123";
    expect(thrown(() => readList([[thirty]], "x"))).toBe(`#VALUE! x is text ("${thirty}")`);
    expect(thrown(() => readList([[`${thirty}4`]], "x"))).toBe('#VALUE! x is text ("abcdefghijklmnopqrstuvwxyz0...")');
  });

  it("names an error value held as a data type (type Error) by its error type, #VALUE! when it has none", () => {
    expect(thrown(() => readList([[1, { type: "Error", errorType: "#DIV/0!", basicValue: "#DIV/0!" }]], "x"))).toBe(
      "#VALUE! x: item 2 is an error (#DIV/0!)",
    );
    expect(thrown(() => readList([[{ type: "Error" }]], "x"))).toBe("#VALUE! x is an error (#VALUE!)");
  });

  it("says a cell is not a number when it is none of text, a logical value or an error", () => {
    expect(thrown(() => readList([[1, { type: "Entity", properties: {} }]], "x"))).toBe("#VALUE! x: item 2 is not a number");
    expect(thrown(() => readList([[1, [2]]], "x"))).toBe("#VALUE! x: item 2 is not a number");
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

  it("reads a column of numbers where it lies, in reading order, without copying it", () => {
    const cells = [[1], [2], [3]];
    const list = readList(cells, "x");
    expect(list).toMatchObject({ rows: 3, columns: 1 });
    expect(isColumn(list.values) && list.values.cells).toBe(cells);
    expect([0, 1, 2].map((i) => at(list.values, i))).toEqual([1, 2, 3]);
  });

  it("names text in a column by its row", () => {
    expect(thrown(() => readList([[1], [2], ["n/a"], [4]], "savings"))).toBe('#VALUE! savings: item 3 is text ("n/a")');
  });

  it("reads a column holding a blank cell by cell, the blank as 0", () => {
    expect(readList([[1], [null], [3]], "x")).toEqual({ values: [1, 0, 3], rows: 3, columns: 1 });
  });

  // Eight cells per step are checked at once; a non-number is placed at every position of rows of
  // 8 to 17 cells, and of columns.
  it.each([
    ["text", "1,000", 'is text ("1,000")'],
    ["a logical value", false, "is a logical value (FALSE)"],
    ["an error", { code: "#REF!" }, "is an error (#REF!)"],
  ])("names %s at any position of a long row or column", (_what, cell, says) => {
    for (let n = 8; n <= 17; n++) {
      for (let p = 0; p < n; p++) {
        const cells = Array.from({ length: n }, (_, i) => (i === p ? cell : i));
        expect(thrown(() => readList([cells], "opex"))).toBe(`#VALUE! opex: item ${p + 1} ${says}`);
        expect(thrown(() => readList(cells.map((c) => [c]), "opex"))).toBe(`#VALUE! opex: item ${p + 1} ${says}`);
      }
    }
  });

  it("rejects a ragged column or a missing row from a caller outside Excel, naming the range", () => {
    expect(thrown(() => readList([[1], [2, 3], [4]], "x"))).toBe("#VALUE! x must be a rectangular range (rows of 1 cells)");
    expect(thrown(() => readList([[1], null, [3]], "x"))).toBe("#VALUE! x: item 1 is not a number");
  });
});

describe("excelResultInPlace (a column handed to the model before its cells are checked)", () => {
  const sum: (read: ListReader) => number = (read) => {
    const values = read([[1], [2], [3]], "x").values;
    return at(values, 0) + at(values, 1) + at(values, 2);
  };

  it("returns the model's result when every cell is a number", () => {
    expect(excelResultInPlace(sum)).toBe(6);
  });

  it("answers with the checked read's error and message when a cell is not a number", () => {
    let caught: unknown;
    try {
      excelResultInPlace((read) => {
        const values = read([[1], ["x"], [3]], "capex").values;
        const total = at(values, 0) + at(values, 1);
        return Number.isNaN(total) ? new DomainError("#NUM!", "not what the user should see") : total;
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: "#VALUE!", message: 'capex: item 2 is text ("x")' });
  });

  it("gives the model's own error when the checked read finds nothing wrong", () => {
    expect(() => excelResultInPlace(() => new DomainError("#N/A", "never pays back"))).toThrow(
      expect.objectContaining({ code: "#N/A", message: "never pays back" }),
    );
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

  it("accepts a one-cell range, rejects a larger one, a row or a column", () => {
    expect(readNumber([[0.1]], "rate")).toBe(0.1);
    expect(thrown(() => readNumber([[1, 2]], "rate"))).toBe("#VALUE! rate must be a single value (got 2 cells)");
    expect(thrown(() => readNumber([[1], [2], [3]], "rate"))).toBe("#VALUE! rate must be a single value (got 3 cells)");
  });

  it("keeps an omitted optional argument with no default as not given (null)", () => {
    expect(readOptionalOrNull(null, "midpoint")).toBeNull();
    expect(readOptionalOrNull(undefined, "midpoint")).toBeNull();
    expect(readOptionalOrNull(2.5, "midpoint")).toBe(2.5);
    expect(readOptionalOrNull("", "midpoint")).toBe(0);
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

  it("rejects anything else, listing the choices and quoting what it got", () => {
    expect(thrown(() => readChoice("cubic", "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got "cubic")');
    expect(thrown(() => readChoice(1, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got 1)');
    expect(thrown(() => readChoice(0.1 + 0.2, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got 0.3)');
    expect(thrown(() => readChoice(true, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got TRUE)');
    expect(thrown(() => readChoice(false, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got FALSE)');
    expect(thrown(() => readChoice({ code: "#N/A" }, "curve", curves))).toBe('#VALUE! curve must be "linear" or "s" (got #N/A)');
    expect(thrown(() => readChoice([["s"]], "curve", curves))).toBe(
      '#VALUE! curve must be "linear" or "s" (got a value that is not text)',
    );
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

  // Every way two ranges can differ: rows only, columns only, both, and the same cells turned.
  const block = (rows: number, columns: number) =>
    readList(Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c)), "range");
  it.each([
    [1, 2, 1, 3],
    [2, 1, 3, 1],
    [2, 3, 3, 3],
    [3, 2, 3, 3],
    [2, 2, 3, 3],
    [2, 3, 3, 2],
    [1, 4, 2, 2],
  ])("rejects a %i×%i range beside a %i×%i one, whichever argument comes first", (r1, c1, r2, c2) => {
    for (const [first, second] of [[["exits", block(r1, c1)], ["years", block(r2, c2)]], [["exits", block(r2, c2)], ["years", block(r1, c1)]]] as const) {
      const [[n1, l1], [n2, l2]] = [first, second];
      expect(thrown(() => elementwise([["base", readList(5, "base")], first, second], () => 0))).toBe(
        `#VALUE! ${n1} is ${l1.rows}×${l1.columns} but ${n2} is ${l2.rows}×${l2.columns}: give ranges of the same shape, or a single value`,
      );
    }
  });

  it("takes the shape of the first range, wherever it is, and applies single values to every cell", () => {
    const grid = block(2, 3);
    expect(elementwise([["a", readList(1, "a")], ["b", grid], ["c", readList([[2]], "c")]], ([a, b, c]) => a + b * c)).toEqual([
      [1, 3, 5],
      [7, 9, 11],
    ]);
  });

  it("gives a single value's shape (1×1) when every argument is a single value", () => {
    expect(elementwise([["a", readList(2, "a")], ["b", readList([[3]], "b")]], ([a, b]) => a * b)).toEqual([[6]]);
  });

  it("reads columns cell by cell, in place", () => {
    const column = readList([[1], [2], [3]], "a");
    expect(elementwise([["a", column], ["b", readList([[10], [20], [30]], "b")]], ([a, b]) => a + b)).toEqual([[11], [22], [33]]);
  });

  it("puts a cell's DomainError in that cell as a CustomFunctions.Error", () => {
    const [[ok, bad]] = elementwise([["x", readList([[1, -1]], "x")]], ([x]) => (x > 0 ? x : new DomainError("#NUM!", "no")));
    expect(ok).toBe(1);
    expect(bad).toBeInstanceOf(CustomFunctions.Error);
    expect(bad).toMatchObject({ code: "#NUM!", message: "no" });
  });
});
