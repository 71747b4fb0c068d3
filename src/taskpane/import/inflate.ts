// Inflation that stops at a limit instead of producing the whole output, and the CRC-32 a zip
// part is checked against. The inflater is fflate (pure JavaScript, so it works in every webview
// Office uses; docs/import.md says why it was chosen over the platform's DecompressionStream).
// DEFLATE expands at most 1032:1, which bounds everything:
// - a part whose compressed data is at most ONE_STEP bytes is inflated in one call into a buffer
//   one byte larger than it may produce (at most ~17 MB of work), and the spare byte shows
//   whether it went past its limit;
// - a larger part goes through fflate's streaming Inflate a step at a time, each step sized to end
//   near the point where a check would trip, and inflation stops at the first step that passes
//   the limit, or that inflates more than MAX_INFLATE_RATIO times the input read so far.
// A bomb therefore costs the pane a few megabytes of work, whatever its size or its header says.
import { Inflate, inflateSync } from "fflate";
import { MAX_INFLATE_RATIO, RATIO_GRACE_BYTES } from "./limits";

/** DEFLATE's largest expansion: a 258-byte match coded in 2 bits (RFC 1951). */
const DEFLATE_MAX_RATIO = 1032;
/**
 * Compressed bytes inflated in one call, and the largest streaming step: at most ~17 MB of output.
 * Smaller steps cost more per byte (fflate allocates a 128 KB buffer per step), larger ones let a
 * bomb's last step grow the pane's memory further; bench/import.bench.ts measures both.
 */
const ONE_STEP = 16 * 1024;
/** The smallest streaming step: at most ~1 MB of output past the point where a check trips. */
const MIN_STEP = 1024;

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

const isBomb = (size: number, consumed: number) => size > RATIO_GRACE_BYTES && size > consumed * MAX_INFLATE_RATIO;
/** The step that ends near the point where a check trips, `headroom` bytes of output away. */
const stepFor = (headroom: number) => Math.max(MIN_STEP, Math.min(ONE_STEP, Math.floor(headroom / DEFLATE_MAX_RATIO)));

/**
 * Inflates raw DEFLATE `data`, giving the output to `onChunk` (when given) in one or more chunks,
 * and gives up as soon as the output passes `limit` bytes or the ratio cap. Also computes the
 * output's CRC-32.
 */
export function inflateWithin(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Inflated {
  return data.length <= ONE_STEP ? inflateAtOnce(data, limit, onChunk) : inflateInSteps(data, limit, onChunk);
}

function inflateAtOnce(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Inflated {
  if (data.length === 0) return limit === 0 ? { outcome: "complete", size: 0, crc: 0 } : { outcome: "corrupt" };
  // fflate writes nothing past the end of a given buffer (it drops the rest), so one spare byte
  // tells whether the output went past `limit`.
  const room = Math.min(limit, data.length * DEFLATE_MAX_RATIO + 258) + 1;
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(room) });
  } catch {
    return { outcome: "corrupt" }; // FlateError, or a RangeError when a stored block overruns the buffer
  }
  if (out.length > limit) return { outcome: "overflow" };
  if (isBomb(out.length, data.length)) return { outcome: "bomb" };
  onChunk?.(out);
  return { outcome: "complete", size: out.length, crc: crc32(0, out) };
}

function inflateInSteps(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Inflated {
  let size = 0;
  let crc = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Stop("overflow");
    if (isBomb(size, consumed)) throw new Stop("bomb");
    crc = crc32(crc, chunk);
    onChunk?.(chunk);
  });
  try {
    while (consumed < data.length) {
      // Output this step may produce before a check trips: the limit, or the ratio cap (which
      // allows RATIO_GRACE_BYTES before any input is read).
      const headroom = Math.min(limit, Math.max(RATIO_GRACE_BYTES, consumed * MAX_INFLATE_RATIO)) - size;
      const end = Math.min(consumed + stepFor(headroom), data.length);
      const chunk = data.subarray(consumed, end);
      consumed = end;
      inflater.push(chunk, end === data.length);
    }
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
