// Builds small .xlsx packages for the import tests: a real zip (deflated parts, CRCs, central
// directory) whose workbook, relationship and drawing parts say which sheets hold charts,
// PivotTables, comments or slicers. Cell contents are left out: the pane never reads them.
// Also the hostile files of issue 13, generated on the fly (nothing big is committed): DEFLATE
// bombs, packages with too many parts or lying headers, and seeded random damage.
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

/** One zip entry as written: its (compressed) data and what its headers declare. */
export type RawEntry = {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** Declared inflated size (may lie). */
  size: number;
  crc: number;
  /** Only a table-of-contents record, pointing at a local header written elsewhere (at this offset). */
  centralOnlyAt?: number;
};

export type RawZipOptions = {
  /** The count written in the end record (default: the real count, modulo 65,536 as the field is 16 bits). */
  count?: number;
  /** Write a ZIP64 end record and locator with the real count, and 0xFFFF in the classic end record (as zip tools do past 65,535 entries). */
  zip64?: boolean;
};

/** A zip archive of exactly these entries: local headers, central directory, end record. */
export function writeZip(entries: RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name, "utf8");
    if (entry.centralOnlyAt !== undefined) {
      centrals.push(centralRecord(entry, nameBytes, entry.centralOnlyAt), nameBytes);
      continue;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
    centrals.push(centralRecord(entry, nameBytes, offset), nameBytes);
    offset += 30 + nameBytes.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) tail.push(...zip64Records(entries.length, directory.length, offset));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.zip64 ? 0xffff : (options.count ?? entries.length % 65536);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...tail, end]));
}

function centralRecord(entry: RawEntry, nameBytes: Buffer, headerOffset: number): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(entry.method, 10);
  central.writeUInt32LE(entry.crc, 16);
  central.writeUInt32LE(entry.data.length, 20);
  central.writeUInt32LE(entry.size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(headerOffset, 42);
  return central;
}

/** The ZIP64 end of central directory record and its locator (APPNOTE 4.3.14, 4.3.15). */
function zip64Records(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

/** The entry for `content`, deflated unless `stored`, with honest headers. */
export function entryOf(name: string, content: string | Uint8Array, options: { stored?: boolean } = {}): RawEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return {
    name,
    data: new Uint8Array(options.stored ? raw : deflateRawSync(raw)),
    method: options.stored ? 0 : 8,
    size: raw.length,
    crc: crc32(raw),
  };
}

/** A zip archive of the given files (deflated unless `stored`). */
export function zip(files: Record<string, string | Uint8Array>, options: { stored?: boolean } = {}): Uint8Array {
  return writeZip(Object.entries(files).map(([name, content]) => entryOf(name, content, options)));
}

export function makeXlsx(sheets: SheetDef[], options: { stored?: boolean } = {}): Uint8Array {
  return zip(xlsxParts(sheets), options);
}

/** A valid workbook of exactly `bytes` bytes: its parts plus one stored part of zeros as padding. */
export function xlsxOfSize(sheets: SheetDef[], bytes: number): Uint8Array {
  const parts = Object.entries(xlsxParts(sheets)).map(([name, content]) => entryOf(name, content));
  // A stored part's headers do not depend on its length: each byte of padding adds one byte.
  const padded = (size: number) => writeZip([...parts, entryOf("xl/media/padding.bin", new Uint8Array(size), { stored: true })]);
  return padded(bytes - padded(0).length);
}

/** Writes bits least-significant first, as DEFLATE does (RFC 1951, 3.1.1), into a zeroed buffer. */
class BitWriter {
  private bit = 0;
  constructor(readonly bytes: Uint8Array) {}
  /** A value of `count` bits (header fields, extra bits), low bit first. */
  value(value: number, count: number): void {
    for (let i = 0; i < count; i++, this.bit++) if ((value >> i) & 1) this.bytes[this.bit >> 3] |= 1 << (this.bit & 7);
  }
  /** A Huffman code, which DEFLATE packs starting from its most significant bit. */
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--, this.bit++) if ((code >> i) & 1) this.bytes[this.bit >> 3] |= 1 << (this.bit & 7);
  }
  /** `count` zero bits: the buffer is already zero. */
  zeros(count: number): void {
    this.bit += count;
  }
  get byteLength(): number {
    return (this.bit + 7) >> 3;
  }
}

/**
 * A raw DEFLATE stream that inflates to at least `target` bytes of zeros (exactly `size`), at the
 * format's best ratio (~1032:1), built without compressing anything: one dynamic-Huffman block
 * whose codes are 285 (a 258-byte match) = "0", literal 0 = "10", end of block = "11", and one
 * distance code (distance 1) = "0". After one literal zero, each 258 bytes cost two zero bits.
 */
export function deflateBomb(target: number): { data: Uint8Array; size: number } {
  const matches = Math.ceil((target - 1) / 258);
  const w = new BitWriter(new Uint8Array(Math.ceil((2 * matches) / 8) + 64));
  w.value(1, 1); // BFINAL: the only block
  w.value(2, 2); // BTYPE: dynamic Huffman
  w.value(286 - 257, 5); // HLIT: literal/length codes 0..285
  w.value(0, 5); // HDIST: one distance code
  w.value(19 - 4, 4); // HCLEN: all 19 code-length code lengths follow
  const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  const codeLengthLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 }; // codes: 18 = "0", 1 = "10", 2 = "11"
  for (const symbol of codeLengthOrder) w.value(codeLengthLengths[symbol] ?? 0, 3);
  const codeLength = (bits: number) => w.code(bits === 1 ? 0b10 : 0b11, 2); // code-length symbols 1 and 2
  const zeroRun = (n: number) => {
    w.code(0, 1); // code-length symbol 18: a run of 11..138 zeros
    w.value(n - 11, 7);
  };
  codeLength(2); // literal 0: length 2
  zeroRun(138);
  zeroRun(117); // literals 1..255: unused
  codeLength(2); // 256, end of block: length 2
  zeroRun(28); // 257..284: unused
  codeLength(1); // 285: length 1
  codeLength(1); // distance code 0: length 1
  w.code(0b10, 2); // literal 0
  w.zeros(2 * matches); // each match: 285 "0" + distance 1 "0"
  w.code(0b11, 2); // end of block
  return { data: w.bytes.subarray(0, w.byteLength), size: 1 + 258 * matches };
}

export type BombOptions = {
  /** Which part inflates to `bytes`: the workbook part (read by the pane) or a sheet (only checked). */
  part: "workbook" | "sheet";
  /** "honest": its header states its size (0xFFFFFFFF, "4 GB or more", when it does not fit 32 bits); "lying": it claims 1 KB. */
  header: "honest" | "lying";
};

/**
 * A valid two-sheet workbook in which one part is a DEFLATE bomb of at least `bytes`. The bomb's
 * CRC is left at 0: computing it would mean inflating the bomb, and no reader gets that far.
 */
export function bombXlsx(bytes: number, options: BombOptions): Uint8Array {
  const bombPart = options.part === "workbook" ? "xl/workbook.xml" : "xl/worksheets/sheet1.xml";
  const bomb = deflateBomb(bytes);
  const declared = options.header === "lying" ? 1024 : Math.min(bomb.size, 0xffffffff);
  const entries = Object.entries(xlsxParts([{ name: "Plan" }, { name: "Inputs" }])).map(([name, content]) =>
    name === bombPart ? { name, data: bomb.data, method: 8 as const, size: declared, crc: 0 } : entryOf(name, content),
  );
  return writeZip(entries);
}

/** A valid workbook padded with empty stored parts to `parts` entries in all. */
export function manyPartsXlsx(parts: number, options: RawZipOptions = {}): Uint8Array {
  const entries = Object.entries(xlsxParts([{ name: "Plan" }])).map(([name, content]) => entryOf(name, content));
  const empty = entryOf("x", new Uint8Array(0), { stored: true });
  for (let i = entries.length; i < parts; i++) entries.push({ ...empty, name: `xl/media/pad${i}.bin` });
  return writeZip(entries, options);
}

/** A valid workbook with one more (empty) part named `name`. */
export function xlsxWithPartNamed(name: string): Uint8Array {
  return writeZip([...Object.entries(xlsxParts([{ name: "Plan" }])).map(([n, c]) => entryOf(n, c)), entryOf(name, "")]);
}

/**
 * Issue 13's heavy case: `sheets` sheets whose relationships all point at one sheet part, whose
 * .rels holds 26,000 external hyperlinks (3.8 MB), plus empty parts so the count of parts allows it.
 */
export function sharedRelsXlsx(sheets: number): Uint8Array {
  const parts = xlsxParts([{ name: "Shared", features: ["comments"] }]);
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const links = Array.from({ length: 26_000 }, (_, i) => `<Relationship Id="rIdL${i}" Type="${R}/hyperlink" Target="https://example.com/a/${i}" TargetMode="External"/>`);
  parts["xl/worksheets/_rels/sheet1.xml.rels"] = parts["xl/worksheets/_rels/sheet1.xml.rels"].replace("</Relationships>", `${links.join("")}</Relationships>`);
  const list = Array.from({ length: sheets }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`).join("");
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(/<sheets>.*<\/sheets>/, `<sheets>${list}</sheets>`);
  for (let i = 0; i < sheets; i++) parts[`xl/media/pad${i}.bin`] = "";
  return writeZip(Object.entries(parts).map(([n, c]) => entryOf(n, c)));
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same damage every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
