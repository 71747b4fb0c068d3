// The HyperFormula plugin is the oracle's stand-in for the add-in: it must give the documented
// results (the function reference: help.html and docs/functions.md), spill the shapes Excel would,
// and treat blanks, text and error arguments as the add-in does in Excel.
import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerGrFunctions } from "./grPlugin";

/** Cells as HyperFormula takes them: a leading apostrophe keeps "'12" the text "12". */
type Row = (string | number | null)[];

function sheet(rows: Row[]): HyperFormula {
  registerGrFunctions();
  return HyperFormula.buildFromSheets({ S: rows }, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
}

function values(rows: Row[]): unknown[][] {
  const hf = sheet(rows);
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

const one = (formula: string, rows: Row[] = []) => values([...rows, [formula]])[rows.length][0];
const errorOf = (v: unknown) => (v instanceof DetailedCellError ? `${v.value} ${v.message}` : `not an error: ${String(v)}`);

describe("GR. functions in HyperFormula (spec examples, tolerance 1e-9 relative or as stated)", () => {
  it("REALLOC_SAVINGS(100, 150000, 6, 3, 3%, 10%) is 30,861,006.76", () => {
    expect(one("=GR.REALLOC_SAVINGS(100,150000,6,3,3%,10%)")).toBeCloseTo(30861006.76, 2);
  });

  it("JWO_NPV gives −900.594, and 4,759.880 with a terminal growth of 2%", () => {
    const flows: Row[] = [[1000, 500, 250, 0, 0], [100, 200, 250, 250, 250], [0, 150, 400, 700, 900]];
    expect(one("=GR.JWO_NPV(10%,A1:E1,A2:E2,A3:E3)", flows)).toBeCloseTo(-900.594, 3);
    expect(one("=GR.JWO_NPV(10%,A1:E1,A2:E2,A3:E3,2%)", flows)).toBeCloseTo(4759.88, 3);
  });

  it("JWO_PAYBACK is 2.1667 periods, and #N/A when cash never turns positive", () => {
    expect(one("=GR.JWO_PAYBACK({1000,0,0,0},{0,100,100,100},{0,500,600,700})")).toBeCloseTo(2.1667, 4);
    expect(errorOf(one("=GR.JWO_PAYBACK({1000,0},{0,0},{0,1})"))).toMatch(/^#N\/A does not pay back/);
  });

  it("WORKFORCE_PLAN spills one row per family and a column per year", () => {
    const got = values([[120, -0.25, "=GR.WORKFORCE_PLAN(A1:A2,B1:B2,3)"], [80, 0.4]]).map((r) => r.slice(2));
    expect(got[0]).toEqual([120, 90, 67.5, 50.625]);
    got[1].forEach((v, i) => expect(v).toBeCloseTo([80, 112, 156.8, 219.52][i], 9));
  });

  it("BUDGET_SHIFT spills 2 rows, generative AI then legacy", () => {
    expect(values([["=GR.BUDGET_SHIFT(1000,20%,60%,4)"], []])).toEqual([
      [200, 300, 400, 500, 600],
      [800, 700, 600, 500, 400],
    ]);
  });

  it("JWO_CASHFLOWS turns its output into columns when the inputs are columns", () => {
    const got = values([[100, 0, 0, "=GR.JWO_CASHFLOWS(A1:A3,B1:B3,C1:C3)"], [0, 0, 60], [0, 0, 70]]).map((r) => r.slice(3));
    expect(got).toEqual([[-100, -100], [60, -40], [70, 30]]);
  });

  it("TALENT_VELOCITY is 9.54% for 1000 + 300 − 100 over 2 years, #NUM! per cell out of its domain", () => {
    expect(one("=GR.TALENT_VELOCITY(1000,300,100,2)")).toBeCloseTo(0.0954451150103, 12);
    const got = values([[1000, 0], [300, 0], [100, 0], ["=GR.TALENT_VELOCITY(A1:B1,A2:B2,A3:B3,2)"]])[3];
    expect(got[0]).toBeCloseTo(0.0954451150103, 12);
    expect(errorOf(got[1])).toMatch(/^#NUM! base must be greater than 0/);
  });

  it("GENAI_SAVINGS(1000, 30%, 5) is {35.76, 80.68, 150.00, 219.32, 264.24}", () => {
    const got = values([["=GR.GENAI_SAVINGS(1000,30%,5)"]])[0];
    [35.76, 80.68, 150, 219.32, 264.24].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 2));
  });
});

describe("GR. arguments as the add-in reads them", () => {
  it("counts a blank cell as 0", () => {
    expect(one("=GR.REALLOC_SAVINGS(A1:A2,B1:B2)", [[10, 5], [null, 7]])).toBe(50);
  });

  it("gives #VALUE! naming the argument for text where a number is needed", () => {
    expect(errorOf(one("=GR.REALLOC_SAVINGS(A1:A2,1)", [["'12"], [3]]))).toMatch(/^#VALUE! headcount: item 1 is text \("12"\)/);
  });

  it("shows an argument's error rather than computing (Excel's rule for custom functions)", () => {
    expect(errorOf(one("=GR.REALLOC_SAVINGS(A1,1)", [["=1/0"]]))).toMatch(/^#DIV\/0!/);
  });

  it("takes the defaults for omitted optional arguments", () => {
    expect(one("=GR.GENAI_SAVINGS(1000,30%,1)")).toBeCloseTo(150, 9);
  });
});
