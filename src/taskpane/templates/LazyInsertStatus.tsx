// The status line (progress bar, result and error messages) is first needed when an insert starts,
// so it loads with the renderer when the pane is idle, not before the gallery is interactive.
import { Suspense, lazy } from "react";
import { LoadBoundary } from "../shell/LoadBoundary";
import { LoadNote } from "../shell/LoadNote";
import type { InsertStatusProps } from "./InsertStatus";

const loadStatus = () => import(/* webpackChunkName: "status" */ "./InsertStatus");
const InsertStatusChunk = lazy(() => loadStatus().then((m) => ({ default: m.InsertStatus })));

export function preloadInsertStatus(): void {
  void loadStatus().catch(() => undefined);
}

/** `InsertStatus`, with a plain-text stand-in for the moment its chunk is still loading. */
export function LazyInsertStatus(props: InsertStatusProps) {
  const text = props.status.phase === "running" ? props.status.label : props.status.message;
  return (
    <LoadBoundary what="the status message">
      <Suspense fallback={<LoadNote role="status">{text}</LoadNote>}>
        <InsertStatusChunk {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
