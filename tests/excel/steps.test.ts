// Naming the failed step from what real Excel reports: OfficeExtension.DebugInfo has errorLocation
// ("Type.member") and approximate statements, but no position in the request.
import { StepLog } from "../../src/excel/steps";

function logOf(...steps: [string, string, string?][]): StepLog {
  const log = new StepLog();
  for (const [label, location, sheet] of steps) log.add({ label, location, ...(sheet ? { sheet } : {}) }, () => undefined);
  return log;
}

const excelError = (errorLocation: string) => ({ code: "InvalidArgument", message: "x", debugInfo: { code: "InvalidArgument", message: "x", errorLocation } });

describe("StepLog.failedStep", () => {
  const log = logOf(
    ["add the sheet 'A'", "WorksheetCollection.add", "A"],
    ["write the cells B4 on 'A'", "Range.formulas", "A"],
    ["add the chart 'Headcount' on 'A'", "ChartCollection.add", "A"],
    ["write the cells C5 on 'A'", "Range.formulas", "A"],
    ["add the sheet 'B'", "WorksheetCollection.add", "B"],
  );

  it("names the only step at Excel's errorLocation", () => {
    expect(log.failedStep(excelError("ChartCollection.add"))?.label).toBe("add the chart 'Headcount' on 'A'");
  });

  it("describes several steps at the same location on one sheet by their kind and sheet", () => {
    expect(log.failedStep(excelError("Range.formulas"))).toEqual({ label: "write the cells on 'A'", location: "Range.formulas", sheet: "A" });
  });

  it("describes steps on several sheets by their kind only", () => {
    expect(log.failedStep(excelError("WorksheetCollection.add"))).toEqual({ label: "add the new sheets", location: "WorksheetCollection.add" });
  });

  it("uses the position when the error gives one (the strict fake)", () => {
    expect(log.failedStep({ debugInfo: { errorLocation: "Range.formulas", batchIndex: 3 } })?.label).toBe("write the cells C5 on 'A'");
  });

  it("knows nothing from an error without debug information", () => {
    expect(log.failedStep(new Error("network"))).toBeUndefined();
    expect(log.failedStep(excelError("Workbook.save"))).toBeUndefined();
  });
});
