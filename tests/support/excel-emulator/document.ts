// An emulator as the document: the add-in's own Excel.run(batch) reaches it through Office's call
// into its host (attachDocument), with the globals office.js would set in the pane: Excel from
// Microsoft's library, Office.context's requirements and platform. Used by the import tests, whose
// code takes the document route rather than a URL RequestContext.
import type { ExcelEmulator } from "./index";
import { officeJs } from "./loadOfficeJs";

type OfficePlatform = "OfficeOnline" | "PC";
const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

/** Attaches `excel` as the document; the platform is the emulator's own unless given. */
export function installAsDocument(excel: ExcelEmulator, platform?: OfficePlatform): ExcelEmulator {
  excel.attachDocument();
  globals.Excel = officeJs().globals.Excel;
  const shown = platform ?? (excel.host.settings.platform === "web" ? "OfficeOnline" : "PC");
  globals.Office = { context: { requirements: excel.requirements, platform: shown }, PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" } };
  return excel;
}

/** Removes what installAsDocument set (call it in afterEach). */
export function uninstallDocument(): void {
  delete globals.Excel;
  delete globals.Office;
}
