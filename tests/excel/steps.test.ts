// Naming the failed step from what real Excel reports: OfficeExtension.DebugInfo has errorLocation
// ("Type.member") "if available", and no position in the request.
import { StepLog } from "../../src/excel/steps";

function logOf(...steps: [string, string, string?][]): StepLog {
  const log = new StepLog("fill in the new sheets");
  for (const [label, location, sheet] of steps) log.add({ label, location, ...(sheet ? { sheet } : {}) }, () => undefined);
  return log;
}

const excelError = (errorLocation: string) => ({ code: "InvalidArgument", message: "x", debugInfo: { code: "InvalidArgument", message: "x", errorLocation } });

describe("StepLog.failedStep", () => {
  const log = logOf(
    ["name the new sheet 'A'", "Worksheet.name", "A"],
    ["write the cells B4 on 'A'", "Range.formulas", "A"],
    ["add the chart 'Headcount' on 'A'", "ChartCollection.add", "A"],
    ["write the cells C5 on 'A'", "Range.formulas", "A"],
    ["name the new sheet 'B'", "Worksheet.name", "B"],
  );

  it("names the only step at Excel's errorLocation", () => {
    expect(log.failedStep(excelError("ChartCollection.add"))).toEqual({ label: "add the chart 'Headcount' on 'A'", location: "ChartCollection.add", sheet: "A" });
  });

  it("describes several steps at the same location on one sheet by their kind and sheet", () => {
    expect(log.failedStep(excelError("Range.formulas"))).toEqual({ label: "write the cells on 'A'", location: "Range.formulas", sheet: "A" });
  });

  it("describes steps on several sheets by their kind only", () => {
    expect(log.failedStep(excelError("Worksheet.name"))).toEqual({ label: "name the new sheets", location: "Worksheet.name" });
  });

  it("says what the request does as a whole when the error has no errorLocation", () => {
    expect(log.failedStep(new Error("network"))).toEqual({ label: "fill in the new sheets" });
    expect(log.failedStep({ code: "GeneralException", debugInfo: { code: "GeneralException", message: "x" } })).toEqual({ label: "fill in the new sheets" });
  });

  it("keeps Excel's errorLocation but says what the request does when no step is at it", () => {
    expect(log.failedStep(excelError("Workbook.save"))).toEqual({ label: "fill in the new sheets", location: "Workbook.save" });
  });

  it("reads nothing but the documented errorLocation (no position, even if an error carried one)", () => {
    const withPosition = { debugInfo: { code: "x", message: "x", errorLocation: "Range.formulas", batchIndex: 3 } };
    expect(log.failedStep(withPosition).label).toBe("write the cells on 'A'");
  });
});
