// Source of truth: RFC 1951 (DEFLATE) as implemented by zlib (node:zlib, the reference the output
// is compared with), the CRC-32 of zlib/PKWARE (node:zlib crc32), and the bounds documented in
// src/taskpane/import/inflate.ts and limits.ts. Both of the inflater's paths are covered: parts of
// at most 8 KiB compressed (one call) and larger ones (streaming steps).
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { crc32, inflateWithin } from "../../src/taskpane/import/inflate";
import { MAX_INFLATE_RATIO } from "../../src/taskpane/import/limits";
import { deflateBomb, seededRandom } from "./support/xlsx";

/** Text that compresses about as well as a worksheet part (~10:1). */
function sheetLike(bytes: number): Buffer {
  const random = seededRandom(7);
  let xml = "";
  for (let r = 1; xml.length < bytes; r++) xml += `<row r="${r}"><c r="A${r}"><v>${Math.floor(random() * 1e6)}</v></c></row>`;
  return Buffer.from(xml.slice(0, bytes));
}

const small = sheetLike(20_000); // ~3 KB compressed: one call
const large = sheetLike(3_000_000); // ~400 KB compressed: streaming steps
const paths: [string, Buffer][] = [
  ["a part inflated in one call", small],
  ["a part inflated in steps", large],
];

describe("inflateWithin", () => {
  it.each(paths)("gives %s exactly as zlib wrote it, with zlib's CRC-32", (_, raw) => {
    const data = new Uint8Array(deflateRawSync(raw));
    const chunks: Uint8Array[] = [];
    const result = inflateWithin(data, raw.length, (c) => chunks.push(c.slice()));
    expect(result).toEqual({ outcome: "complete", size: raw.length, crc: zlibCrc32(raw) });
    expect(Buffer.concat(chunks).equals(raw)).toBe(true);
  });

  it.each(paths)("stops %s one byte past its limit", (_, raw) => {
    const data = new Uint8Array(deflateRawSync(raw));
    let delivered = 0;
    expect(inflateWithin(data, raw.length - 1, (c) => (delivered += c.length))).toEqual({ outcome: "overflow" });
    expect(delivered).toBeLessThan(raw.length); // nothing past the limit reaches the caller
  });

  it.each(paths)("calls %s corrupt when its data ends early", (_, raw) => {
    const data = new Uint8Array(deflateRawSync(raw));
    expect(inflateWithin(data.subarray(0, data.length - 3), raw.length)).toEqual({ outcome: "corrupt" });
  });

  it("calls invalid DEFLATE corrupt (block type 3 does not exist)", () => {
    expect(inflateWithin(new Uint8Array([0x07, 0x00]), 100)).toEqual({ outcome: "corrupt" });
  });

  it.each([
    ["a bomb inflated in one call (8 KiB compressed, 8 MB out)", deflateBomb(8 * 1024 * 1024)],
    ["a bomb inflated in steps (1 MB compressed, 1 GB out)", deflateBomb(1024 ** 3)],
  ])("stops %s by its ratio, even when the limit would allow it", (_, bomb) => {
    expect(bomb.size / bomb.data.length).toBeGreaterThan(MAX_INFLATE_RATIO);
    expect(inflateWithin(bomb.data, 0xffffffff)).toEqual({ outcome: "bomb" });
  });

  it("passes a bomb's first megabyte, below the ratio cap's grace size, when its limit allows", () => {
    const bomb = deflateBomb(1000 * 1000);
    expect(inflateWithin(bomb.data, bomb.size)).toMatchObject({ outcome: "complete", size: bomb.size });
  });

  it("stops a 4 GB bomb at a 1 KB limit, delivering nothing past it", () => {
    let delivered = 0;
    expect(inflateWithin(deflateBomb(4 * 1024 ** 3).data, 1024, (c) => (delivered += c.length))).toEqual({ outcome: "overflow" });
    expect(delivered).toBeLessThanOrEqual(1024);
  });

  it("accepts an empty part only when it declares nothing", () => {
    expect(inflateWithin(new Uint8Array(0), 0)).toEqual({ outcome: "complete", size: 0, crc: 0 });
    expect(inflateWithin(new Uint8Array(0), 10)).toEqual({ outcome: "corrupt" });
  });
});

describe("crc32", () => {
  it("matches zlib's, in one go and continued over pieces", () => {
    const bytes = sheetLike(10_000);
    expect(crc32(0, bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(crc32(0, bytes.subarray(0, 3333)), bytes.subarray(3333))).toBe(zlibCrc32(bytes));
  });
});
