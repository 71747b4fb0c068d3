// One Excel request at a time. The ref, not the state, is what stops a second click from starting a
// second request: two clicks can arrive before React re-renders the disabled button. `busy` is for
// rendering; `onBusyChange` tells a parent that shares the guard with its other flows.
import { useCallback, useRef, useState } from "react";

export type OneRequest = {
  /** True while a request runs. */
  busy: boolean;
  /** Runs `work` unless a request is already running (then does nothing); resolves when it ends. */
  run: (work: () => Promise<void>) => Promise<void>;
};

export function useOneRequest(onBusyChange?: (busy: boolean) => void): OneRequest {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const notify = useRef(onBusyChange);
  notify.current = onBusyChange;

  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    notify.current?.(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
      notify.current?.(false);
    }
  }, []);

  return { busy, run };
}
