// Just enough of the ZIP format (PKWARE APPNOTE) to read the parts of an .xlsx, checked against
// everything a hostile file can lie about, before anything is inflated: the end record and the
// table of contents (central directory) must agree with each other and with the local headers,
// part names must be valid package part names (ECMA-376 Part 2, OPC: no empty or dot segments,
// no two names equal ignoring ASCII case), parts may not overlap, and the sizes they declare
// must fit the caps in limits.ts. A part is then inflated only up to its declared size and checked
// against its size and CRC-32, so the declared sizes bound the work. No ZIP64, no encryption, no
// split archives: no workbook within the caps needs them.
import { crc32, inflateWithin } from "./inflate";
import { MAX_PACKAGE_BYTES, MAX_PARSED_PART_BYTES, MAX_PARSED_TOTAL_BYTES, MAX_PARTS } from "./limits";
import { sizeInWords, shownName } from "./readError";
import { readFailure } from "./readFailures";

type Part = { name: string; method: number; crc: number; size: number; data: Uint8Array };
type Central = { name: string; nameBytes: Uint8Array; flags: number; method: number; crc: number; compressedSize: number; size: number; headerOffset: number };
type End = { at: number; count: number; directoryOffset: number; directoryEnd: number };

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** Compound File Binary: what an encrypted .xlsx (or an old .xls) really is. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The pane lets the browser breathe after this many inflated bytes (spinner, memory sampling). */
const YIELD_EVERY_BYTES = 4 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const asciiLower = (name: string) => name.replace(/[A-Z]/g, (c) => c.toLowerCase());
const damagedDirectory = () => readFailure.damaged("its table of contents is broken");

/** Whether `name` is not a valid part name: OPC forbids empty segments and segments ending in "." (so "." and ".."). */
export function isUnsafePartName(name: string): boolean {
  if (name === "" || name.includes("\\") || /[\u0000-\u001f\u007f]/.test(name) || /^[A-Za-z]:/.test(name)) return true;
  const path = name.endsWith("/") ? name.slice(0, -1) : name; // a folder entry ("xl/") is allowed
  return path.split("/").some((segment) => segment === "" || segment.endsWith("."));
}

function findEnd(view: DataView): number | undefined {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - U16_MAX);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return undefined;
}

/** ZIP64 marks in the end record: too many parts, or parts too large, for a workbook within the caps. */
function zip64Failure(view: DataView, at: number): Error {
  const locator = at - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = view.getUint32(locator + 8, true) + view.getUint32(locator + 12, true) * 2 ** 32;
    if (record + 56 <= locator && view.getUint32(record, true) === ZIP64_END) {
      const count = view.getUint32(record + 32, true) + view.getUint32(record + 36, true) * 2 ** 32;
      if (count > MAX_PARTS) return readFailure.tooManyParts();
    }
  } else if (view.getUint16(at + 10, true) === U16_MAX) {
    return readFailure.tooManyParts(); // 65,535 parts without a ZIP64 record
  }
  return readFailure.unsupported("the ZIP64 format");
}

function readEnd(bytes: Uint8Array, view: DataView): End {
  if (bytes.length === 0) throw readFailure.empty();
  if (startsWith(bytes, OLE_MAGIC)) throw readFailure.passwordOrXls();
  const at = findEnd(view);
  if (at === undefined) throw startsWith(bytes, LOCAL_MAGIC) ? readFailure.truncated() : readFailure.notZip();
  const count = view.getUint16(at + 10, true);
  const directorySize = view.getUint32(at + 12, true);
  const directoryOffset = view.getUint32(at + 16, true);
  if (count === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX) throw zip64Failure(view, at);
  if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 6, true) !== 0 || view.getUint16(at + 8, true) !== count) {
    throw readFailure.unsupported("a zip archive split over several files");
  }
  if (count > MAX_PARTS) throw readFailure.tooManyParts();
  if (directoryOffset + directorySize > at) throw damagedDirectory();
  return { at, count, directoryOffset, directoryEnd: directoryOffset + directorySize };
}

function readCentral(bytes: Uint8Array, view: DataView, at: number, end: End, names: TextDecoder): { record: Central; next: number } {
  if (at + 46 > end.directoryEnd || view.getUint32(at, true) !== CENTRAL) throw damagedDirectory();
  const nameLength = view.getUint16(at + 28, true);
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  if (next > end.directoryEnd) throw damagedDirectory();
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const record: Central = {
    name: names.decode(nameBytes),
    nameBytes,
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    headerOffset: view.getUint32(at + 42, true),
  };
  return { record, next };
}

/** What a single table-of-contents record may not say, whatever the rest of the file says. */
function checkRecord(record: Central, end: End): void {
  const { name } = record;
  if (isUnsafePartName(name)) throw readFailure.unsafePath(name);
  if (record.flags & 0x0001) throw readFailure.encryptedPart(name);
  if (record.size === U32_MAX) throw readFailure.tooLarge(MAX_PACKAGE_BYTES); // 4 GB or more (ZIP64)
  if (record.compressedSize === U32_MAX || record.headerOffset === U32_MAX) throw readFailure.unsupported("the ZIP64 format");
  if (record.method !== 0 && record.method !== 8) throw readFailure.unsupported(`compression method ${record.method} (in '${shownName(name)}')`);
  if (record.method === 0 && record.size !== record.compressedSize) throw readFailure.damaged(`'${shownName(name)}' is stored with two different sizes`);
  if (name.endsWith("/") && record.size !== 0) throw readFailure.damaged(`the folder '${shownName(name)}' has contents`);
  if (record.headerOffset + 30 > end.directoryOffset) throw readFailure.damaged(`'${shownName(name)}' points past the parts`);
}

function readDirectory(bytes: Uint8Array, view: DataView, end: End): Central[] {
  const records: Central[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder();
  let declared = 0;
  for (let at = end.directoryOffset; at < end.directoryEnd; ) {
    if (records.length === MAX_PARTS) throw readFailure.tooManyParts();
    const { record, next } = readCentral(bytes, view, at, end, decoder);
    checkRecord(record, end);
    const key = asciiLower(record.name);
    if (names.has(key)) throw readFailure.damaged(`two parts are named '${shownName(record.name)}'`);
    names.add(key);
    declared += record.size;
    if (declared > MAX_PACKAGE_BYTES) throw readFailure.tooLarge(MAX_PACKAGE_BYTES);
    records.push(record);
    at = next;
  }
  if (records.length !== end.count) throw damagedDirectory();
  return records;
}

/** The compressed data of each record, from its local header, refusing overlaps and mismatches. */
function locateParts(bytes: Uint8Array, view: DataView, records: Central[], end: End): Part[] {
  const parts = records.map((record): Part & { from: number; to: number } => {
    const at = record.headerOffset;
    const label = `'${shownName(record.name)}'`;
    if (view.getUint32(at, true) !== LOCAL) throw readFailure.damaged(`the header of ${label} is missing`);
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    const to = start + record.compressedSize;
    if (to > end.directoryOffset) throw readFailure.damaged(`${label} runs into the table of contents`);
    const localName = bytes.subarray(at + 30, at + 30 + nameLength);
    if (localName.length !== record.nameBytes.length || localName.some((b, i) => b !== record.nameBytes[i])) {
      throw readFailure.damaged(`${label} has another name in its own header`);
    }
    return { name: record.name, method: record.method, crc: record.crc, size: record.size, data: bytes.subarray(start, to), from: at, to };
  });
  // Overlapping parts are how a small zip can declare huge contents many times over.
  const byOffset = [...parts].sort((a, b) => a.from - b.from);
  for (let i = 1; i < byOffset.length; i++) {
    if (byOffset[i].from < byOffset[i - 1].to) throw readFailure.damaged(`'${shownName(byOffset[i].name)}' overlaps another part`);
  }
  return parts;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function decodeText(bytes: Uint8Array): string {
  // OPC allows UTF-8 or UTF-16 (ECMA-376 Part 2, M1.17); UTF-16 always starts with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder().decode(bytes);
}

/** A read-only view of a zip package's parts by name ("xl/workbook.xml", ASCII case ignored). */
export class ZipPackage {
  private readonly parts: Part[];
  private readonly byName = new Map<string, Part>();
  private readonly checked = new Set<Part>();
  private parsedBytes = 0;

  /** Reads and checks the package's structure; throws a WorkbookReadError naming the problem. */
  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = readEnd(bytes, view);
    this.parts = locateParts(bytes, view, readDirectory(bytes, view, end), end);
    for (const part of this.parts) if (!part.name.endsWith("/")) this.byName.set(asciiLower(part.name), part);
  }

  /** Number of parts (zip entries, folders included). */
  get partCount(): number {
    return this.parts.length;
  }

  /** The part's text, inflated and checked; undefined when the package has no such part. */
  text(name: string): string | undefined {
    const part = this.byName.get(asciiLower(name));
    if (!part) return undefined;
    if (part.size > MAX_PARSED_PART_BYTES) throw readFailure.partTooLarge(name, MAX_PARSED_PART_BYTES);
    this.parsedBytes += part.size;
    if (this.parsedBytes > MAX_PARSED_TOTAL_BYTES) throw readFailure.parsedTooLarge(MAX_PARSED_TOTAL_BYTES);
    const out = new Uint8Array(part.size);
    let at = 0;
    this.unpack(part, (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    });
    return decodeText(out);
  }

  /** Inflates every part not read yet, without keeping it, to check its size and CRC-32. */
  async verifyAll(): Promise<void> {
    let sinceYield = 0;
    for (const part of this.parts) {
      if (this.checked.has(part)) continue;
      this.unpack(part);
      sinceYield += part.size;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await yieldToBrowser();
      }
    }
  }

  private unpack(part: Part, onChunk?: (chunk: Uint8Array) => void): void {
    const label = `'${shownName(part.name)}'`;
    if (part.method === 0) {
      if (crc32(0, part.data) !== part.crc) throw readFailure.damaged(`${label} fails its checksum`);
      onChunk?.(part.data);
    } else {
      const result = inflateWithin(part.data, part.size, onChunk);
      if (result.outcome === "bomb") throw readFailure.bomb(part.name);
      if (result.outcome === "overflow") throw readFailure.damaged(`${label} inflates past the ${sizeInWords(part.size)} its header declares`);
      if (result.outcome === "corrupt") throw readFailure.damaged(`the compressed data of ${label} is broken`);
      if (result.size !== part.size) throw readFailure.damaged(`${label} inflates to less than its header declares`);
      if (result.crc !== part.crc) throw readFailure.damaged(`${label} fails its checksum`);
    }
    this.checked.add(part);
  }
}
