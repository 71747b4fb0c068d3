/** @jest-environment jsdom */
// Source of truth: React's error-boundary contract (a lazy component whose chunk fails to load
// throws during render); issue 5 ("never leaving them wondering what happened").
import { screen } from "@testing-library/react";
import { TemplatesTab } from "../../src/taskpane/templates/TemplatesTab";
import { installOffice, renderInProvider, setUpPaneEnvironment } from "./support/render";

jest.mock("../../src/taskpane/import/WorkbookImport", () => {
  throw new Error("Loading chunk workbook-import failed");
});

beforeAll(setUpPaneEnvironment);

it("keeps the gallery working when a lazily loaded part cannot be downloaded, and says what is missing", async () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined); // React reports the caught error
  installOffice();
  renderInProvider(<TemplatesTab />);
  expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Couldn't load Insert from workbook. Close the pane and open it again.");
  expect(screen.getByRole("button", { name: "Insert Complete model" })).toBeTruthy();
  spy.mockRestore();
});
