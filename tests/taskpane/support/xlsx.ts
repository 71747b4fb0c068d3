// Builds small .xlsx packages for the import tests: a real zip (deflated parts, CRCs, central
// directory) whose workbook, relationship and drawing parts say which sheets hold charts,
// PivotTables, comments or slicers. Cell contents are left out: the pane never reads them.
import { crc32, deflateRawSync } from "node:zlib";

export type Feature = "chart" | "image" | "pivotTable" | "comments" | "threadedComments" | "slicer" | "table";

export type SheetDef = {
  name: string;
  kind?: "worksheet" | "chartsheet";
  state?: "hidden" | "veryHidden";
  features?: Feature[];
};

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES: Record<Feature | "worksheet" | "chartsheet" | "drawing", string> = {
  worksheet: `${R}/worksheet`,
  chartsheet: `${R}/chartsheet`,
  drawing: `${R}/drawing`,
  chart: `${R}/chart`,
  image: `${R}/image`,
  pivotTable: `${R}/pivotTable`,
  comments: `${R}/comments`,
  threadedComments: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  slicer: "http://schemas.microsoft.com/office/2007/relationships/slicer",
  table: `${R}/table`,
};

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function rels(entries: { id: string; type: string; target: string }[]): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${xmlEscape(e.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** The package parts of a workbook with the given sheets. */
export function xlsxParts(sheets: SheetDef[]): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": rels([{ id: "rId1", type: `${R}/officeDocument`, target: "xl/workbook.xml" }]),
  };
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const sheetXml = sheets.map((sheet, i) => {
    const n = i + 1;
    const kind = sheet.kind ?? "worksheet";
    const folder = kind === "worksheet" ? "worksheets" : "chartsheets";
    workbookRels.push({ id: `rId${n}`, type: TYPES[kind], target: `${folder}/sheet${n}.xml` });
    parts[`xl/${folder}/sheet${n}.xml`] = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`;
    const sheetRels: { id: string; type: string; target: string }[] = [];
    const drawingTargets: { id: string; type: string; target: string }[] = [];
    for (const f of sheet.features ?? []) {
      const id = `rId${sheetRels.length + drawingTargets.length + 1}`;
      if (f === "chart" || f === "image") {
        drawingTargets.push({ id, type: TYPES[f], target: f === "chart" ? `../charts/chart${n}.xml` : `../media/image${n}.png` });
      } else {
        sheetRels.push({ id, type: TYPES[f], target: `../${f}s/${f}${n}.xml` });
      }
    }
    if (drawingTargets.length) {
      sheetRels.push({ id: "rIdDrawing", type: TYPES.drawing, target: `../drawings/drawing${n}.xml` });
      parts[`xl/drawings/drawing${n}.xml`] = `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`;
      parts[`xl/drawings/_rels/drawing${n}.xml.rels`] = rels(drawingTargets);
    }
    if (sheetRels.length) parts[`xl/${folder}/_rels/sheet${n}.xml.rels`] = rels(sheetRels);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    return `<sheet name="${xmlEscape(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`;
  });
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${sheetXml.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = rels(workbookRels);
  return parts;
}

/** A zip archive of the given files (deflated unless `stored`). */
export function zip(files: Record<string, string | Uint8Array>, options: { stored?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const data = options.stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name, "utf8");
    const method = options.stored ? 0 : 8;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export function makeXlsx(sheets: SheetDef[], options: { stored?: boolean } = {}): Uint8Array {
  return zip(xlsxParts(sheets), options);
}
