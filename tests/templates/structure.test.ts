// The template contract (docs/templates.md, "The contract"), checked for every template, with
// sample and blank inputs, over several option sets.
import { parseRange, rangeSize } from "../../src/templates/a1";
import { ILLUSTRATIVE_NOTE } from "../../src/templates/blocks";
import { DECIMAL, PERCENT, PERIODS, SIGNED_DECIMAL, SIGNED_PERCENT } from "../../src/templates/formats";
import { SHEET_BUILDERS } from "../../src/templates/catalog";
import { SHEET_FACTS } from "../../src/templates/gallery";
import type { SheetKey, SheetSpec } from "../../src/templates/types";
import { allSheets, OPTION_SETS, SHEET_NAMES, sheetRef, cellsOf, contentAt, describeOptions, formulasOf, hasCell, writtenCells } from "./sheetModel";

const cases = allSheets().map((c) => [`${c.template}/${c.spec.key} ${describeOptions(c.options)}`, c] as const);
const modelCases = cases.filter(([, c]) => c.spec.key !== "summary");
// Cases only where a rule applies, so that none passes without checking something.
const blankCases = cases.filter(([, c]) => c.options.inputs === "blank" && (c.spec.blankInputErrors ?? []).length > 0);
const tableCases = modelCases.filter(([, c]) => c.spec.tables.length > 0);

/** Whether the sheet shows money: some cell's number format carries the currency symbol. */
const showsMoney = (spec: SheetSpec, currency: string) => spec.formats.some((f) => f.numberFormat?.includes(`"${currency}"`));

const stylesAt = (spec: SheetSpec, row: number, column: number) =>
  spec.formats.filter((f) => {
    const b = parseRange(f.address);
    return b.top <= row && row <= b.bottom && b.left <= column && column <= b.right;
  });

describe.each(cases)("%s", (_, { spec, options }) => {
  it("has the title block: title, purpose, units (the currency only where money shows), the illustrative note", () => {
    expect(contentAt(spec, "A1")).toBe(SHEET_FACTS[spec.key].title);
    expect(String(contentAt(spec, "A2")).length).toBeGreaterThan(20);
    const units = String(contentAt(spec, "A3"));
    expect(units).toMatch(/^Units: \S/);
    if (showsMoney(spec, options.currency)) {
      expect(units).toMatch(new RegExp(`^Units: \\${options.currency}${options.scale === "units" ? "" : ` ${options.scale}`}`));
    } else {
      expect([units.includes(options.currency), /millions|thousands/.test(units)]).toEqual([false, false]);
    }
    expect(contentAt(spec, "A4")).toBe(ILLUSTRATIVE_NOTE);
  });

  it("writes matrices that match their addresses, and no cell twice", () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const write of spec.cells) {
      const size = rangeSize(write.address);
      expect(write.formulas).toHaveLength(size.rows);
      for (const row of write.formulas) expect(row).toHaveLength(size.columns);
      for (const [r, c] of cellsOf(parseRange(write.address))) {
        if (seen.has(`${r},${c}`)) twice.push(addressOf(r, c));
        seen.add(`${r},${c}`);
      }
    }
    expect(twice).toEqual([]);
  });

  it("gives every numeric cell a number format", () => {
    const unformatted: string[] = [];
    const formulaCells = new Set(formulasOf(spec).filter((f) => !isTextFormula(f.formula)).map((f) => f.address));
    for (const write of spec.cells) {
      const box = parseRange(write.address);
      const area = write.spill ? parseRange(write.spill) : box;
      for (const [r, c] of cellsOf(area)) {
        const content = write.spill ? 0 : write.formulas[r - box.top][c - box.left];
        const numeric = typeof content === "number" || formulaCells.has(addressOf(r, c)) || write.spill !== undefined;
        const inputNumber = content === null && stylesAt(spec, r, c).some((f) => f.style === "input");
        if ((numeric || inputNumber) && !stylesAt(spec, r, c).some((f) => f.numberFormat)) unformatted.push(addressOf(r, c));
      }
    }
    expect(unformatted).toEqual([]);
  });

  it("freezes header rows, sets column widths and hides gridlines on the report", () => {
    expect(spec.freeze?.rows).toBeGreaterThanOrEqual(4);
    expect(spec.columnWidths.length).toBeGreaterThan(0);
    for (const w of spec.columnWidths) expect(w.width).toBeGreaterThan(40);
    expect(spec.showGridlines).toBe(false);
  });

  it("lists blank-input errors only for blank inputs", () => {
    const listed = spec.blankInputErrors ?? [];
    expect(options.inputs === "sample" ? listed : []).toEqual([]);
  });
});

describe.each(blankCases)("%s blank inputs", (_, { spec }) => {
  it("lists blank-input errors on cells it writes", () => {
    expect((spec.blankInputErrors ?? []).filter((a) => !hasCell(spec, a))).toEqual([]);
  });
});

describe.each(modelCases)("%s inputs", (_, { spec, options }) => {
  it("styles validated cells as inputs", () => {
    for (const v of spec.validations) for (const [r, c] of cellsOf(parseRange(v.address))) expect(stylesAt(spec, r, c).some((f) => f.style === "input")).toBe(true);
  });

  it("validates every rate, share, change and year input with a bounded range", () => {
    const bounded = [PERCENT, PERIODS, DECIMAL, SIGNED_PERCENT, SIGNED_DECIMAL];
    const percentInputs = spec.formats.filter((f) => f.style === "input" && bounded.includes(f.numberFormat ?? "") && !isSignpostReading(spec, f.address));
    expect(percentInputs.length).toBeGreaterThan(0);
    for (const input of percentInputs) {
      const rule = spec.validations.find((v) => v.address === input.address)?.rule;
      expect(rule).toEqual(expect.objectContaining({ kind: "decimal", min: expect.any(Number), max: expect.any(Number) }));
    }
  });

  it("leaves numeric inputs empty when inputs are blank (analysis settings apart), and fills them with sample inputs", () => {
    const cells = writtenCells(spec);
    const settings = new Set((spec.keptWhenBlank ?? []).flatMap((a) => cellsOf(parseRange(a)).map(([r, c]) => `${r},${c}`)));
    const numericInputs = spec.formats
      .filter((f) => f.style === "input" && f.numberFormat)
      .flatMap((f) => cellsOf(parseRange(f.address)))
      .filter(([r, c]) => !settings.has(`${r},${c}`));
    const values = numericInputs.map(([r, c]) => cells.get(`${r},${c}`));
    if (options.inputs === "blank") expect(values.every((v) => v === null)).toBe(true);
    else expect(values.filter((v) => typeof v === "number").length).toBeGreaterThan(numericInputs.length / 2);
  });

  it("names key inputs with valid, unique, sheet-scoped names on written cells", () => {
    expect(spec.names.length).toBeGreaterThan(2);
    expect(new Set(spec.names.map((n) => n.name.toLowerCase())).size).toBe(spec.names.length);
    for (const n of spec.names) {
      expect(n.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(n.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(n.name).not.toMatch(/^[RrCc]$/);
      expect(n.name.length).toBeLessThanOrEqual(255);
      expect(n.address).not.toContain("!");
      expect(hasCell(spec, n.address)).toBe(true);
    }
  });

  it("keeps the analysis settings filled and styled as validated inputs", () => {
    for (const address of spec.keptWhenBlank ?? []) {
      const values = cellsOf(parseRange(address)).map(([r, c]) => writtenCells(spec).get(`${r},${c}`));
      expect(values.every((v) => typeof v === "number")).toBe(true);
      expect(spec.validations.some((v) => v.address === address)).toBe(true);
    }
    expect(spec.keptWhenBlank?.length === 0 || options.sensitivities !== false).toBe(true);
  });
});

describe.each(tableCases)("%s tables", (_, { spec }) => {
  it("keeps tables clear of spills and formulas that spill", () => {
    for (const table of spec.tables) {
      expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      const box = parseRange(table.address);
      for (const write of spec.cells.filter((w) => w.spill)) expect(overlaps(box, parseRange(write.spill!))).toBe(false);
    }
  });
});

function isSignpostReading(spec: SheetSpec, address: string): boolean {
  return spec.key === "signposts" && parseRange(address).left >= 4;
}

/** Formulas whose result is text by design: label links, checks, statuses, notes and markers. */
function isTextFormula(formula: string): boolean {
  const onlyTexts = /^=IF\((?:[^"]|"[^"]*")*?,"[^"]*","[^"]*"\)$/.test(formula);
  return /&"/.test(formula) || /"OK"/.test(formula) || /"Met"/.test(formula) || /^='[^']+'!A\d+$/.test(formula) || onlyTexts || isTextLink(formula);
}

/** A summary link is text when the cell it links to holds a text formula. */
function isTextLink(formula: string): boolean {
  const link = /^='((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(formula);
  if (!link) return false;
  const key = (Object.keys(SHEET_NAMES) as SheetKey[]).find((k) => SHEET_NAMES[k] === link[1].replace(/''/g, "'"));
  const target = key ? contentAt(SHEET_BUILDERS[key](OPTION_SETS[0], sheetRef), link[2]) : undefined;
  return typeof target === "string" && isTextFormula(target);
}

function addressOf(row: number, column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}

export function overlaps(a: ReturnType<typeof parseRange>, b: ReturnType<typeof parseRange>): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
