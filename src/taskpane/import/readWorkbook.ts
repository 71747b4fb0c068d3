// Reads an .xlsx file's sheet list, and what each sheet holds that Excel on the web refuses to
// insert (charts, PivotTables, comments, slicers), from the package parts alone: workbook.xml, the
// relationship files, and the drawings' relationships. Nothing is executed or rendered: the XML is
// parsed as data and only names and relationship types are read.
import { ZipArchive, ZipFormatError } from "./zip";

/** Content that Excel on the web cannot insert with insertWorksheetsFromBase64. */
export type WebBlocker = "charts" | "pivotTables" | "comments" | "slicers";

export type SourceSheet = {
  name: string;
  /** Worksheets can be inserted; chart sheets and macro/dialog sheets cannot. */
  kind: "worksheet" | "chartsheet" | "other";
  visibility: "visible" | "hidden" | "veryHidden";
  /** What it holds that Excel on the web refuses, in a fixed order. */
  webBlockers: WebBlocker[];
};

export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
}

const BLOCKER_ORDER: WebBlocker[] = ["charts", "pivotTables", "comments", "slicers"];

type Relationship = { type: string; target: string };

function parseXml(text: string, part: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    throw new WorkbookReadError(`the part ${part} is not valid XML`);
  }
  return doc;
}

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function relationshipsOf(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const relsPath = relsPathOf(part);
  const text = await zip.text(relsPath);
  const rels = new Map<string, Relationship>();
  if (text === undefined) return rels;
  for (const el of Array.from(parseXml(text, relsPath).getElementsByTagNameNS("*", "Relationship"))) {
    if (el.getAttribute("TargetMode") === "External") continue;
    const id = el.getAttribute("Id");
    const target = el.getAttribute("Target");
    if (id && target) rels.set(id, { type: el.getAttribute("Type") ?? "", target: resolveTarget(part, target) });
  }
  return rels;
}

const isType = (rel: Relationship, ...suffixes: string[]) => suffixes.some((s) => rel.type.endsWith(`/${s}`));

async function blockersOf(zip: ZipArchive, sheetPart: string): Promise<WebBlocker[]> {
  const found = new Set<WebBlocker>();
  for (const rel of (await relationshipsOf(zip, sheetPart)).values()) {
    if (isType(rel, "pivotTable")) found.add("pivotTables");
    if (isType(rel, "comments", "threadedComment")) found.add("comments");
    if (isType(rel, "slicer")) found.add("slicers");
    if (isType(rel, "drawing")) {
      const drawingRels = await relationshipsOf(zip, rel.target);
      if ([...drawingRels.values()].some((r) => isType(r, "chart", "chartEx"))) found.add("charts");
    }
  }
  return BLOCKER_ORDER.filter((b) => found.has(b));
}

/** The relationship id attribute (r:id) of a <sheet>, whichever prefix the file uses. */
function relationshipIdOf(sheet: Element): string | undefined {
  for (const attr of Array.from(sheet.attributes)) {
    if (attr.localName === "id" && attr.namespaceURI) return attr.value;
  }
  return undefined;
}

function visibilityOf(sheet: Element): SourceSheet["visibility"] {
  const state = sheet.getAttribute("state");
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Lists the sheets of an .xlsx/.xlsm file in workbook order. */
export async function readWorkbookSheets(bytes: Uint8Array): Promise<SourceSheet[]> {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new WorkbookReadError("it is not an Excel workbook (.xlsx)");
    throw e;
  }
  const workbookPart = "xl/workbook.xml";
  const workbookXml = await zip.text(workbookPart);
  if (workbookXml === undefined) throw new WorkbookReadError("it is not an Excel workbook (.xlsx)");
  const rels = await relationshipsOf(zip, workbookPart);
  const sheets: SourceSheet[] = [];
  for (const el of Array.from(parseXml(workbookXml, workbookPart).getElementsByTagNameNS("*", "sheet"))) {
    const name = el.getAttribute("name");
    if (!name) continue;
    const rel = rels.get(relationshipIdOf(el) ?? "");
    const kind = !rel ? "other" : isType(rel, "worksheet") ? "worksheet" : isType(rel, "chartsheet") ? "chartsheet" : "other";
    const webBlockers = kind === "worksheet" && rel ? await blockersOf(zip, rel.target) : [];
    sheets.push({ name, kind, visibility: visibilityOf(el), webBlockers });
  }
  if (sheets.length === 0) throw new WorkbookReadError("it has no sheets");
  return sheets;
}
