// Node only: Excel's side of the custom-functions runtime. Microsoft's runtime
// (custom-functions-runtime.debug.js) loads with a native bridge, as in Excel; the host hands it
// invocations as the JSON text of a bridge message, and the runtime answers with the request that
// sets their results (`SetInvocationArrayResults`, sent through the same bridge). Nothing of the
// invocation path is ours: the runtime parses the text, finds the function, calls it, turns what it
// returns or throws into a result, batches results and sends them.
// The shape of the message is the one the runtime's HostBridge and CustomFunctionProxy read
// (`onMessageFromHost`, `_handleMessage`, `_batchInvocationEntries`); Microsoft does not document
// whether Excel sends an invocation as an array inside the message or as a JSON text of its own, and
// the runtime accepts both, so `invocationText` writes either.
// The page's timers are recorded, not run: `results()` runs them when the host wants the results, so
// a caller that invokes in a loop (the bench) never has the runtime's batching run inside its timing.
import { readFileSync } from "node:fs";
import { type CustomFunctionsRuntime, loadCustomFunctionsRuntime, type RuntimeOptions } from "./loadCustomFunctionsRuntime";

/** What the runtime reported for one invocation (its result array, CustomFunctions 1.9 form). */
export type InvocationResult =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: unknown; errorCode: number };

interface NativeBridge {
  sendMessageToHost(text: string): void;
  /** Set by the runtime's HostBridge when it loads. */
  onMessageFromHost?: (text: string) => void;
}

/** How the invocation sits in the bridge message: an array, or a JSON text of its own. */
export type EntryForm = "array" | "text";

/** The JSON text Excel's host sends to invoke `functionId` with `parameterValues` (flags 0: plain values). */
export function invocationText(invocationId: number, functionId: string, parameterValues: readonly unknown[], form: EntryForm = "array"): string {
  const invocation = [invocationId, functionId, parameterValues, "Sheet1!A1", 0];
  const entry = [1, 1000, 0, form === "text" ? JSON.stringify(invocation) : invocation, invocationId];
  return JSON.stringify({ type: 3, message: { entries: [entry] } });
}

export class FunctionsHost {
  readonly runtime: CustomFunctionsRuntime;
  private readonly bridge: NativeBridge;
  private readonly timers: Array<() => void> = [];
  private readonly requests: string[] = [];

  /** Loads the runtime with a native bridge, then the built functions.js at `functionsJsPath`. */
  constructor(functionsJsPath: string, options: Pick<RuntimeOptions, "ownBuiltins" | "realm"> = {}) {
    this.bridge = { sendMessageToHost: (text) => void this.requests.push(text) };
    this.runtime = loadCustomFunctionsRuntime({
      nativeBridge: this.bridge,
      setTimeout: (callback) => this.timers.push(callback),
      ownBuiltins: options.ownBuiltins,
      realm: options.realm,
    });
    if (typeof this.bridge.onMessageFromHost !== "function") throw new Error("the runtime did not take the native bridge");
    // The only timers set while loading are the time-outs of the host scripts the runtime asks for
    // (recorded by the loader, never loaded): they would report a failed load, which is not Excel's.
    this.timers.length = 0;
    this.runtime.run(readFileSync(functionsJsPath, "utf8"), "functions.js");
  }

  /** Hands the runtime one message from the host (the runtime parses it and calls the function). */
  deliver(text: string): void {
    this.bridge.onMessageFromHost!(text);
  }

  /**
   * Runs the runtime's pending timers now and drops what it sends (a bench's pause between samples:
   * the runtime's results task runs outside the timing, and its requests are never answered).
   */
  runTimersNow(): void {
    this.runTimers();
    this.requests.length = 0;
  }

  private runTimers(): void {
    for (const timer of this.timers.splice(0)) timer();
  }

  /**
   * Lets the runtime send what it holds: runs its timers and answers its requests (each as a success),
   * until it is idle; returns the invocation results the requests carried, in order.
   */
  async results(): Promise<InvocationResult[]> {
    const results: InvocationResult[] = [];
    for (let round = 0; round < 20 && (this.timers.length > 0 || this.requests.length > 0); round++) {
      this.runTimers();
      await new Promise((resolve) => setImmediate(resolve));
      for (const text of this.requests.splice(0)) {
        const request = JSON.parse(text) as { id: number; message: { body: { Actions: Array<{ Name: string; ArgumentInfo?: { Arguments: unknown[] } }> } } };
        for (const action of request.message.body.Actions) {
          if (action.Name !== "SetInvocationArrayResults") continue;
          for (const r of action.ArgumentInfo!.Arguments[0] as unknown[][]) {
            results.push(r[1] === true ? { id: r[0] as number, ok: true, value: r[2] } : { id: r[0] as number, ok: false, message: r[2], errorCode: r[3] as number });
          }
        }
        this.deliver(JSON.stringify({ id: request.id, type: 2, message: { statusCode: 200, headers: {}, body: { Results: [] } } }));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }

  /** One invocation through the runtime, as Excel makes it; its result. */
  async invoke(invocationId: number, functionId: string, parameterValues: readonly unknown[], form: EntryForm = "array"): Promise<InvocationResult> {
    this.deliver(invocationText(invocationId, functionId, parameterValues, form));
    const results = (await this.results()).filter((r) => r.id === invocationId);
    if (results.length !== 1) throw new Error(`invocation ${invocationId}: ${results.length} results`);
    return results[0];
  }
}
