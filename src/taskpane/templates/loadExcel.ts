// The template renderer loads on first use rather than with the gallery: it is not needed to show
// the templates, only to insert one. The pane asks for it once the gallery is up (idle time), so
// the first Insert rarely waits for it.
type ExcelModule = typeof import("../../excel");

let loading: Promise<ExcelModule> | undefined;

export function loadExcel(): Promise<ExcelModule> {
  loading ??= import(/* webpackChunkName: "renderer" */ "../../excel").catch((e: unknown) => {
    loading = undefined; // a failed download can be retried by the next click
    throw e;
  });
  return loading;
}

export function preloadExcel(): void {
  void loadExcel().catch(() => undefined);
}

/** Runs the given preloads when the browser is idle (or soon, where requestIdleCallback is missing). */
export function preloadWhenIdle(...preloads: (() => void)[]): void {
  const start = () => preloads.forEach((preload) => preload());
  if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
