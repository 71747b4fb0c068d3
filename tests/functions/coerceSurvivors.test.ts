// Tests for mutants of src/functions/coerce.ts that survived the Stryker run (issue 14, docs/mutation.md).
// Source of truth: Microsoft's Excel data-type reference (for example Excel.EntityCellValue,
// https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue): basicValue is "the value
// that would be returned by Range.values for a cell with this value", so a string, a number or a
// logical value. A data-type cell whose basicValue is anything else (null, another object) is not
// what the reference describes; the reader must not invent a number for it (a 0 for null, or the
// nested object's value) but answer #VALUE! saying the cell is not a number.
import "./customFunctionsFake";
import { readList, readNumber } from "../../src/functions/coerce";
import { thrown } from "./support";

const UNDOCUMENTED_BASIC_VALUES: readonly [string, unknown][] = [
  ["null", null],
  ["a formatted number", { type: "FormattedNumber", basicValue: 5 }],
  ["an entity", { type: "Entity", basicValue: "Contoso" }],
];

describe("a data-type cell whose basicValue is not a plain value", () => {
  it.each(UNDOCUMENTED_BASIC_VALUES)("is not a number when basicValue is %s (a single value)", (_, basicValue) => {
    expect(thrown(() => readNumber({ type: "Entity", basicValue }, "rate"))).toBe("#VALUE! rate is not a number");
  });

  it.each(UNDOCUMENTED_BASIC_VALUES)("is not a number when basicValue is %s (an item of a range)", (_, basicValue) => {
    expect(thrown(() => readList([[1, { type: "Entity", basicValue }, 3]], "capex"))).toBe(
      "#VALUE! capex: item 2 is not a number",
    );
  });

  it("while a documented basicValue (a number) is read as the number the cell shows", () => {
    expect(readNumber({ type: "FormattedNumber", basicValue: 5, numberFormat: "0.0" }, "rate")).toBe(5);
  });
});
