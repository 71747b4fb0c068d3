// Reads an .xlsx file's sheet list, and what each sheet holds that Excel on the web refuses to
// insert (charts, PivotTables, comments, slicers), from the package parts alone: workbook.xml, the
// relationship files, and the drawings' relationships. Nothing is executed or rendered: the XML is
// parsed as data and only names and relationship types are read. Each relationship part is parsed
// once, however many sheets point at it. Then every other part is inflated once, within the caps,
// to check its size and checksum, so a file the pane accepts holds no bomb and no broken part.
// Every failure ends in one WorkbookReadError whose message names the reason.
import { MAX_FILE_BYTES } from "./limits";
import { asReadError, shownName, type WorkbookReadError } from "./readError";
import { readFailure } from "./readFailures";
import { ZipPackage } from "./zip";

export { WorkbookReadError } from "./readError";

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

const WORKBOOK_PART = "xl/workbook.xml";
const BLOCKER_ORDER: WebBlocker[] = ["charts", "pivotTables", "comments", "slicers"];

type Relationship = { type: string; target: string };

function parseXml(text: string, part: string): Document {
  // OPC forbids DTDs in package XML (ECMA-376 Part 2, M1.18): they are how entity expansion
  // ("billion laughs") attacks work, so a part that has one is refused before parsing. XML is
  // case-sensitive: "<!doctype" is no declaration, and the parser rejects it as malformed.
  if (text.includes("<!DOCTYPE")) throw readFailure.damaged(`'${shownName(part)}' declares a DTD, which workbook parts never do`);
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(text, "application/xml");
  } catch {
    throw readFailure.damaged(`'${shownName(part)}' is not valid XML`); // parsers that throw instead of returning <parsererror>
  }
  if (doc.getElementsByTagName("parsererror").length > 0) throw readFailure.damaged(`'${shownName(part)}' is not valid XML`);
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

const isType = (rel: Relationship, ...suffixes: string[]) => suffixes.some((s) => rel.type.endsWith(`/${s}`));
/** Part names are equal ignoring ASCII case (OPC), so caches are keyed that way. */
const partKey = (part: string) => part.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Reads relationships and blockers from a package, each part at most once. */
class PackageReader {
  private readonly relationships = new Map<string, Map<string, Relationship>>();
  private readonly blockers = new Map<string, WebBlocker[]>();

  constructor(readonly zip: ZipPackage) {}

  relationshipsOf(part: string): Map<string, Relationship> {
    const key = partKey(part);
    const known = this.relationships.get(key);
    if (known) return known;
    const rels = new Map<string, Relationship>();
    this.relationships.set(key, rels);
    const relsPath = relsPathOf(part);
    const text = this.zip.text(relsPath);
    if (text === undefined) return rels;
    for (const el of Array.from(parseXml(text, relsPath).getElementsByTagNameNS("*", "Relationship"))) {
      if (el.getAttribute("TargetMode") === "External") continue;
      const id = el.getAttribute("Id");
      const target = el.getAttribute("Target");
      if (id && target) rels.set(id, { type: el.getAttribute("Type") ?? "", target: resolveTarget(part, target) });
    }
    return rels;
  }

  blockersOf(sheetPart: string): WebBlocker[] {
    const key = partKey(sheetPart);
    const known = this.blockers.get(key);
    if (known) return known;
    const found = new Set<WebBlocker>();
    for (const rel of this.relationshipsOf(sheetPart).values()) {
      if (isType(rel, "pivotTable")) found.add("pivotTables");
      if (isType(rel, "comments", "threadedComment")) found.add("comments");
      if (isType(rel, "slicer")) found.add("slicers");
      if (isType(rel, "drawing") && [...this.relationshipsOf(rel.target).values()].some((r) => isType(r, "chart", "chartEx"))) found.add("charts");
    }
    const blockers = BLOCKER_ORDER.filter((b) => found.has(b));
    this.blockers.set(key, blockers);
    return blockers;
  }
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

function listSheets(reader: PackageReader): SourceSheet[] {
  const workbookXml = reader.zip.text(WORKBOOK_PART);
  if (workbookXml === undefined) throw readFailure.notWorkbook();
  const rels = reader.relationshipsOf(WORKBOOK_PART);
  const elements = Array.from(parseXml(workbookXml, WORKBOOK_PART).getElementsByTagNameNS("*", "sheet"));
  // Every sheet is a part of its own, so a workbook cannot list more sheets than it has parts.
  if (elements.length > reader.zip.partCount) throw readFailure.damaged(`'${WORKBOOK_PART}' lists more sheets than the file has parts`);
  const sheets: SourceSheet[] = [];
  const seen = new Set<string>();
  for (const el of elements) {
    const name = el.getAttribute("name");
    if (!name) continue;
    if (seen.has(name.toUpperCase())) throw readFailure.damaged(`two sheets are named '${shownName(name)}'`);
    seen.add(name.toUpperCase());
    const rel = rels.get(relationshipIdOf(el) ?? "");
    const kind = !rel ? "other" : isType(rel, "worksheet") ? "worksheet" : isType(rel, "chartsheet") ? "chartsheet" : "other";
    const webBlockers = kind === "worksheet" && rel ? [...reader.blockersOf(rel.target)] : [];
    sheets.push({ name, kind, visibility: visibilityOf(el), webBlockers });
  }
  if (sheets.length === 0) throw readFailure.noSheets();
  return sheets;
}

/** The refusal for a file too large to be worth reading, or undefined; checked before loading it. */
export function fileSizeRefusal(byteLength: number): WorkbookReadError | undefined {
  return byteLength > MAX_FILE_BYTES ? readFailure.fileTooLarge(byteLength) : undefined;
}

/** Lists the sheets of an .xlsx/.xlsm file in workbook order; any failure is a WorkbookReadError. */
export async function readWorkbookSheets(bytes: Uint8Array): Promise<SourceSheet[]> {
  try {
    const tooLarge = fileSizeRefusal(bytes.length);
    if (tooLarge) throw tooLarge;
    const zip = new ZipPackage(bytes);
    const sheets = listSheets(new PackageReader(zip));
    await zip.verifyAll();
    return sheets;
  } catch (e) {
    throw asReadError(e);
  }
}
