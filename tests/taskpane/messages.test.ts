// Source of truth: issue 5's wording for results ("Inserted 'JWO Investment Case (2)'") and the
// renderer's typed errors (src/excel/errors.ts), whose messages are written for the user.
import { InsertError, UnsupportedExcelError } from "../../src/excel";
import { importedMessage } from "../../src/taskpane/import/importMessages";
import { describeInsertFailure, insertedMessage } from "../../src/taskpane/templates/messages";

describe("insertedMessage", () => {
  it("names the one sheet inserted", () => {
    expect(insertedMessage(["JWO Investment Case (2)"])).toBe("Inserted 'JWO Investment Case (2)'");
  });

  it("counts and names every sheet of the complete model", () => {
    expect(insertedMessage(["A", "B", "Summary"])).toBe("Inserted 3 sheets: 'A', 'B', 'Summary'");
  });
});

describe("describeInsertFailure", () => {
  it("shows the renderer's own message for an InsertError", () => {
    const error = new InsertError("Could not add the chart. Nothing was changed in your workbook.", "add the chart", undefined, undefined, [], null);
    expect(describeInsertFailure(error)).toBe("Could not add the chart. Nothing was changed in your workbook.");
  });

  it("shows the renderer's own message when Excel is too old", () => {
    expect(describeInsertFailure(new UnsupportedExcelError("1.9"))).toMatch(/too old for the model templates/);
  });

  it("wraps anything else in a sentence that says what to do", () => {
    expect(describeInsertFailure(new Error("network down"))).toBe(
      "Excel couldn't insert the template (network down). Your other sheets were not changed; try again, and if it keeps failing, reload the pane.",
    );
  });
});

describe("importedMessage", () => {
  it("lists the inserted sheets and explains a renamed one", () => {
    expect(
      importedMessage([
        { source: "Plan", inserted: "Plan" },
        { source: "Inputs", inserted: "Inputs (2)" },
      ]),
    ).toBe("Inserted 'Plan' and 'Inputs (2)'. 'Inputs' was taken, so the copy is named 'Inputs (2)'.");
  });
});
