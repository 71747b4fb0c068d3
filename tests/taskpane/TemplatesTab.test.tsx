/** @jest-environment jsdom */
// Source of truth: issue 5 (gallery cards with name, purpose, preview and sheets; options; insert
// shows progress then "Inserted '…'" with a way to go to the sheet, or a clear error; buttons
// disabled while running, never a double insert; last choices remembered), issue 15 (every sentence
// about a template comes from the catalog's facts, which tests/templates check against the sheets),
// issue 12 (a Sensitivities option, on by default) and the catalog.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SHEET_FACTS } from "../../src/templates/gallery";
import { TEMPLATES } from "../../src/templates/catalog";
import { TemplatesTab } from "../../src/taskpane/templates/TemplatesTab";
import { installOffice, renderInProvider, setUpPaneEnvironment } from "./support/render";

jest.mock("../../src/excel", () => ({
  ...jest.requireActual("../../src/excel"),
  insertTemplate: jest.fn(),
  goToSheet: jest.fn(),
}));
const excel = jest.requireMock("../../src/excel") as { insertTemplate: jest.Mock; goToSheet: jest.Mock };
const { InsertError } = jest.requireActual("../../src/excel") as typeof import("../../src/excel");

type Result = { sheetNames: string[]; activated: string };

/** An insert that finishes when the test says so. */
function pendingInsert() {
  let finish!: (r: Result) => void;
  let fail!: (e: unknown) => void;
  excel.insertTemplate.mockImplementation(() => new Promise<Result>((resolve, reject) => ((finish = resolve), (fail = reject))));
  return { finish: (r: Result) => act(async () => finish(r)), fail: (e: unknown) => act(async () => fail(e)) };
}

/** Renders the tab and waits for its lazily loaded parts (the workbook import section). */
async function renderTab() {
  const result = renderInProvider(<TemplatesTab />);
  await screen.findByRole("button", { name: "Insert from workbook…" });
  return result;
}

const insertButton = (title: string) => screen.getByRole("button", { name: `Insert ${title}` });

beforeAll(setUpPaneEnvironment);
beforeEach(() => {
  localStorage.clear();
  installOffice();
  excel.insertTemplate.mockReset();
  excel.goToSheet.mockReset().mockResolvedValue(undefined);
});

describe("template gallery", () => {
  it("offers every template, the complete model first", async () => {
    await renderTab();
    const names = within(screen.getByRole("list", { name: "Templates" }))
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label"));
    const complete = TEMPLATES.find((t) => t.id === "complete")!;
    expect(names).toEqual([`Insert ${complete.title}`, ...TEMPLATES.filter((t) => t.id !== "complete").map((t) => `Insert ${t.title}`)]);
  });

  it("shows each template's purpose, preview and the sheets it adds", async () => {
    await renderTab();
    const jwo = TEMPLATES.find((t) => t.id === "jwo")!;
    const card = screen.getByRole("heading", { name: jwo.title }).closest("li")!;
    expect(within(card).getByText(jwo.purpose)).toBeTruthy();
    expect(within(card).getByRole("img", { name: `Preview: ${jwo.chart}` }).getAttribute("src")).toBe("assets/preview-jwo.png");
    expect(within(card).getByText(/Adds the sheet JWO Investment Case/)).toBeTruthy();
    const complete = TEMPLATES.find((t) => t.id === "complete")!;
    const completeCard = screen.getByRole("heading", { name: complete.title }).closest("li")!;
    const titles = complete.sheets.map((k) => SHEET_FACTS[k].title);
    expect(within(completeCard).getByText(new RegExp(`Adds ${titles.length} sheets: ${titles.join(", ")}\\.`))).toBeTruthy();
  });

  it("says what each template draws and what Sensitivities adds, in the catalog's words", async () => {
    await renderTab();
    for (const t of TEMPLATES) {
      const details = screen.getByRole("heading", { name: t.title }).closest("li")!.textContent ?? "";
      // "Chart: …" only for a single chart; the complete model counts them; Signposts has none.
      if (t.chartCount === 1) expect(details).toContain(`Chart: ${t.chart}.`);
      else expect(details).not.toContain("Chart:");
      expect(details.toLowerCase()).toContain(`${t.chart.toLowerCase()}.`);
      if (t.sensitivities) expect(details).toContain(`With Sensitivities: ${t.sensitivities.adds}.`);
      else expect(details).not.toContain("Sensitivities");
    }
  });

  it("offers Sensitivities, on by default, and passes the choice to the insert", async () => {
    const user = userEvent.setup();
    pendingInsert();
    await renderTab();
    const box = screen.getByRole("checkbox", { name: "Sensitivities" }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const complete = TEMPLATES.find((t) => t.id === "complete")!;
    expect(screen.getByText(`Adds ${complete.sensitivities!.adds}.`)).toBeTruthy();
    await user.click(box);
    await user.click(insertButton("JWO Investment Case"));
    expect(excel.insertTemplate).toHaveBeenCalledWith("jwo", expect.objectContaining({ sensitivities: false }));
  });

  it("inserts with the chosen options, shows progress, then the result and a way to the sheet", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    await renderTab();
    const year = screen.getByRole("spinbutton", { name: "Start year" });
    await user.clear(year);
    await user.type(year, "2030{Enter}");
    await user.selectOptions(screen.getByRole("combobox", { name: "Currency" }), "€");
    await user.selectOptions(screen.getByRole("combobox", { name: /^Scale/ }), "thousands");
    await user.click(screen.getByRole("radio", { name: "Blank inputs" }));
    await user.click(insertButton("JWO Investment Case"));

    expect(excel.insertTemplate).toHaveBeenCalledWith("jwo", { startYear: 2030, horizon: 5, currency: "€", scale: "thousands", inputs: "blank", sensitivities: true });
    expect(await screen.findByRole("progressbar", { name: "Inserting JWO Investment Case…" })).toBeTruthy();
    for (const t of TEMPLATES) expect(screen.getByRole("button", { name: new RegExp(`^Insert(ing)? ${t.title}`) }).getAttribute("aria-disabled")).toBe("true");

    await insert.finish({ sheetNames: ["JWO Investment Case (2)"], activated: "JWO Investment Case (2)" });
    expect(await screen.findByText("Inserted 'JWO Investment Case (2)'")).toBeTruthy();
    expect(insertButton("JWO Investment Case").getAttribute("aria-disabled")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Go to sheet JWO Investment Case (2)" }));
    await waitFor(() => expect(excel.goToSheet).toHaveBeenCalledWith("JWO Investment Case (2)"));
  });

  it("never inserts twice, however fast the clicks come", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    await renderTab();
    await user.dblClick(insertButton("Workforce Realignment"));
    await user.click(insertButton("Signposts Monitor"));
    expect(excel.insertTemplate).toHaveBeenCalledTimes(1);
    await insert.finish({ sheetNames: ["Workforce Realignment"], activated: "Workforce Realignment" });
    expect(await screen.findByText("Inserted 'Workforce Realignment'")).toBeTruthy();
  });

  it("shows a failed insert's message and lets the user try again", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    await renderTab();
    await user.click(insertButton("AI Talent Velocity"));
    const message = "Could not add the chart 'Velocity' on 'AI Talent Velocity'. Nothing was changed in your workbook.";
    await insert.fail(new InsertError(message, "add the chart", "ChartCollection.add", "AI Talent Velocity", [], null));
    expect(await screen.findByText("Couldn't insert AI Talent Velocity.")).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(insertButton("AI Talent Velocity").getAttribute("aria-disabled")).toBeNull();
  });

  it("lists the complete model's sheets in the result", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    await renderTab();
    await user.click(insertButton("Complete model"));
    await insert.finish({ sheetNames: ["Workforce Realignment", "Summary"], activated: "Workforce Realignment" });
    expect(await screen.findByText("Inserted 2 sheets: 'Workforce Realignment', 'Summary'")).toBeTruthy();
  });

  it("says so when Go to sheet finds the sheet gone", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    // Shaped like OfficeExtension.Error: Excel's code says what happened.
    excel.goToSheet.mockRejectedValue(Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }));
    await renderTab();
    await user.click(insertButton("Signposts Monitor"));
    await insert.finish({ sheetNames: ["Signposts Monitor"], activated: "Signposts Monitor" });
    await user.click(await screen.findByRole("button", { name: "Go to sheet Signposts Monitor" }));
    expect(await screen.findByText(/The sheet 'Signposts Monitor' is no longer in this workbook/)).toBeTruthy();
  });

  it("does not blame a missing sheet when Go to sheet fails for another reason (e.g. a download)", async () => {
    const user = userEvent.setup();
    const insert = pendingInsert();
    excel.goToSheet.mockRejectedValue(Object.assign(new Error("Loading chunk renderer failed."), { name: "ChunkLoadError" }));
    await renderTab();
    await user.click(insertButton("Signposts Monitor"));
    await insert.finish({ sheetNames: ["Signposts Monitor"], activated: "Signposts Monitor" });
    await user.click(await screen.findByRole("button", { name: "Go to sheet Signposts Monitor" }));
    expect(await screen.findByText(/Couldn't go to the sheet 'Signposts Monitor' \(Loading chunk renderer failed\.\)\. Check your connection/)).toBeTruthy();
    expect(screen.queryByText(/renamed or deleted/)).toBeNull();
  });

  it("remembers the last choices for the next time the pane opens", async () => {
    const user = userEvent.setup();
    const first = await renderTab();
    const horizon = screen.getByRole("spinbutton", { name: /^Horizon/ });
    await user.clear(horizon);
    await user.type(horizon, "12{Enter}");
    await user.selectOptions(screen.getByRole("combobox", { name: "Currency" }), "£");
    first.unmount();
    await renderTab();
    expect((screen.getByRole("spinbutton", { name: /^Horizon/ }) as HTMLInputElement).value).toBe("12");
    expect((screen.getByRole("combobox", { name: "Currency" }) as HTMLSelectElement).value).toBe("£");
  });

  it("keeps numbers typed out of range within the allowed range", async () => {
    const user = userEvent.setup();
    await renderTab();
    const horizon = screen.getByRole("spinbutton", { name: /^Horizon/ });
    await user.clear(horizon);
    await user.type(horizon, "75{Enter}");
    expect((horizon as HTMLInputElement).value).toBe("30");
  });

  it("explains which templates the horizon does not apply to", async () => {
    await renderTab();
    expect(screen.getByText("Not used by AI Talent Velocity or Signposts Monitor.")).toBeTruthy();
  });

  it("can be used with the keyboard alone: options, then the Insert buttons in card order", async () => {
    const user = userEvent.setup();
    pendingInsert();
    await renderTab();
    const stops: string[] = [];
    for (let i = 0; i < 9; i++) {
      await user.tab();
      const el = document.activeElement as HTMLInputElement;
      stops.push(el.getAttribute("aria-label") ?? (el.labels?.[0]?.textContent || el.textContent || el.tagName));
    }
    expect(stops).toEqual([
      "Start year",
      "Horizon (years)",
      "Currency",
      "Scale",
      "Sample assumptions",
      "Sensitivities",
      "Insert Complete model",
      "Insert Workforce Realignment",
      "Insert AI R&D Budget Reallocation",
    ]);
    await user.keyboard("{Enter}");
    expect(excel.insertTemplate).toHaveBeenCalledWith("budget", expect.any(Object));
  });
});
