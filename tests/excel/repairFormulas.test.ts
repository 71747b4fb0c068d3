// Source of truth: issue 10 item 5 (re-enter the GR. formulas that show #NAME? because they were
// entered before the functions were registered, office-js #6611; change nothing else; stay within
// Excel on the web's 5 MB request limit; report what was repaired where) and Excel's documented
// behaviour as modelled by tests/excel/repairWorkbook.ts (load before read, batches that stop at a
// refused write, spilled cells without a formula of their own, null used range on a blank sheet).
import {
  CELLS_PER_REQUEST,
  RepairUnsupportedError,
  VALUE_TYPES_PER_REQUEST,
  callsGrFunction,
  repairGrFormulas,
  type RepairProgress,
} from "../../src/excel/repairFormulas";
import { RepairWorkbook, cellName } from "./repairWorkbook";

const FIVE_MB = 5 * 1024 * 1024;
const requirements = (version = "1.4") => ({ isSetSupported: (set: string, v = "1.1") => set === "ExcelApi" && Number(v.split(".")[1]) <= Number(version.split(".")[1]) });
const repair = (book: RepairWorkbook, onProgress?: (p: RepairProgress) => void) => repairGrFormulas(onProgress, { run: book.run, requirements: requirements() });

/** A workbook whose GR. formulas were entered before the add-in loaded, plus everything that must stay. */
function userWorkbook(): RepairWorkbook {
  const book = new RepairWorkbook();
  const plan = book.addSheet("Plan (mine)", {
    A1: "Revenue",
    B1: 1200,
    B2: "=GR.JWO_NPV(10%, B1, 0, 0)",
    B3: "=gr.talent_velocity(1000, 300, 100, 2)", // any case
    B4: "=SUM(B1:B3)",
    B5: "=UNKNOWNFN(1)", // #NAME? without a GR. call: not ours
    B6: '=CONCAT("GR.JWO_NPV(", UNKNOWNFN(2))', // GR. only inside a text literal
    B7: "#NAME?", // text, not a formula
    D1: "=GR.WORKFORCE_PLAN({120;80}, {-25%;40%}, 3)", // a dynamic array that cannot spill yet
  });
  book.addSpill(plan, "F1", "=SEQUENCE(2,2)", [[1, 2], [3, 4]]);
  book.addSheet("Data", { A1: "Headcount", B1: 450, C1: "=GR.REALLOC_SAVINGS(100, 150000)" });
  book.addSheet("Blank", {});
  book.registered = true; // the add-in has loaded since: new entries would compute
  return book;
}

describe("callsGrFunction", () => {
  it.each([
    ["=GR.JWO_NPV(1,2,3,4)", true],
    ["=1+gr.jwo_npv(1,2,3,4)", true],
    ["=SUM(GR.WORKFORCE_PLAN(A1:A2, B1:B2, 3))", true],
    ['=IF(A1>0, GR.JWO_PAYBACK(A1:C1, A2:C2, A3:C3), "none")', true],
  ])("finds the call in %s", (formula, expected) => expect(callsGrFunction(formula)).toBe(expected));

  it.each([
    ['="GR.JWO_NPV(1)"', "inside a text literal"],
    ['="say ""GR.JWO_NPV(1)"""', "inside a text literal with doubled quotes"],
    ["='GR.Data (2)'!A1", "a quoted sheet name"],
    ["=MYGR.X(1)", "a longer name ending in GR."],
    ["=GR.JWO_NPV", "a name without a call"],
    ["=SUM(A1:A3)", "no GR. at all"],
  ])("ignores %s (%s)", (formula) => expect(callsGrFunction(formula)).toBe(false));
});

describe("repairGrFormulas", () => {
  it("re-enters exactly the GR. formulas showing #NAME?, on every sheet, and reports them per sheet", async () => {
    const book = userWorkbook();
    const before = book.snapshot();
    const report = await repair(book);
    expect(book.written.sort()).toEqual(["Data!C1", "Plan (mine)!B2", "Plan (mine)!B3", "Plan (mine)!D1"]);
    expect(report.repaired).toEqual([
      { sheet: "Plan (mine)", cells: 3 },
      { sheet: "Data", cells: 1 },
    ]);
    expect(report.protectedSheets).toEqual([]);
    expect(report.refused).toEqual([]);
    // Each repaired cell holds the same formula and now computes; every other cell is as it was.
    const after = book.snapshot();
    for (const address of book.written) {
      const [sheet, cell] = [address.slice(0, address.lastIndexOf("!")), address.slice(address.lastIndexOf("!") + 1)];
      expect(after[sheet][cell]).toEqual({ formula: before[sheet][cell].formula, value: 42, type: "Double" });
      delete after[sheet][cell];
      delete before[sheet][cell];
    }
    expect(after).toEqual(before);
  });

  it("never writes into cells another formula spills into (they have no formula of their own)", async () => {
    const book = new RepairWorkbook();
    const sheet = book.addSheet("Model", { A1: "=GR.JWO_NPV(1,2,3,4)" });
    book.addSpill(sheet, "C1", '=IFERROR(GR.WORKFORCE_PLAN(A1,A1,2),"x")', [["#NAME?", "#NAME?"], ["#NAME?", "#NAME?"]]);
    for (const a of ["C1", "D1", "C2", "D2"]) sheet.cells.get(a)!.type = "Error"; // a spill that shows #NAME?
    book.registered = true;
    await repair(book);
    expect(book.written.sort()).toEqual(["Model!A1", "Model!C1"]);
  });

  it("leaves protected sheets alone and says how many cells there need repair", async () => {
    const book = new RepairWorkbook();
    book.addSheet("Locked", { A1: "=GR.JWO_NPV(1,2,3,4)", A2: "=GR.JWO_NPV(1,2,3,5)" }, { protected: true });
    book.addSheet("Open", { A1: "=GR.JWO_NPV(1,2,3,4)" });
    book.registered = true;
    const report = await repair(book);
    expect(book.written).toEqual(["Open!A1"]);
    expect(report.protectedSheets).toEqual([{ sheet: "Locked", cells: 2 }]);
    expect(report.repaired).toEqual([{ sheet: "Open", cells: 1 }]);
  });

  it("reports, as read back, the cells Excel refuses to re-enter (part of a legacy array formula)", async () => {
    const book = new RepairWorkbook();
    book.addSheet("Arrays", { A1: "=GR.JWO_NPV(1,2,3,4)", B1: "=GR.TALENT_VELOCITY(1,2,3)", B2: "=GR.TALENT_VELOCITY(1,2,3)", C1: "=GR.JWO_NPV(9,2,3,4)" }, { legacyArrays: ["B1:B2"] });
    book.registered = true;
    const report = await repair(book);
    // The request stopped at B1: A1 before it was re-entered, B1, B2 and C1 were not.
    expect(book.written).toEqual(["Arrays!A1"]);
    expect(report.repaired).toEqual([{ sheet: "Arrays", cells: 1 }]);
    expect(report.refused).toEqual([{ sheet: "Arrays", cells: 3, reason: "You can't change part of an array." }]);
  });

  it("reads nothing but used ranges when there is nothing to repair, and writes nothing", async () => {
    const book = new RepairWorkbook();
    book.registered = true;
    book.addSheet("Fine", { A1: "=GR.JWO_NPV(1,2,3,4)", A2: 3 });
    book.addSheet("Empty", {});
    const report = await repair(book);
    expect(report).toEqual({ repaired: [], protectedSheets: [], refused: [], syncs: 4 }); // names, used ranges, their sizes, value types
    expect(book.written).toEqual([]);
  });

  it("keeps every request under 5 MB on a big workbook, in the documented number of syncs, with progress per sheet", async () => {
    const book = new RepairWorkbook();
    book.addSheet("Small", { A1: "=GR.JWO_NPV(1,2,3,4)" });
    // 500 rows × 420 columns (210,000 used cells, more than one value-type request); every 25th row
    // holds GR. formulas entered before registration, half of them 6,000 characters long.
    const long = `=GR.JWO_NPV(10%, ${"1+".repeat(3000)}1, 0, 0)`;
    const cells: Record<string, string | number> = {};
    for (let r = 0; r < 500; r++) for (let c = 0; c < 420; c++) cells[cellName(r, c)] = r % 25 ? r * c : c % 2 ? long : "=GR.JWO_NPV(1,2,3,4)";
    book.addSheet("Big", cells);
    book.registered = true;
    const progress: RepairProgress[] = [];
    const report = await repair(book, (p) => progress.push(p));

    const used = 1 + 500 * 420;
    const broken = 1 + 20 * 420;
    // Blocks of ⌊200,000 / 420⌋ = 476 rows: Small's cell and Big's first 476 rows, then Big's last 24.
    const valueTypeRequests = 2;
    // names, used ranges, their sizes; value types; error cells; writes per sheet (Small, then Big).
    const expectedSyncs = 3 + valueTypeRequests + Math.ceil(broken / CELLS_PER_REQUEST) + 1 + Math.ceil((broken - 1) / CELLS_PER_REQUEST);
    expect(used).toBeGreaterThan(VALUE_TYPES_PER_REQUEST);
    expect(report.syncs).toBe(expectedSyncs);
    expect(book.syncs).toHaveLength(expectedSyncs);
    expect(Math.max(...book.syncs.map((s) => s.requestBytes))).toBeLessThan(FIVE_MB);
    expect(Math.max(...book.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    expect(report.repaired).toEqual([
      { sheet: "Small", cells: 1 },
      { sheet: "Big", cells: 20 * 420 },
    ]);
    expect([...new Set(progress.map((p) => `${p.step} ${p.sheet} ${p.sheetNumber}/${p.sheetCount}`))]).toEqual([
      "checking Small 1/2",
      "checking Big 2/2",
      "repairing Small 1/2",
      "repairing Big 2/2",
    ]);
  });

  it("refuses with a plain message, before any request, where Excel lacks used ranges (ExcelApi 1.4)", async () => {
    const book = userWorkbook();
    await expect(repairGrFormulas(undefined, { run: book.run, requirements: requirements("1.3") })).rejects.toBeInstanceOf(RepairUnsupportedError);
    expect(book.syncs).toEqual([]);
  });
});
