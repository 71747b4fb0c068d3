// The export is what LibreOffice sees, so it must say what the rendered workbook says: formulas as
// Excel stores them in a file, number formats, GR. values with their formula noted, and names
// scoped to their sheet (two sheets may both have a DiscountRate).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../support/excel-emulator/model/state";
import { fileFormula, writeXlsx } from "./exportXlsx";
import type { GrCell } from "./grCells";

function sheet(name: string, cells: SheetSnapshot["cells"], names: SheetSnapshot["names"]): SheetSnapshot {
  const empty = { tabColor: "", showGridlines: true, columnWidths: {}, validations: [], conditionalFormats: [], tables: [], charts: [] };
  return { id: 1, name, position: 0, cells, names, ...empty };
}

const WORKBOOK: WorkbookSnapshot = {
  activeSheet: "JWO Investment Case",
  names: [],
  sheets: [
    sheet(
      "JWO Investment Case",
      { A1: { formula: "Rate" }, C7: { formula: 0.1, numberFormat: "0.0%" }, C25: { formula: "=GR.JWO_NPV(C7,C11:G11,C12:G12,C13:G13)" }, D25: { formula: "=IFNA(C25,\"n/a\")" } },
      [{ name: "DiscountRate", address: "C7" }],
    ),
    sheet("Workforce Realignment", { C19: { formula: 0.1 }, C20: { formula: null, numberFormat: '"€"#,##0_);("€"#,##0)' } }, [{ name: "DiscountRate", address: "C19:C20" }]),
  ],
};

const GR: GrCell[] = [
  { sheet: "JWO Investment Case", address: "C25", anchor: "C25", formula: "=GR.JWO_NPV(C7,C11:G11,C12:G12,C13:G13)", value: -545.0351751929513 },
  { sheet: "JWO Investment Case", address: "C26", anchor: "C26", formula: "=GR.JWO_PAYBACK(C11:G11,C12:G12,C13:G13)", value: { error: "#N/A" } },
];

async function exported(): Promise<{ workbook: ExcelJS.Workbook; names: unknown }> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "gr-export-")), "export.xlsx");
  await writeXlsx(WORKBOOK, GR, file);
  const workbook = new ExcelJS.Workbook();
  // exceljs drops localSheetId when it turns the parsed names into its own model: catch the parsed list.
  let names: unknown;
  Object.defineProperty(workbook.definedNames, "model", { set: (v: unknown) => (names = v), get: () => [], configurable: true });
  await workbook.xlsx.readFile(file);
  return { workbook, names };
}

describe("fileFormula: formulas as a file stores them", () => {
  it("drops the = and prefixes functions newer than Excel 2007 with _xlfn.", () => {
    expect(fileFormula('=IFNA(GR.X(A1),"n/a")')).toBe('_xlfn.IFNA(GR.X(A1),"n/a")');
    expect(fileFormula("=ifna(A1,0)")).toBe("_xlfn.IFNA(A1,0)");
  });

  it("leaves string literals, older functions and longer names alone", () => {
    expect(fileFormula('=IF(A1="IFNA(x)",SUM(B1:B3),MYIFNA(1))')).toBe('IF(A1="IFNA(x)",SUM(B1:B3),MYIFNA(1))');
  });
});

describe("writeXlsx", () => {
  it("writes constants, formulas and number formats as rendered", async () => {
    const jwo = (await exported()).workbook.getWorksheet("JWO Investment Case")!;
    expect(jwo.getCell("A1").value).toBe("Rate");
    expect(jwo.getCell("C7").value).toBe(0.1);
    expect(jwo.getCell("C7").numFmt).toBe("0.0%");
    expect(jwo.getCell("D25").formula).toBe('_xlfn.IFNA(C25,"n/a")');
  });

  it("writes a GR. cell as the add-in's value, its formula in the note, and errors as error values", async () => {
    const jwo = (await exported()).workbook.getWorksheet("JWO Investment Case")!;
    expect(jwo.getCell("C25").value).toBe(-545.0351751929513);
    expect(String(jwo.getCell("C25").note)).toContain("=GR.JWO_NPV(C7,C11:G11,C12:G12,C13:G13)");
    expect(jwo.getCell("C26").value).toEqual({ error: "#N/A" });
  });

  it("keeps the number format of an empty input cell", async () => {
    const workforce = (await exported()).workbook.getWorksheet("Workforce Realignment")!;
    expect(workforce.getCell("C20").numFmt).toBe('"€"#,##0_);("€"#,##0)');
  });

  it("scopes each sheet's names to its sheet, so equal names on two sheets coexist", async () => {
    expect((await exported()).names).toEqual([
      { name: "DiscountRate", ranges: ["'JWO Investment Case'!$C$7"], localSheetId: 0 },
      { name: "DiscountRate", ranges: ["'Workforce Realignment'!$C$19:$C$20"], localSheetId: 1 },
    ]);
  });
});
