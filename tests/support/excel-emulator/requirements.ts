// Office.context.requirements with configurable supported sets: what the add-in asks, and what the
// real client library asks before it queues a member of a newer API set (CommonUtility.isSetSupported,
// excel-web-16.00.debug.js line 15234, reads window.Office.context.requirements).
import type { RequirementsApi } from "../../../src/excel/api";

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `fakeRequirements({ ExcelApi: "1.8" })`: ExcelApi up to 1.8 is supported, nothing else. */
export function fakeRequirements(supported: Record<string, string>): RequirementsApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    isSetSupported(name: string, minVersion = "1.1"): boolean {
      asked.push(`${name} ${minVersion}`);
      const highest = Object.entries(supported).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
      return highest !== undefined && compareVersions(highest, minVersion) >= 0;
    },
  };
}
