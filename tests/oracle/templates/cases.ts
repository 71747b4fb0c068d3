// What the oracle renders: every template of the catalog with sample and blank inputs under a few
// option sets, plus deliberately broken copies of templates that the oracle must catch.
import { CATALOG, type SheetSource } from "../../../src/excel/render";
import { TEMPLATES } from "../../../src/templates/catalog";
import type { InsertOptions, SheetKey, SheetSpec } from "../../../src/templates/types";
import { cellAddress, tryParseArea } from "../../support/excel-emulator/model/address";
import type { OracleCase } from "./pipeline";

type OptionSet = Omit<InsertOptions, "inputs">;

/**
 * The pane's default; the shortest and longest horizons; an old start year with payback inside the
 * horizon; and the Sensitivities option off (on, the default, everywhere else).
 */
export const OPTION_SETS: OptionSet[] = [
  { startYear: 2026, horizon: 5, currency: "$", scale: "millions" },
  { startYear: 2030, horizon: 1, currency: "€", scale: "thousands" },
  { startYear: 2025, horizon: 30, currency: "£", scale: "units" },
  { startYear: 1999, horizon: 10, currency: "¥", scale: "millions" },
  { startYear: 2027, horizon: 4, currency: "$", scale: "thousands", sensitivities: false },
];

const describe = (o: InsertOptions) => `${o.startYear}+${o.horizon} ${o.currency} ${o.scale} ${o.inputs}${o.sensitivities === false ? " no-sensitivities" : ""}`;

export function templateCases(): OracleCase[] {
  return TEMPLATES.flatMap((t) =>
    OPTION_SETS.flatMap((set) =>
      (["sample", "blank"] as const).map((inputs) => {
        const options = { ...set, inputs };
        return { name: `${t.id} ${describe(options)}`, template: t.id, options };
      }),
    ),
  );
}

/** A template formula changed on purpose, and where the oracle must report it. */
export type Mutation = { case: OracleCase; sheet: string; cell: string; from: string; to: string };

/**
 * The catalog with one formula replaced. The original must be exactly `from`: if the template
 * changes, the mutation test fails here rather than quietly breaking nothing.
 */
export function mutatedCatalog(key: SheetKey, cell: string, from: string, to: string): SheetSource {
  return {
    ...CATALOG,
    build(k, options, ref) {
      const spec = CATALOG.build(k, options, ref);
      return k === key ? replaceFormula(spec, cell, from, to) : spec;
    },
  };
}

function replaceFormula(spec: SheetSpec, cell: string, from: string, to: string): SheetSpec {
  const target = tryParseArea(cell)!;
  for (const write of spec.cells) {
    const box = tryParseArea(write.address)!;
    const [r, c] = [target.top - box.top, target.left - box.left];
    if (r < 0 || c < 0 || target.top > box.bottom || target.left > box.right) continue;
    const found = write.formulas[r][c];
    if (found !== from) throw new Error(`mutation: ${spec.key}!${cellAddress(target.top, target.left)} holds ${String(found)}, not ${from}`);
    write.formulas = write.formulas.map((row, i) => row.map((v, j) => (i === r && j === c ? to : v)));
    return spec;
  }
  throw new Error(`mutation: ${spec.key} writes nothing at ${cell}`);
}

const DEFAULT: InsertOptions = { ...OPTION_SETS[0], inputs: "sample" };

function mutation(name: string, template: "genai" | "jwo", sheet: string, cell: string, from: string, to: string): Mutation {
  return { case: { name: `mutation ${name}`, template, options: DEFAULT, source: mutatedCatalog(template, cell, from, to) }, sheet, cell, from, to };
}

/** A SUM range cut short in a total, and a sign flipped in a native net cash flow. */
export const MUTATIONS: Mutation[] = [
  mutation("genai total misses a function", "genai", "GenAI Operating Savings", "E25", "=SUM(E22:E24)", "=SUM(E22:E23)"),
  mutation("jwo net adds opex", "jwo", "JWO Investment Case", "D20", "=D13-D11-D12", "=D13-D11+D12"),
];
