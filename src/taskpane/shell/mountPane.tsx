import { createRoot } from "react-dom/client";
import type { Theme } from "@fluentui/react-components";
import type { HostInfo } from "../hostInfo";
import { App } from "./App";

/** Renders the pane into `element` (replacing the page's placeholder content). */
export function mountPane(element: HTMLElement, info: HostInfo, theme: Theme): void {
  element.replaceChildren();
  createRoot(element).render(<App host={info.host} theme={theme} themeKind={info.theme} />);
}
