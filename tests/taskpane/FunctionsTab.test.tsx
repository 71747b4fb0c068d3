/** @jest-environment jsdom */
// Source of truth: issue 5 (each GR function with syntax, description, example and a link to its
// reference page; "Insert example" writes into the selected cell and never overwrites a non-empty
// cell without asking), issue 10 item 5 (Repair GR formulas reports what it repaired on which sheets,
// with progress) and the function catalogue (src/functions/catalog.ts).
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { FunctionsTab } from "../../src/taskpane/functions/FunctionsTab";
import { installOffice, renderInProvider, setUpPaneEnvironment } from "./support/render";

jest.mock("../../src/excel/activeCell", () => ({ readActiveCell: jest.fn(), writeFormula: jest.fn() }));
const cell = jest.requireMock("../../src/excel/activeCell") as { readActiveCell: jest.Mock; writeFormula: jest.Mock };
jest.mock("../../src/excel/repairFormulas", () => ({ repairGrFormulas: jest.fn() }));
const repairModule = jest.requireMock("../../src/excel/repairFormulas") as { repairGrFormulas: jest.Mock };
type Report = import("../../src/excel/repairFormulas").RepairReport;
type Progress = import("../../src/excel/repairFormulas").RepairProgress;

const NPV = FUNCTION_CATALOG.find((f) => f.id === "JWO_NPV")!;
const insertExample = (id: string) => screen.getByRole("button", { name: `Insert example of GR.${id}` });

beforeAll(setUpPaneEnvironment);
beforeEach(() => {
  installOffice();
  cell.readActiveCell.mockReset().mockResolvedValue({ sheet: "Sheet1", address: "B2", empty: true });
  cell.writeFormula.mockReset().mockResolvedValue("written");
  repairModule.repairGrFormulas.mockReset();
});

/** A repair that reports progress and finishes when the test says so. */
function pendingRepair() {
  let finish!: (r: Report) => void;
  let progress!: (p: Progress) => void;
  repairModule.repairGrFormulas.mockImplementation((onProgress: (p: Progress) => void) => {
    progress = onProgress;
    return new Promise<Report>((resolve) => (finish = resolve));
  });
  return { progress: (p: Progress) => act(async () => progress(p)), finish: (r: Report) => act(async () => finish(r)) };
}
const repairButton = () => screen.getByRole("button", { name: "Repair GR formulas" });

describe("function reference", () => {
  it("lists every GR function with its syntax, description, example and reference link", () => {
    renderInProvider(<FunctionsTab />);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(FUNCTION_CATALOG.map((f) => `GR.${f.id}`));
    const card = screen.getByRole("heading", { name: "GR.JWO_NPV" }).closest("li")!;
    expect(within(card).getByText(NPV.syntax)).toBeTruthy();
    expect(within(card).getByText(NPV.description)).toBeTruthy();
    expect(within(card).getByText(NPV.examples[0].formula)).toBeTruthy();
    expect(within(card).getByText(`Example (result ${NPV.examples[0].result})`)).toBeTruthy();
    const link = within(card).getByRole("link", { name: /^Full reference for GR.JWO_NPV/ });
    expect(link.getAttribute("href")).toBe("help.html#JWO_NPV");
  });

  it("writes the example into an empty selected cell", async () => {
    const user = userEvent.setup();
    renderInProvider(<FunctionsTab />);
    await user.click(insertExample("JWO_NPV"));
    expect(cell.writeFormula).toHaveBeenCalledWith({ sheet: "Sheet1", address: "B2", empty: true }, NPV.examples[0].formula, "ifEmpty");
    expect(await screen.findByText(`Wrote ${NPV.examples[0].formula} into Sheet1!B2.`)).toBeTruthy();
  });

  it("asks before replacing a cell that holds something, and keeps it when told to", async () => {
    const user = userEvent.setup();
    cell.readActiveCell.mockResolvedValue({ sheet: "Plan", address: "C4", empty: false });
    renderInProvider(<FunctionsTab />);
    await user.click(insertExample("TALENT_VELOCITY"));
    const dialog = await screen.findByRole("alertdialog", { name: "Replace the contents of Plan!C4?" });
    await user.click(within(dialog).getByRole("button", { name: "Keep the cell" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(cell.writeFormula).not.toHaveBeenCalled();
  });

  it("replaces the cell's content when the user agrees", async () => {
    const user = userEvent.setup();
    cell.readActiveCell.mockResolvedValue({ sheet: "Plan", address: "C4", empty: false });
    renderInProvider(<FunctionsTab />);
    await user.click(insertExample("TALENT_VELOCITY"));
    await user.click(await screen.findByRole("button", { name: "Replace" }));
    const formula = FUNCTION_CATALOG.find((f) => f.id === "TALENT_VELOCITY")!.examples[0].formula;
    await waitFor(() => expect(cell.writeFormula).toHaveBeenCalledWith({ sheet: "Plan", address: "C4", empty: false }, formula, "replace"));
    expect(await screen.findByText(`Wrote ${formula} into Plan!C4.`)).toBeTruthy();
  });

  it("asks when the cell was filled between reading and writing", async () => {
    const user = userEvent.setup();
    cell.writeFormula.mockResolvedValueOnce("notEmpty");
    renderInProvider(<FunctionsTab />);
    await user.click(insertExample("GENAI_SAVINGS"));
    expect(await screen.findByRole("alertdialog", { name: "Replace the contents of Sheet1!B2?" })).toBeTruthy();
  });

  it("explains what to do when Excel refuses (e.g. a chart is selected)", async () => {
    const user = userEvent.setup();
    cell.readActiveCell.mockRejectedValue(new Error("The current selection is invalid for this operation"));
    renderInProvider(<FunctionsTab />);
    await user.click(insertExample("REALLOC_SAVINGS"));
    expect(await screen.findByText(/Select a single cell in a worksheet and try again/)).toBeTruthy();
  });
});

describe("Repair GR formulas", () => {
  it("shows which sheet it is on, keeps Insert example waiting, then says what it repaired where", async () => {
    const user = userEvent.setup();
    const repair = pendingRepair();
    renderInProvider(<FunctionsTab />);
    await user.click(repairButton());
    await repair.progress({ step: "checking", sheet: "Plan", sheetNumber: 2, sheetCount: 3 });
    expect(await screen.findByRole("progressbar", { name: "Checking 'Plan' (sheet 2 of 3)…" })).toBeTruthy();
    expect(insertExample("JWO_NPV").getAttribute("aria-disabled")).toBe("true");
    expect(repairButton().getAttribute("aria-disabled")).toBe("true");
    await repair.finish({ repaired: [{ sheet: "Plan", cells: 3 }, { sheet: "JWO Investment Case", cells: 1 }], protectedSheets: [], refused: [], syncs: 6 });
    expect(await screen.findByText("Repaired 4 cells.")).toBeTruthy();
    expect(screen.getByText("Re-entered 3 cells on 'Plan', 1 cell on 'JWO Investment Case'.")).toBeTruthy();
    expect(insertExample("JWO_NPV").getAttribute("aria-disabled")).toBeNull();
  });

  it("says when there is nothing to repair", async () => {
    const user = userEvent.setup();
    repairModule.repairGrFormulas.mockResolvedValue({ repaired: [], protectedSheets: [], refused: [], syncs: 4 });
    renderInProvider(<FunctionsTab />);
    await user.click(repairButton());
    expect(await screen.findByText("Nothing to repair: no GR formula shows #NAME?.")).toBeTruthy();
  });

  it("says what it left on protected sheets and what Excel refused, and why", async () => {
    const user = userEvent.setup();
    repairModule.repairGrFormulas.mockResolvedValue({
      repaired: [],
      protectedSheets: [{ sheet: "Locked", cells: 2 }],
      refused: [{ sheet: "Arrays", cells: 1, reason: "You can't change part of an array." }],
      syncs: 7,
    });
    renderInProvider(<FunctionsTab />);
    await user.click(repairButton());
    expect(await screen.findByText("No cell could be repaired.")).toBeTruthy();
    expect(screen.getByText(/Not changed, because the sheet is protected: 2 cells on 'Locked'\. Unprotect the sheet/)).toBeTruthy();
    expect(screen.getByText(/Excel refused to re-enter 1 cell on 'Arrays' \(You can't change part of an array\.\)/)).toBeTruthy();
  });

  it("passes on the message of an Excel too old to list the cells", async () => {
    const user = userEvent.setup();
    repairModule.repairGrFormulas.mockRejectedValue(Object.assign(new Error("This version of Excel can't list the cells to repair."), { name: "RepairUnsupportedError" }));
    renderInProvider(<FunctionsTab />);
    await user.click(repairButton());
    expect(await screen.findByText("This version of Excel can't list the cells to repair.", { exact: false })).toBeTruthy();
  });
});
