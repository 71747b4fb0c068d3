// Sheets without a GR. function: the Signposts Monitor's statuses and count, and the Summary's links
// to the figures and checks of the other sheets, each read back from the recalculated source.
import { AT_OR_BELOW, STATUS } from "../../../src/templates/signposts";
import type { CellResult } from "../lo/libreoffice";
import { num } from "./relations";
import { type Problem, type SheetView, at, close } from "./sheetView";

const [C, D, E, F] = [2, 3, 4, 5];

/** The status rule of the spec, written independently: met at the threshold, near within the band. */
export function signpostStatus(direction: unknown, threshold: number | undefined, latest: number | undefined, band: number): string {
  if (threshold === undefined || latest === undefined) return STATUS.noData;
  const below = direction === AT_OR_BELOW;
  const met = below ? latest <= threshold : latest >= threshold;
  const near = below ? latest <= threshold * (1 + band) : latest >= threshold * (1 - band);
  return met ? STATUS.met : near ? STATUS.near : STATUS.notMet;
}

function signposts(v: SheetView): Problem[] {
  const header = v.row("Signpost");
  const rows = v.rowsWhere(() => true).filter((r) => r > header && v.value(at(F, r)) !== null);
  if (rows.length === 0) return [v.problem(at(F, header + 1), "signpost rows with a status", "the monitor lists its signposts")];
  const bandRow = v.rowsWhere((l) => l.startsWith("Watch band"))[0];
  const band = num(v, C, bandRow) ?? 0;
  const statuses = rows.flatMap((r) => {
    // A blank threshold or latest value means no data, not 0: read them without num()'s blank-as-0.
    const expected = signpostStatus(v.value(at(C, r)), v.number(at(D, r)), v.number(at(E, r)), band);
    return v.value(at(F, r)) === expected ? [] : [v.problem(at(F, r), expected, `status of ${String(v.value(at(0, r)))} by the spec's rule`)];
  });
  const metRow = v.row("Signposts met");
  const met = rows.filter((r) => v.value(at(F, r)) === STATUS.met).length;
  const count = v.number(at(C, metRow)) === met ? [] : [v.problem(at(C, metRow), met, `"Signposts met" counts the rows reading ${STATUS.met}`)];
  return [...statuses, ...count];
}

const LINK = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]+)\$?(\d+)$/;

function same(a: CellResult, b: CellResult): boolean {
  if (typeof a === "number" && typeof b === "number") return close(a, b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Each Summary cell that links another sheet shows exactly what the linked cell shows. */
function summary(v: SheetView, sheets: SheetView[]): Problem[] {
  const links = v.formulaCells().flatMap((address) => {
    const match = LINK.exec(v.formula(address));
    return match ? [{ address, sheet: match[1]?.replace(/''/g, "'") ?? match[2], cell: `${match[3]}${match[4]}` }] : [];
  });
  if (links.length === 0) return [v.problem("C8", "links to the model sheets", "the Summary links the other sheets")];
  const linkProblems = links.flatMap(({ address, sheet, cell }) => {
    const source = sheets.find((s) => s.name === sheet);
    if (!source) return [v.problem(address, `a sheet named '${sheet}'`, "the Summary links sheets of the same insertion")];
    const expected = source.value(cell);
    return same(v.value(address), expected) ? [] : [v.problem(address, expected, `equals '${sheet}'!${cell}`)];
  });
  return [...linkProblems, ...overallCheck(v, links.map((l) => l.address))];
}

/**
 * The overall check reads OK exactly when every linked check does; otherwise CHECK if one does,
 * else what keeps the rest from OK: "Add-in not loaded", then "Inputs incomplete", else CHECK.
 */
function overallCheck(v: SheetView, links: string[]): Problem[] {
  const row = v.row("All add-in figures agree with their native checks");
  const checks = links.filter((a) => a.startsWith("D")).map((a) => v.value(a));
  const reason = ["CHECK", "Add-in not loaded", "Inputs incomplete"].find((r) => checks.includes(r)) ?? "CHECK";
  const expected = checks.length > 0 && checks.every((c) => c === "OK") ? "OK" : reason;
  return v.value(at(D, row)) === expected ? [] : [v.problem(at(D, row), expected, `overall check over ${checks.length} linked checks`)];
}

/** Statuses and links agree with their sources. */
export function linksAgree(views: SheetView[]): Problem[] {
  return views.flatMap((v) => (v.spec.key === "signposts" ? signposts(v) : v.spec.key === "summary" ? summary(v, views) : []));
}
