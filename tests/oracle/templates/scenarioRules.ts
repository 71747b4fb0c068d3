// What LibreOffice must show on the Scenarios sheet: the live-case column is the chosen case's
// column, in the driver table and in the comparison table; each tornado swing is the distance
// between its downside and upside; the sorted bars are the same bars, by swing, smallest first.
import { type Problem, type SheetView, at, close } from "./sheetView";

const [C, D, E, F] = [2, 3, 4, 5];

/** Numbers within the oracle's tolerance; texts, and errors, alike. */
const same = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? close(a, b) : JSON.stringify(a) === JSON.stringify(b));

/** Rows strictly after the header labelled `header`, up to the first row whose label fails `test`. */
function rowsAfter(v: SheetView, header: string, test: (label: string) => boolean): number[] {
  const start = v.rowsWhere((l) => l === header)[0];
  if (start === undefined) return [];
  const rows: number[] = [];
  for (let r = start + 1; test(String(v.value(at(0, r)) ?? "")); r++) rows.push(r);
  return rows;
}

function liveColumns(v: SheetView): Problem[] {
  const chosen = String(v.value(at(C, 7)));
  const column = chosen === "Upside" ? D : chosen === "Downside" ? E : C;
  const rows = [...rowsAfter(v, "Driver", (l) => l !== ""), ...rowsAfter(v, "Figure", (l) => l !== "")];
  if (rows.length === 0) return [v.problem("A1", "driver and figure rows", "the Scenarios sheet has its two tables")];
  return rows.filter((r) => !same(v.value(at(F, r)), v.value(at(column, r)))).map((r) => v.problem(at(F, r), v.value(at(column, r)), `live case (${chosen}) = the ${chosen} column`));
}

function tornado(v: SheetView): Problem[] {
  const bars = rowsAfter(v, "Driver → figure", (l) => l.includes("→"));
  if (bars.length === 0) return []; // no tornado without the Sensitivities option
  const sorted = v.rowsWhere((l) => l.startsWith("Sorted by swing")).flatMap((h) => rowsAfter(v, String(v.value(at(0, h))), (l) => l.includes("→")));
  const swings = bars.flatMap((r) => {
    const [down, up] = [v.number(at(C, r)), v.number(at(D, r))];
    return down !== undefined && up !== undefined && close(v.number(at(E, r)), Math.abs(up - down)) ? [] : [v.problem(at(E, r), Math.abs((up ?? NaN) - (down ?? NaN)), "swing = |upside − downside|")];
  });
  const key = (r: number) => [C, D, E].map((c) => v.value(at(c, r))).concat(v.value(at(0, r))).join(" ");
  const sameBars = [...bars.map(key)].sort().join("\n") === [...sorted.map(key)].sort().join("\n");
  const order = sorted.filter((r, i) => i > 0 && (v.number(at(E, r)) ?? NaN) < (v.number(at(E, sorted[i - 1])) ?? NaN));
  return [
    ...swings,
    ...(sameBars && sorted.length === bars.length ? [] : [v.problem(at(0, sorted[0] ?? 1), "the bars above, reordered", "the sorted table holds the same bars")]),
    ...order.map((r) => v.problem(at(E, r), `at least ${String(v.value(at(E, r - 1)))}`, "sorted by swing, smallest first")),
  ];
}

export function scenarios(v: SheetView): Problem[] {
  return [...liveColumns(v), ...tornado(v)];
}
