// Every template, verified by engines we did not write. Each case is rendered into the Excel emulator,
// exported to .xlsx with its GR. cells evaluated by src/model (via HyperFormula), and recalculated
// by LibreOffice, all files in one LibreOffice start. See docs/oracle.md.
import path from "node:path";
import { TEMPLATES } from "../../src/templates/catalog";
import { MUTATIONS, templateCases } from "./templates/cases";
import { allProblems, checksRead, errorsShown, headlineFigures, spills } from "./templates/checks";
import { irrIsARate, linesAddUp } from "./templates/lines";
import { linksAgree } from "./templates/links";
import { type OracleWorkbook, runOracle } from "./templates/pipeline";
import { type Problem, formatProblem, viewsOf } from "./templates/sheetView";

/** Kept after the run (git-ignored): open a file to see what LibreOffice computed. */
const OUT_DIR = path.join(__dirname, "..", "..", ".cache", "oracle", "templates");
const CASES = templateCases();
let results: Map<string, OracleWorkbook>;

beforeAll(async () => {
  results = await runOracle([...CASES, ...MUTATIONS.map((m) => m.case)], OUT_DIR);
});

function workbook(name: string): OracleWorkbook {
  const found = results.get(name);
  if (!found) throw new Error(`no oracle result for ${name}`);
  return found;
}

/** Problems as readable lines: a failing test prints sheet, cell, formula, LibreOffice's and the model's values. */
const report = (problems: Problem[]): string[] => problems.map(formatProblem);

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (name, c) => {
  it(c.options.inputs === "sample" ? "shows no error in any formula cell" : "shows errors only in the cells the template declares", () => {
    expect(report(errorsShown(workbook(name)))).toEqual([]);
  });

  it("reads OK in every check cell", () => {
    expect(report(checksRead(workbook(name)))).toEqual([]);
  });

  if (c.options.inputs === "sample") {
    it("shows the model's value in every headline figure (relative 1e-9)", () => {
      expect(report(headlineFigures(workbook(name)))).toEqual([]);
    });
  }

  it("adds up its cumulative and total lines, statuses and links", () => {
    const views = viewsOf(workbook(name));
    expect(report([...linesAddUp(views), ...linksAgree(views)])).toEqual([]);
  });

  if (TEMPLATES.find((t) => t.id === c.template)?.sheets.includes("jwo")) {
    it("shows an IRR only where it is a rate: above -100% and a root of the model's NPV", () => {
      expect(report(irrIsARate(viewsOf(workbook(name))))).toEqual([]);
    });
  }

  it("spills every GR. array over exactly its declared range", () => {
    expect(report(spills(workbook(name)))).toEqual([]);
  });
});

describe("a template formula broken on purpose", () => {
  it.each(MUTATIONS.map((m) => [m.case.name, m] as const))("%s: the oracle fails, naming the sheet and cell", (_, m) => {
    const lines = report(allProblems(workbook(m.case.name)));
    expect(lines.length).toBeGreaterThan(0);
    const atCell = lines.filter((l) => l.startsWith(`'${m.sheet}'!${m.cell}  ${m.to}\n`));
    expect(atCell).not.toEqual([]);
    expect(atCell[0]).toMatch(/LibreOffice: -?[\d.e+-]+ {2}expected: -?[\d.e+-]+ {2}\[/);
  });
});
