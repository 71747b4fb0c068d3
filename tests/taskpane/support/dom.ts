// What jsdom lacks and the pane uses, taken from Node where Node has it. Call once per test file.
import { TextDecoder, TextEncoder } from "node:util";
import { DecompressionStream } from "node:stream/web";

export function completeJsdom(): void {
  const g = globalThis as Record<string, unknown>;
  g.TextDecoder ??= TextDecoder;
  g.TextEncoder ??= TextEncoder;
  g.DecompressionStream ??= DecompressionStream;
  // jsdom's Blob has no arrayBuffer(); browsers (and Office's webviews) all do.
  if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
  // Fluent's motion components ask for prefers-reduced-motion.
  if (typeof window !== "undefined" && !window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
}
