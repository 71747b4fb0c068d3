/** @jest-environment jsdom */
// Source of truth: issue 5 (each GR function with syntax, description, example and a link to its
// reference page; "Insert example" writes into the selected cell and never overwrites a non-empty
// cell without asking) and the function catalogue (src/functions/catalog.ts).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { FunctionsTab } from "../../src/taskpane/functions/FunctionsTab";
import { installOffice, renderInProvider, setUpPaneEnvironment } from "./support/render";

jest.mock("../../src/excel/activeCell", () => ({ readActiveCell: jest.fn(), writeFormula: jest.fn() }));
const cell = jest.requireMock("../../src/excel/activeCell") as { readActiveCell: jest.Mock; writeFormula: jest.Mock };

const NPV = FUNCTION_CATALOG.find((f) => f.id === "JWO_NPV")!;
const insertExample = (id: string) => screen.getByRole("button", { name: `Insert example of GR.${id}` });

beforeAll(setUpPaneEnvironment);
beforeEach(() => {
  installOffice();
  cell.readActiveCell.mockReset().mockResolvedValue({ sheet: "Sheet1", address: "B2", empty: true });
  cell.writeFormula.mockReset().mockResolvedValue("written");
});

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
