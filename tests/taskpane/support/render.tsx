// Renders pane components the way the app does (inside a FluentProvider), with the few browser
// APIs jsdom lacks, and a minimal Office global.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { completeJsdom } from "./dom";

/**
 * How long a findBy/waitFor waits for a state before failing. The pane loads parts of itself lazily
 * (the function list, the status line, Insert from workbook): in jest each is a module compiled on
 * first import, which on a loaded machine (load average 9 to 14 on 2 cores) took longer than Testing
 * Library's 1 s default. The waits are for states, so a generous limit costs nothing when all is well.
 */
export const STATE_WAIT_MS = 30_000;
/** Per-test limit for files that render the pane: several state waits plus the lazy imports. */
export const PANE_TEST_TIMEOUT_MS = 120_000;
// At import, so it covers every test and hook of the file that renders the pane.
jest.setTimeout(PANE_TEST_TIMEOUT_MS);

export function setUpPaneEnvironment(): void {
  completeJsdom();
  configure({ asyncUtilTimeout: STATE_WAIT_MS });
  // Preloads run at once rather than at some idle moment after the test has ended.
  window.requestIdleCallback = ((cb: IdleRequestCallback) => {
    cb({ didTimeout: false, timeRemaining: () => 50 });
    return 0;
  }) as typeof window.requestIdleCallback;
}

export type FakeOffice = { excelApi?: string; platform?: "OfficeOnline" | "PC" };

export function installOffice(options: FakeOffice = {}): void {
  const highest = Number((options.excelApi ?? "1.13").split(".")[1]);
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    HostType: { Excel: "Excel" },
    context: {
      platform: options.platform ?? "OfficeOnline",
      requirements: { isSetSupported: (set: string, version = "1.1") => set === "ExcelApi" && Number(version.split(".")[1]) <= highest },
    },
  };
}

export function renderInProvider(ui: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
