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
  // jsdom lays nothing out: <body> measures 0 × 0 and every offsetParent is null. Tabster (Fluent's
  // focus manager) then takes every element for invisible, so a Dialog found nothing to focus and
  // focused its own surface; when that focus came before tabster registered the dialog's modal
  // (an ordering that varied with the machine's load), tabster never activated it and set
  // aria-hidden on the dialog itself, which then could not be found by role. Give elements what a
  // laid-out page has: a body with a size, and an offsetParent unless inside a hidden element.
  if (typeof document !== "undefined" && !(globalThis as { __laidOut?: boolean }).__laidOut) {
    (globalThis as { __laidOut?: boolean }).__laidOut = true;
    document.body.getBoundingClientRect = () =>
      ({ x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768, toJSON: () => ({}) }) as DOMRect;
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.isConnected && !this.closest("[hidden]") ? this.parentElement : null;
      },
    });
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
