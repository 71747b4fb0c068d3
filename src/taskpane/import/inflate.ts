// Inflation that stops at a limit instead of producing the whole output, and the CRC-32 a zip
// part is checked against. The inflater is fflate's streaming Inflate (pure JavaScript, so it
// works in every webview Office uses; docs/import.md says why it was chosen over the platform's
// DecompressionStream). It is fed the compressed data a few bytes to a few kilobytes at a time:
// DEFLATE expands at most 1032:1, so each step is sized to end at most 64 KiB past the limit (and
// never to produce more than ~8.5 MB), and inflation stops at the first step that passes the
// limit, or that inflates more than MAX_INFLATE_RATIO times the input read so far. A bomb
// therefore costs the pane at most about a megabyte of work, whatever its size or its header says.
import { Inflate } from "fflate";
import { MAX_INFLATE_RATIO, RATIO_GRACE_BYTES } from "./limits";

/** DEFLATE's largest expansion: a 258-byte match coded in 2 bits (RFC 1951). */
const DEFLATE_MAX_RATIO = 1032;
/** Compressed bytes per step: at most 8 KiB, at least 64, and sized to end near the limit. */
const MAX_STEP = 8 * 1024;
const MIN_STEP = 64;
const STEP_SLACK = 64 * 1024;

export type Inflated =
  | { outcome: "complete"; size: number; crc: number }
  /** The output passed the limit; inflation stopped there. */
  | { outcome: "overflow" }
  /** The output grew past MAX_INFLATE_RATIO times the input: no real part does that. */
  | { outcome: "bomb" }
  /** The compressed data is not valid DEFLATE, or it ends before its last block. */
  | { outcome: "corrupt" };

/** Thrown from the data callback to stop the inflater mid-step (internal). */
class Stop {
  constructor(readonly outcome: "overflow" | "bomb") {}
}

const stepFor = (remaining: number) => Math.max(MIN_STEP, Math.min(MAX_STEP, Math.floor((remaining + STEP_SLACK) / DEFLATE_MAX_RATIO)));

/**
 * Inflates raw DEFLATE `data`, giving each output chunk to `onChunk` (when given), and gives up
 * as soon as the output passes `limit` bytes or the ratio cap. Also computes the output's CRC-32.
 */
export function inflateWithin(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Inflated {
  let size = 0;
  let crc = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Stop("overflow");
    if (size > RATIO_GRACE_BYTES && size > consumed * MAX_INFLATE_RATIO) throw new Stop("bomb");
    crc = crc32(crc, chunk);
    onChunk?.(chunk);
  });
  try {
    // An empty part still needs one final push to check that its (empty) stream is complete.
    do {
      const end = Math.min(consumed + stepFor(limit - size), data.length);
      const chunk = data.subarray(consumed, end);
      consumed = end;
      inflater.push(chunk, end === data.length);
    } while (consumed < data.length);
  } catch (e) {
    // Whatever else the inflater throws on hostile data (FlateError, or a RangeError from its
    // buffers) means the data is not valid DEFLATE: the file is damaged, not the reader.
    return e instanceof Stop ? { outcome: e.outcome } : { outcome: "corrupt" };
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
