/** @jest-environment jsdom */
// Source of truth: issue 5 (outside Excel the pane says it must be opened from Excel and how to
// sideload; the theme follows Office; sections reachable by keyboard) and the WAI-ARIA tabs pattern.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readHostInfo } from "../../src/taskpane/hostInfo";
import { App } from "../../src/taskpane/shell/App";
import { installOffice, setUpPaneEnvironment } from "./support/render";

jest.mock("../../src/excel", () => ({ ...jest.requireActual("../../src/excel"), insertTemplate: jest.fn(), goToSheet: jest.fn() }));

beforeAll(setUpPaneEnvironment);
beforeEach(() => installOffice());

describe("outside Excel", () => {
  it("says the pane must be opened from Excel and how to sideload it", async () => {
    render(<App host="none" theme={webLightTheme} themeKind="light" />);
    expect(await screen.findByRole("heading", { level: 1, name: "Open this pane from Excel" })).toBeTruthy();
    // The steps themselves have one source, the help page's (src/help/sideloadSteps.ts).
    expect(screen.getByRole("link", { name: "sideload steps" }).getAttribute("href")).toBe("help.html#sideloading");
    expect(screen.getByRole("link", { name: "manifest.xml" }).getAttribute("href")).toBe("manifest.xml");
    expect(screen.queryByRole("button", { name: /^Insert / })).toBeNull();
  });
});

describe("readHostInfo", () => {
  const office = (info: { host: string | null }, theme?: { bodyBackgroundColor: string }) => {
    installOffice();
    const g = globalThis as unknown as { Office: Record<string, unknown> & { context: Record<string, unknown> } };
    g.Office.onReady = () => Promise.resolve({ ...info, platform: null });
    g.Office.context.officeTheme = theme;
  };

  it("reports Excel and Office's dark theme", async () => {
    office({ host: "Excel" }, { bodyBackgroundColor: "#262626" });
    expect(await readHostInfo()).toEqual({ host: "excel", theme: "dark" });
  });

  it("reports no host in a plain browser (office.js gives a null host)", async () => {
    office({ host: null });
    expect(await readHostInfo()).toEqual({ host: "none", theme: "light" });
  });

  it("reports no host when office.js could not load at all", async () => {
    delete (globalThis as { Office?: unknown }).Office;
    expect(await readHostInfo()).toEqual({ host: "none", theme: "light" });
  });
});

describe("pane inside Excel", () => {
  it("switches between Templates and Functions with the arrow keys", async () => {
    const user = userEvent.setup();
    render(<App host="excel" theme={webDarkTheme} themeKind="dark" />);
    await screen.findByRole("button", { name: "Insert from workbook…" });
    const templates = screen.getByRole("tab", { name: "Templates" });
    expect(templates.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Templates" })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(templates);
    await user.keyboard("{ArrowRight}");
    const functions = screen.getByRole("tab", { name: "Functions" });
    expect(document.activeElement).toBe(functions);
    expect(functions.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "GR.JWO_NPV" })).toBeTruthy();
    expect(screen.queryByRole("tabpanel", { name: "Templates" })).toBeNull(); // hidden, still mounted
    await user.keyboard("{Home}");
    await waitFor(() => expect(templates.getAttribute("aria-selected")).toBe("true"));
  });

  it("shows the dark preview images in Office's dark theme, the light ones otherwise", async () => {
    for (const [theme, kind, pattern] of [[webDarkTheme, "dark", /^assets\/preview-[a-z]+-dark\.png$/], [webLightTheme, "light", /^assets\/preview-[a-z]+\.png$/]] as const) {
      const view = render(<App host="excel" theme={theme} themeKind={kind} />);
      await screen.findByRole("button", { name: "Insert from workbook…" });
      const sources = screen.getAllByRole("img", { name: /^Preview: / }).map((img) => img.getAttribute("src") ?? "");
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) expect(src).toMatch(pattern);
      view.unmount();
    }
  });
});
