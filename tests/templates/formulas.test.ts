// Formulas refer only to cells that hold something, use only functions LibreOffice also computes,
// keep spills clear, and every headline pairs a GR. figure with a native figure that does not use
// the add-in (docs/templates.md, "The contract").
import { parseRange } from "../../src/templates/a1";
import { checkFormula } from "../../src/templates/blocks";
import { SHEET_BUILDERS } from "../../src/templates/catalog";
import type { InsertOptions, SheetKey, SheetSpec } from "../../src/templates/types";
import { allSheets, cellsOf, contentAt, describeOptions, formulasOf, hasCell, scanFormula, SHEET_NAMES, sheetRef, writtenCells } from "./sheetModel";

/** Native functions the templates may use: all computed by Excel and LibreOffice alike. */
const NATIVE_FUNCTIONS = new Set(["ABS", "AND", "COUNT", "COUNTIF", "ERROR.TYPE", "EXP", "IF", "IFERROR", "IFNA", "INDEX", "IRR", "ISERROR", "ISNA", "ISNUMBER", "MATCH", "MAX", "MIN", "NPV", "OR", "SUM", "SUMIF", "SUMPRODUCT"]);
const GR_FUNCTIONS = new Set(["GR.REALLOC_SAVINGS", "GR.JWO_NPV", "GR.JWO_PAYBACK", "GR.JWO_CASHFLOWS", "GR.WORKFORCE_PLAN", "GR.BUDGET_SHIFT", "GR.TALENT_VELOCITY", "GR.GENAI_SAVINGS"]);

const cases = allSheets().map((c) => [`${c.template}/${c.spec.key} ${describeOptions(c.options)}`, c] as const);
// Cases only for the sheets a rule applies to, so that none passes without checking something.
const withSpills = cases.filter(([, c]) => c.spec.cells.some((w) => w.spill));
const withHeadlines = cases.filter(([, c]) => c.spec.headlines.length > 0);

const keyOfSheetName = (name: string): SheetKey | undefined => (Object.keys(SHEET_NAMES) as SheetKey[]).find((k) => SHEET_NAMES[k] === name);

describe.each(cases)("%s", (_, { spec, options }) => {
  it("refers only to cells that are written or spilled, on this sheet or the sheets it links", () => {
    const missing: string[] = [];
    for (const { address, formula } of formulasOf(spec)) {
      for (const token of scanFormula(formula)) {
        if (token.kind === "name") missing.push(`${address}: name ${token.name}`);
        if (token.kind !== "ref") continue;
        const target = token.sheet === undefined ? spec : otherSheet(token.sheet, options);
        if (!target || !hasCell(target, token.address)) missing.push(`${address}: ${token.sheet ?? ""}!${token.address}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses only GR. functions and native functions LibreOffice computes", () => {
    const used = formulasOf(spec).flatMap((f) => scanFormula(f.formula).flatMap((t) => (t.kind === "function" ? [t.name] : [])));
    expect(used.filter((name) => !NATIVE_FUNCTIONS.has(name) && !GR_FUNCTIONS.has(name))).toEqual([]);
  });

  it("declares a spill for every cell that is one dynamic-array GR. call, and for no other cell", () => {
    const wholeCall = /^=GR\.(WORKFORCE_PLAN|BUDGET_SHIFT|JWO_CASHFLOWS|GENAI_SAVINGS)\(/;
    const mismatched = formulasOf(spec).filter((f) => {
      const write = spec.cells.find((w) => w.address === f.address);
      return wholeCall.test(f.formula) !== (write?.spill !== undefined);
    });
    expect(mismatched).toEqual([]);
  });
});

describe.each(withSpills)("%s spills", (_, { spec }) => {
  it("keeps each spill range empty, clear of other spills and of tables", () => {
    const written = writtenCells(spec);
    for (const write of spec.cells.filter((w) => w.spill)) {
      expect(write.address).toBe(write.spill!.split(":")[0]);
      const anchor = parseRange(write.address);
      const occupied = cellsOf(parseRange(write.spill!)).filter(([r, c]) => (r !== anchor.top || c !== anchor.left) && written.has(`${r},${c}`));
      expect(occupied).toEqual([]);
      for (const other of spec.cells.filter((w) => w.spill && w !== write)) expect(overlaps(write.spill!, other.spill!)).toBe(false);
      for (const table of spec.tables) expect(overlaps(write.spill!, table.address)).toBe(false);
    }
  });
});

it("gives every sheet with a GR. function headline figures, except Signposts, Scenarios and Summary", () => {
  const keys = new Set(withHeadlines.map(([, c]) => c.spec.key));
  expect([...keys].sort()).toEqual(["budget", "genai", "jwo", "talent", "workforce"]);
});

describe.each(withHeadlines)("%s headlines", (_, { spec }) => {
  it("pairs every headline's GR. figure with a native check that does not use the add-in", () => {
    for (const h of spec.headlines) {
      expect(dependsOnGr(spec, h.gr)).toBe(true);
      expect(dependsOnGr(spec, h.native)).toBe(false);
      expect(contentAt(spec, h.check)).toBe(checkFormula(h.gr, h.native));
      expect(h.label.length).toBeGreaterThan(5);
    }
  });
});

function otherSheet(name: string, options: InsertOptions): SheetSpec | undefined {
  const key = keyOfSheetName(name);
  return key ? SHEET_BUILDERS[key](options, sheetRef) : undefined;
}

function overlaps(a: string, b: string): boolean {
  const [x, y] = [parseRange(a), parseRange(b)];
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}

/** Whether a cell's value comes, directly or through other cells, from a GR. function. */
function dependsOnGr(spec: SheetSpec, address: string, seen = new Set<string>()): boolean {
  if (seen.has(address)) return false;
  seen.add(address);
  const spillOwner = spec.cells.find((w) => w.spill && overlaps(w.spill, address));
  if (spillOwner) return true;
  const content = contentAt(spec, address);
  if (typeof content !== "string" || !content.startsWith("=")) return false;
  if (/GR\./.test(content)) return true;
  return scanFormula(content).some(
    (t) => t.kind === "ref" && t.sheet === undefined && cellsOf(parseRange(t.address)).some(([r, c]) => dependsOnGr(spec, addressOf(r, c), seen)),
  );
}

function addressOf(row: number, column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}
