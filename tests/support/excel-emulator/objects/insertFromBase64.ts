// Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13; excel-web-16.00.debug.js line 28738): inserts
// sheets of an .xlsx file into the workbook and answers their ids. Modelled: which sheets (the
// file's own sheet list, read from xl/workbook.xml), where (InsertWorksheetOptions.positionType and
// relativeTo) and under which names. Not modelled: the sheets' contents (they arrive blank), and any
// file the emulator cannot read as an .xlsx (an EmulatorLimitation, never an invented answer).
// No Node APIs (atob and fflate run in a page too).
import { strFromU8, unzipSync } from "fflate";
import { invalidArgument, itemNotFound, notModelled } from "../errors";
import { checkSheetName } from "../model/rules";
import { sheetWireId, type WorkbookModel } from "../model/workbook";
import { WorksheetObject } from "./workbook";

/**
 * What Excel does when an inserted sheet's name is taken. Microsoft documents neither reading:
 * "refuse" (the harsher one, the default) fails with ItemAlreadyExists and inserts nothing;
 * "rename" names the copy as Excel's Move or Copy does, "Plan (2)", "Plan (3)", …
 */
export type InsertedNameClash = "refuse" | "rename";

type InsertOptions = { sheetNamesToInsert?: unknown; positionType?: unknown; relativeTo?: unknown };

export function insertWorksheetsFromBase64(model: WorkbookModel, [base64, options]: unknown[], clash: InsertedNameClash): string[] {
  const inFile = sheetNamesInFile(base64);
  const o = (options ?? {}) as InsertOptions;
  // sheetNamesToInsert: "By default, all the worksheets from the source workbook are inserted."
  const wanted = o.sheetNamesToInsert ?? inFile;
  if (!Array.isArray(wanted) || !wanted.every((n): n is string => typeof n === "string")) throw invalidArgument("sheetNamesToInsert must be a list of sheet names.");
  const missing = wanted.find((name) => !inFile.some((n) => n.toUpperCase() === name.toUpperCase()));
  if (missing !== undefined) throw itemNotFound(`The file has no sheet named '${missing}' (harsher reading: Microsoft documents nothing).`);
  let position = insertPosition(model, o.positionType, o.relativeTo);
  // Every name is settled before anything is inserted: a refused name leaves the workbook as it was.
  const finalNames: string[] = [];
  for (const name of wanted) {
    const taken = [...model.sheetNames(), ...finalNames];
    finalNames.push(checkSheetName(clash === "rename" ? nextFreeName(name, taken) : name, taken));
  }
  return finalNames.map((name) => {
    const sheet = model.addSheet(name);
    model.move(sheet, position++);
    return sheetWireId(sheet);
  });
}

/** "Plan", then "Plan (2)", "Plan (3)", … the first free one without regard to case. */
function nextFreeName(name: string, taken: string[]): string {
  const free = (candidate: string) => !taken.some((t) => t.toUpperCase() === candidate.toUpperCase());
  let candidate = name;
  for (let n = 2; !free(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

/**
 * Excel.WorksheetPositionType: None, Before, After, Beginning, End. InsertWorksheetOptions: "The
 * default position is 'Start'"; relativeTo (a Worksheet or a sheet name) "is referenced for the
 * WorksheetPositionType parameter".
 */
function insertPosition(model: WorkbookModel, positionType: unknown, relativeTo: unknown): number {
  if (positionType === undefined || positionType === null || positionType === "None" || positionType === "Beginning") return 0;
  if (positionType === "End") return model.state.sheets.length;
  if (positionType !== "Before" && positionType !== "After") throw invalidArgument(`Unknown positionType ${JSON.stringify(positionType)}.`);
  const sheet = relativeTo instanceof WorksheetObject ? model.alive(relativeTo.sheet) : typeof relativeTo === "string" ? model.sheetByKey(relativeTo) : undefined;
  if (!sheet) throw invalidArgument(`positionType ${positionType} needs relativeTo, a worksheet.`);
  return model.state.sheets.indexOf(sheet) + (positionType === "After" ? 1 : 0);
}

/** The sheet names of an .xlsx given in base64, from its xl/workbook.xml. */
function sheetNamesInFile(base64: unknown): string[] {
  const unreadable = () => notModelled("Workbook.insertWorksheetsFromBase64 of a file it cannot read as an .xlsx");
  // "UEsDB": base64 of a zip's first bytes ("PK\3\4"); anything else is not read at all.
  if (typeof base64 !== "string" || !base64.startsWith("UEsDB")) throw unreadable();
  let xml: string;
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const part = unzipSync(bytes, { filter: (f) => f.name === "xl/workbook.xml" })["xl/workbook.xml"];
    if (!part) throw unreadable();
    xml = strFromU8(part);
  } catch {
    throw unreadable();
  }
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]));
}
