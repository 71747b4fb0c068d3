// What the pane learns from Office before it renders: whether it runs inside Excel, and which
// theme Office uses. Kept free of React so the entry chunk stays tiny.
import { themeKindFromOffice, type ThemeKind } from "./theme";

export type HostInfo = {
  /** "excel" inside Excel; "none" in a plain browser (or when office.js could not load). */
  host: "excel" | "none";
  theme: ThemeKind;
};

/** Waits for office.js, then reads the host and theme. Never rejects. */
export async function readHostInfo(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { host: "none", theme: "light" }; // office.js blocked or offline
  }
  try {
    const info = await Office.onReady();
    if (info.host !== Office.HostType.Excel) return { host: "none", theme: "light" };
    return { host: "excel", theme: themeKindFromOffice(Office.context.officeTheme) };
  } catch {
    return { host: "none", theme: "light" };
  }
}
