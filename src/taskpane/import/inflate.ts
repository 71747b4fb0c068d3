// Inflation that stops at a limit instead of producing the whole output, and the CRC-32 a zip
// part is checked against. The inflater is fflate's streaming Inflate (pure JavaScript, so it
// works in every webview Office uses; docs/import.md says why it was chosen over the platform's
// DecompressionStream). It is fed a few kilobytes of compressed data at a time: DEFLATE expands
// at most 1032:1, so one step can produce at most ~8.5 MB, and we stop at the first step that
// passes the limit. A bomb therefore costs the pane about `limit` bytes of work, never its size.
import { Inflate } from "fflate";

/** Compressed bytes per step; 8 KiB × 1032 bounds the output of one step to about 8.5 MB. */
const INPUT_STEP = 8 * 1024;

export type Inflated =
  | { outcome: "complete"; size: number; crc: number }
  /** The output passed the limit; inflation stopped there. */
  | { outcome: "overflow" }
  /** The compressed data is not valid DEFLATE, or it ends before its last block. */
  | { outcome: "corrupt" };

/** Thrown from the data callback to stop the inflater mid-step (internal). */
class Overflow {}

/**
 * Inflates raw DEFLATE `data`, giving each output chunk to `onChunk` (when given), and gives up
 * as soon as the output passes `limit` bytes. Also computes the output's CRC-32.
 */
export function inflateWithin(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Inflated {
  let size = 0;
  let crc = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Overflow();
    crc = crc32(crc, chunk);
    onChunk?.(chunk);
  });
  try {
    // An empty part still needs one final push to check that its (empty) stream is complete.
    for (let at = 0; at === 0 || at < data.length; at += INPUT_STEP) {
      const end = Math.min(at + INPUT_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    // Whatever the inflater throws on hostile data (FlateError, or a RangeError from its buffers)
    // means the data is not valid DEFLATE: the file is damaged, not the reader.
    return e instanceof Overflow ? { outcome: "overflow" } : { outcome: "corrupt" };
  }
  return { outcome: "complete", size, crc };
}

let crcTable: Uint32Array | undefined;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** Continues the CRC-32 (the zip/PNG polynomial) `crc` over `bytes`; start with 0. */
export function crc32(crc: number, bytes: Uint8Array): number {
  const t = table();
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
