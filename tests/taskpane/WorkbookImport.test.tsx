/** @jest-environment jsdom */
// Source of truth: issue 5 ("Insert from workbook…": pick an .xlsx, list its sheets, insert the
// chosen ones; say plainly when the API is missing, the file is too large for one request, or
// Excel on the web refuses sheets with charts, PivotTables, comments or slicers).
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WEB_MAX_FILE_BYTES } from "../../src/excel/importWorkbook";
import { WorkbookImport } from "../../src/taskpane/import/WorkbookImport";
import { installOffice, renderInProvider, setUpPaneEnvironment, type FakeOffice } from "./support/render";
import { bombXlsx, makeXlsx, xlsxWithPartNamed } from "./support/xlsx";

jest.mock("../../src/excel/importWorkbook", () => ({
  ...jest.requireActual("../../src/excel/importWorkbook"),
  insertSheetsFromWorkbook: jest.fn(),
}));
const importer = jest.requireMock("../../src/excel/importWorkbook") as { insertSheetsFromWorkbook: jest.Mock };

const SAMPLE = makeXlsx([
  { name: "Plan" },
  { name: "Charted", features: ["chart"] },
  { name: "Lookups", state: "hidden" },
  { name: "Chart1", kind: "chartsheet" },
]);

/** A copy of `bytes` with one byte of the workbook part's compressed data changed. */
function damagedCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const name = Buffer.from(copy).indexOf("xl/workbook.xml"); // first occurrence: the part's local header
  copy[name + "xl/workbook.xml".length + 5] ^= 0x01;
  return copy;
}

function renderImport(office: FakeOffice = {}) {
  installOffice(office);
  const onBusyChange = jest.fn();
  const result = renderInProvider(<WorkbookImport busy={false} onBusyChange={onBusyChange} />);
  const input = result.container.querySelector<HTMLInputElement>('input[type="file"]');
  return { ...result, input, onBusyChange };
}

/** Chooses a file as the picker would; applyAccept off, as a user can switch the picker to "All files". */
async function chooseFile(input: HTMLInputElement | null, bytes: Uint8Array, name = "Company template.xlsx") {
  await userEvent.setup({ applyAccept: false }).upload(input!, new File([new Uint8Array(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
}

beforeAll(setUpPaneEnvironment);
beforeEach(() => importer.insertSheetsFromWorkbook.mockReset());

describe("insert from workbook", () => {
  it("lists the file's sheets, preselecting the visible ones Excel on the web can insert", async () => {
    const { input } = renderImport({ platform: "OfficeOnline" });
    await chooseFile(input, SAMPLE);
    const group = await screen.findByRole("group", { name: "Sheets in Company template.xlsx" });
    const box = (name: string) => within(group).getByRole("checkbox", { name }) as HTMLInputElement;
    expect(box("Plan").checked).toBe(true);
    expect(box("Lookups (hidden)").checked).toBe(false);
    expect(box("Charted").disabled).toBe(true);
    expect(within(group).getByText("Has charts, which Excel on the web can't insert.")).toBeTruthy();
    expect(box("Chart1").disabled).toBe(true);
    expect(within(group).getByText("Chart sheet: only worksheets can be inserted.")).toBeTruthy();
  });

  it("allows sheets with charts in Excel on Windows or Mac", async () => {
    const { input } = renderImport({ platform: "PC" });
    await chooseFile(input, SAMPLE);
    expect((await screen.findByRole("checkbox", { name: "Charted" }) as HTMLInputElement).disabled).toBe(false);
  });

  it("inserts the chosen sheets in workbook order and reports the names they received", async () => {
    const user = userEvent.setup();
    importer.insertSheetsFromWorkbook.mockResolvedValue([
      { source: "Plan", inserted: "Plan (2)" },
      { source: "Lookups", inserted: "Lookups" },
    ]);
    const { input, onBusyChange } = renderImport();
    await chooseFile(input, SAMPLE);
    await user.click(await screen.findByRole("checkbox", { name: "Lookups (hidden)" }));
    await user.click(screen.getByRole("button", { name: "Insert 2 sheets" }));
    expect(importer.insertSheetsFromWorkbook).toHaveBeenCalledWith(SAMPLE, ["Plan", "Lookups"]);
    expect(await screen.findByText("Inserted 'Plan (2)' and 'Lookups'. 'Plan' was taken, so the copy is named 'Plan (2)'.")).toBeTruthy();
    expect(onBusyChange.mock.calls).toEqual([[true], [false]]);
  });

  it("imports once on a double click, even when both clicks arrive before React re-renders", async () => {
    importer.insertSheetsFromWorkbook.mockResolvedValue([{ source: "Plan", inserted: "Plan" }]);
    const { input } = renderImport();
    await chooseFile(input, SAMPLE);
    const insert = await screen.findByRole("button", { name: /^Insert \d+ sheets?$/ });
    act(() => {
      insert.click(); // one act: no re-render between the two clicks
      insert.click();
    });
    expect(await screen.findByText(/^Inserted 'Plan'/)).toBeTruthy();
    expect(importer.insertSheetsFromWorkbook).toHaveBeenCalledTimes(1);
  });

  it("cannot insert with no sheet chosen", async () => {
    const user = userEvent.setup();
    const { input } = renderImport();
    await chooseFile(input, SAMPLE);
    await user.click(await screen.findByRole("checkbox", { name: "Plan" }));
    const insert = screen.getByRole("button", { name: "Insert 0 sheets" });
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    await user.click(insert);
    expect(importer.insertSheetsFromWorkbook).not.toHaveBeenCalled();
  });

  it("shows Excel's refusal in plain words", async () => {
    const user = userEvent.setup();
    const { ImportError } = jest.requireActual("../../src/excel/importWorkbook") as typeof import("../../src/excel/importWorkbook");
    importer.insertSheetsFromWorkbook.mockRejectedValue(new ImportError("nameClash", "A sheet with the same name already exists."));
    const { input } = renderImport();
    await chooseFile(input, SAMPLE);
    await user.click(await screen.findByRole("button", { name: "Insert 1 sheet" }));
    expect(await screen.findByText("Couldn't insert from Company template.xlsx.")).toBeTruthy();
    expect(screen.getByText("A sheet with the same name already exists.")).toBeTruthy();
  });

  it("says a file is too large for Excel on the web before reading it", async () => {
    const { input } = renderImport({ platform: "OfficeOnline" });
    await chooseFile(input, new Uint8Array(WEB_MAX_FILE_BYTES + 1), "Huge.xlsx");
    expect(await screen.findByText(/^This file is 3\.7 MB; Excel on the web accepts workbooks up to about 3\.7 MB/)).toBeTruthy();
  });

  it("says what is wrong with a file that is not a workbook", async () => {
    const { input } = renderImport();
    await chooseFile(input, new TextEncoder().encode("a,b\n1,2\n"), "data.csv");
    expect(await screen.findByText("Couldn't read data.csv.")).toBeTruthy();
    expect(screen.getByText(/^It isn't an Excel workbook: .xlsx and .xlsm files are zip packages, and this file is not one/)).toBeTruthy();
  });

  // Issue 13: the reader's reason reaches the user, instead of a generic "Choose an Excel workbook";
  // nothing is offered for insertion, so the workbook stays as it was.
  it.each([
    ["a DEFLATE bomb", () => bombXlsx(1024 ** 3, { part: "workbook", header: "honest" }), /^This file inflates past 75 MB and was not read/],
    ["a truncated file", () => SAMPLE.subarray(0, SAMPLE.length - 100), /^The file is truncated: its end is missing/],
    ["a damaged part", () => damagedCopy(SAMPLE), /^A part of it is damaged \(.*'xl\/workbook.xml'.*\), so it was not read/],
    ["an unsafe part name", () => xlsxWithPartNamed("../../x"), /^It contains a part named '..\/..\/x', which is not a valid name inside a workbook/],
  ])("shows why %s can't be read, and offers nothing to insert", async (_, file, reason) => {
    const { input } = renderImport({ platform: "PC" });
    await chooseFile(input, file(), "Hostile.xlsx");
    expect(await screen.findByText("Couldn't read Hostile.xlsx.")).toBeTruthy();
    expect(screen.getByText(reason)).toBeTruthy();
    expect(screen.queryByRole("group", { name: /^Sheets in/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Insert from workbook…" })).toBeTruthy();
    expect(importer.insertSheetsFromWorkbook).not.toHaveBeenCalled();
  });

  it("refuses on Windows or Mac a file larger than any package within the caps, without loading it", async () => {
    const { input } = renderImport({ platform: "PC" });
    const file = new File([new Uint8Array(16)], "Huge.xlsx");
    Object.defineProperty(file, "size", { value: 200 * 1024 * 1024 });
    const load = jest.spyOn(file, "arrayBuffer");
    await userEvent.setup({ applyAccept: false }).upload(input!, file);
    expect(await screen.findByText(/^This file is 200 MB, larger than any workbook the pane reads \(75 MB once unpacked\)/)).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
  });

  it("says plainly when this Excel lacks the API, instead of offering the button", () => {
    renderImport({ excelApi: "1.12" });
    expect(screen.queryByRole("button", { name: "Insert from workbook…" })).toBeNull();
    expect(screen.getByText(/This version of Excel can't insert sheets from another workbook/)).toBeTruthy();
  });
});
