// The formula scanner the other template tests rely on.
import { scanFormula } from "./sheetModel";

describe("scanFormula", () => {
  it("finds local ranges, functions and skips string literals and numbers", () => {
    const tokens = scanFormula('=IF(ABS($C$5-D5:E6)<=1E-9*MAX(1,ABS(D5)),"OK C9","CHECK")');
    expect(tokens.filter((t) => t.kind === "ref")).toEqual([
      { kind: "ref", sheet: undefined, address: "C5" },
      { kind: "ref", sheet: undefined, address: "D5:E6" },
      { kind: "ref", sheet: undefined, address: "D5" },
    ]);
    expect(tokens.filter((t) => t.kind === "function").map((t) => (t as { name: string }).name)).toEqual(["IF", "ABS", "MAX", "ABS"]);
  });

  it("reads quoted sheet prefixes and GR. function names", () => {
    const tokens = scanFormula("='JWO Investment Case (2)'!C25+GR.JWO_NPV(C7,Capex)");
    expect(tokens).toEqual([
      { kind: "ref", sheet: "JWO Investment Case (2)", address: "C25" },
      { kind: "function", name: "GR.JWO_NPV" },
      { kind: "ref", sheet: undefined, address: "C7" },
      { kind: "name", name: "Capex" },
    ]);
  });
});
