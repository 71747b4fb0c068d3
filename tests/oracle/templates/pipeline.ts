// The oracle's pipeline for a batch of cases: render each into the Excel emulator
// (Microsoft's client library in front of an emulated workbook, docs/excel-emulator.md), evaluate its GR.
// cells (HyperFormula + src/model), export it to .xlsx, then let LibreOffice recalculate ALL files
// in one start (a start costs seconds; a file costs a fraction of one) and read the values back.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { CATALOG, type PlannedSheet, type SheetSource, planSheets, renderTemplate } from "../../../src/excel/render";
import type { InsertOptions, TemplateId } from "../../../src/templates/types";
import { ExcelEmulator } from "../../support/excel-emulator";
import type { WorkbookSnapshot } from "../../support/excel-emulator/model/state";
import { type WorkbookValues, recalculate } from "../lo/libreoffice";
import { type GrEvaluation, evaluateGrCells } from "./grCells";
import { writeXlsx } from "./exportXlsx";

export type OracleCase = {
  /** Readable, unique: the test name and the file name. */
  name: string;
  template: TemplateId;
  options: InsertOptions;
  /** The catalog, or a deliberately broken copy of it (the mutation tests). */
  source?: SheetSource;
};

/** Everything the assertions read about one rendered, recalculated workbook. */
export type OracleWorkbook = {
  case: OracleCase;
  /** The sheets as the renderer planned them: spec (headlines, spills, blank-input cells) by final name. */
  plans: PlannedSheet[];
  snapshot: WorkbookSnapshot;
  gr: GrEvaluation;
  /** LibreOffice's values after recalculation, by sheet name and A1 address. */
  values: WorkbookValues;
  file: string;
};

const ALL_SETS = { ExcelApi: "1.9" };

type Rendered = Omit<OracleWorkbook, "values">;

async function renderCase(c: OracleCase, dir: string): Promise<Rendered> {
  const excel = new ExcelEmulator({ requirements: ALL_SETS });
  const source = c.source ?? CATALOG;
  const existing = excel.sheetNames();
  await renderTemplate(excel.run, c.template, c.options, { requirements: excel.requirements, source });
  // The same plan the renderer made (same existing names, so the same final names).
  const plans = planSheets(source.sheetsOf(c.template), c.options, source, existing);
  const snapshot = excel.snapshot();
  snapshot.sheets = snapshot.sheets.filter((s) => !existing.includes(s.name)); // the user's empty Sheet1 is not ours
  const gr = evaluateGrCells(snapshot);
  const file = path.join(dir, `${fileName(c.name)}.xlsx`);
  await writeXlsx(snapshot, gr.cells, file);
  return { case: c, plans, snapshot, gr, file };
}

export const fileName = (name: string): string => name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Runs every case through the pipeline; one LibreOffice start for all of them. */
export async function runOracle(cases: OracleCase[], dir: string): Promise<Map<string, OracleWorkbook>> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "recalculated"), { recursive: true });
  const rendered: Rendered[] = [];
  for (const c of cases) rendered.push(await renderCase(c, dir));
  const names = new Set(rendered.map((r) => r.file));
  if (names.size !== rendered.length) throw new Error("oracle case names must give distinct file names");
  const recalculated = await recalculate(
    rendered.map((r) => r.file),
    { outDir: path.join(dir, "recalculated") },
  );
  return new Map(rendered.map((r, i) => [r.case.name, { ...r, values: recalculated[i].values }]));
}
