// Fault injection at any action of any request, and a co-author's edits between two requests.
import { ExcelEmulator } from "../support/excel-emulator";
import { expectedRejection } from "./support";

const threeWrites = (excel: ExcelEmulator) =>
  excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").formulas = [[1]];
    sheet.getRange("A2").formulas = [[2]];
    await context.sync();
    sheet.getRange("A3").formulas = [[3]];
    await context.sync();
  });

/**
 * The actions of a fault-free run's own requests, numbered as failAt counts them; the last request,
 * Excel.run's cleanup of kept ranges, is left out (a fault there makes the library retry in 5 s).
 */
async function actionsOf(): Promise<number> {
  const excel = new ExcelEmulator({ sheets: [{ name: "S" }] });
  await threeWrites(excel);
  expect(excel.requests).toHaveLength(3);
  return excel.requests[0].operations + excel.requests[1].operations;
}

it("fails exactly the chosen action, in whichever request it falls, keeping what came before", async () => {
  const total = await actionsOf();
  const seen = new Set<string>();
  for (let n = 1; n <= total; n++) {
    const excel = new ExcelEmulator({ sheets: [{ name: "S" }] });
    excel.failAt(n);
    const error = await threeWrites(excel).then(expectedRejection, (e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "GeneralException", message: `Injected fault at action ${n}.` });
    expect(excel.lastFailure).toMatchObject({ operationIndex: n, code: "GeneralException" });
    seen.add(excel.lastFailure!.location ?? "");
    const written = Object.keys(excel.sheet("S").cells);
    expect(written).toEqual(["A1", "A2", "A3"].slice(0, written.length)); // earlier writes stay, later ones never ran
  }
  expect([...seen]).toEqual(expect.arrayContaining(["Worksheet.getRange", "Range.formulas", "WorksheetCollection.getItem"]));
});

it("fails every action a predicate picks (here: any write of A3)", async () => {
  const excel = new ExcelEmulator({ sheets: [{ name: "S" }] });
  excel.failWhen(({ request, location }) => request === 2 && location === "Range.formulas");
  await expect(threeWrites(excel)).rejects.toMatchObject({ code: "GeneralException" });
  expect(Object.keys(excel.sheet("S").cells)).toEqual(["A1", "A2"]);
  // The library addresses the sheet by the id the first request reported (ObjectPath.updateUsingObjectData).
  expect(excel.lastFailure?.target).toMatch(/^workbook\.worksheets\.getItem\("\{[0-9A-F-]+\}"\)\.getRange\("A3"\)\.formulas$/);
});

describe("a co-author between two requests", () => {
  it("adds a sheet after the add-in read the names and before it writes", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S" }] });
    excel.afterRequest(1, (coAuthor) => coAuthor.addSheet("Plan"));
    const error = await excel
      .run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
        context.workbook.worksheets.add("Plan");
        await context.sync();
      })
      .then(expectedRejection, (e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "ItemAlreadyExists", debugInfo: { errorLocation: "WorksheetCollection.add" } });
    expect(excel.sheetNames()).toEqual(["S", "Plan"]);
  });

  it("renames, writes, deletes and activates through Excel's rules", () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "A" }, { name: "B" }] });
    excel.coAuthor.renameSheet("A", "Inputs");
    excel.coAuthor.setCell("Inputs", "B2", "=1+1");
    excel.coAuthor.activate("B");
    excel.coAuthor.addTable("B", "A1:B3", "Flows");
    expect(() => excel.coAuthor.addSheet("inputs")).toThrow(/already exists/);
    excel.coAuthor.deleteSheet("Inputs");
    expect(excel.snapshot()).toMatchObject({ activeSheet: "B", sheets: [{ name: "B", tables: [{ name: "Flows" }] }] });
  });
});
