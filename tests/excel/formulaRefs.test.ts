// The reference parser the fake and the template checks rely on (Excel's A1 reference syntax:
// "Overview of formulas", "Using structured references with Excel tables", "Dynamic array formulas").
import { formulaReferences } from "../support/excel-emulator";

describe("formulaReferences", () => {
  it("finds cells and ranges, dropping $ signs", () => {
    expect(formulaReferences("=SUM($C$5:H5)+B2")).toEqual([
      { kind: "function", name: "SUM" },
      { kind: "area", address: "C5:H5", spill: false },
      { kind: "area", address: "B2", spill: false },
    ]);
  });

  it("reads quoted sheet names with doubled apostrophes, and plain ones", () => {
    expect(formulaReferences("='Bob''s Sheet (2)'!A1+Summary!B2:B3")).toEqual([
      { kind: "area", sheet: "Bob's Sheet (2)", address: "A1", spill: false },
      { kind: "area", sheet: "Summary", address: "B2:B3", spill: false },
    ]);
  });

  it("tells names from functions, booleans and numbers", () => {
    expect(formulaReferences("=IF(TRUE,Rate*1.5E+3,GR.JWO_NPV(Rate,Capex))")).toEqual([
      { kind: "function", name: "IF" },
      { kind: "name", name: "Rate" },
      { kind: "function", name: "GR.JWO_NPV" },
      { kind: "name", name: "Rate" },
      { kind: "name", name: "Capex" },
    ]);
  });

  it("ignores text inside string literals, including doubled quotes", () => {
    expect(formulaReferences('=IF(A1="B2 ""C3""","OK",D4)')).toEqual([
      { kind: "function", name: "IF" },
      { kind: "area", address: "A1", spill: false },
      { kind: "area", address: "D4", spill: false },
    ]);
  });

  it("marks the spill operator and whole rows and columns", () => {
    expect(formulaReferences("=SUM(C15#)+SUM(C:C)+SUM(3:4)")).toEqual([
      { kind: "function", name: "SUM" },
      { kind: "area", address: "C15", spill: true },
      { kind: "function", name: "SUM" },
      { kind: "area", address: "C:C", spill: false },
      { kind: "function", name: "SUM" },
      { kind: "area", address: "3:4", spill: false },
    ]);
  });

  it("finds sheet-qualified names and table references", () => {
    expect(formulaReferences("='JWO Investment Case'!NPV+SUM(Roles[Headcount])")).toEqual([
      { kind: "name", sheet: "JWO Investment Case", name: "NPV" },
      { kind: "function", name: "SUM" },
      { kind: "table", table: "Roles" },
    ]);
  });

  it("does not read function names that end in digits as cells", () => {
    expect(formulaReferences("=LOG10(A1)")).toEqual([{ kind: "function", name: "LOG10" }, { kind: "area", address: "A1", spill: false }]);
  });

  it("skips error literals", () => {
    expect(formulaReferences("=IFERROR(A1,#N/A)")).toEqual([{ kind: "function", name: "IFERROR" }, { kind: "area", address: "A1", spill: false }]);
  });
});
