// Renders pane components the way the app does (inside a FluentProvider), with the few browser
// APIs jsdom lacks, and a minimal Office global.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { completeJsdom } from "./dom";

export function setUpPaneEnvironment(): void {
  completeJsdom();
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
