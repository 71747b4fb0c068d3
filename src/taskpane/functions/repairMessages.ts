// The words of "Repair GR formulas": progress, and a report that says what was repaired where and
// what was left, from the counts the repair read back. Sheet names are rendered as text.
import type { RepairProgress, RepairReport, SheetRepair } from "../../excel/repairFormulas";

const cells = (n: number) => (n === 1 ? "1 cell" : `${n.toLocaleString("en-US")} cells`);
const perSheet = (list: SheetRepair[]) => list.map((s) => `${cells(s.cells)} on '${s.sheet}'`).join(", ");
const total = (list: SheetRepair[]) => list.reduce((n, s) => n + s.cells, 0);

/** "Checking 'Plan' (sheet 2 of 5)…" / "Repairing 'Plan' (sheet 2 of 5)…". */
export function progressLabel(p: RepairProgress): string {
  return `${p.step === "checking" ? "Checking" : "Repairing"} '${p.sheet}' (sheet ${p.sheetNumber} of ${p.sheetCount})…`;
}

export type RepairSummary = { intent: "success" | "warning"; title: string; details: string[] };

export function summarize(report: RepairReport): RepairSummary {
  const repaired = total(report.repaired);
  const details: string[] = [];
  if (repaired > 0) details.push(`Re-entered ${perSheet(report.repaired)}.`);
  if (report.protectedSheets.length > 0) {
    details.push(`Not changed, because the sheet is protected: ${perSheet(report.protectedSheets)}. Unprotect the sheet and repair again.`);
  }
  for (const r of report.refused) {
    details.push(`Excel refused to re-enter ${cells(r.cells)} on '${r.sheet}' (${r.reason}). A cell of an array formula entered with Ctrl+Shift+Enter can only be re-entered with the whole array: select it, press F2, then Ctrl+Shift+Enter.`);
  }
  const left = total(report.protectedSheets) + total(report.refused);
  if (repaired === 0 && left === 0) return { intent: "success", title: "Nothing to repair: no GR formula shows #NAME?.", details };
  const title = repaired > 0 ? `Repaired ${cells(repaired)}.` : "No cell could be repaired.";
  return { intent: left > 0 ? "warning" : "success", title, details };
}
