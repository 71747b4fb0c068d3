// The request queue: every property write, method call and load is queued as an operation and
// applied only at sync, in order. An operation that fails stops the rest of its request; the
// operations before it stay applied, as in Excel. Counts syncs, operations and payload bytes.
import { StrictExcelError, propertyNotLoaded } from "./errors";
import { newSheet, type SheetState, type WorkbookState } from "./state";

export type Operation = {
  /** Excel's errorLocation style: "Range.formulas", "ChartCollection.add". */
  location: string;
  /** Object path of the target, e.g. worksheets.getItem("Data").getRange("B4"). */
  target: string;
  args: unknown[];
  apply: () => void;
};

export type RequestStats = { operations: number; bytes: number };

export type Failure = {
  /** 1-based over the fake's life, as failAt counts. */
  operationIndex: number;
  location: string;
  target: string;
  /** The operation's arguments as JSON (a sheet's name when adding it). */
  args: string;
  code: string;
  message: string;
};

/** Where Excel's documented behaviour leaves a choice, which reading the fake plays (StrictExcelOptions). */
export type Behaviour = {
  errorLocation: "reported" | "omitted";
  seriesFromSource: "everyLine" | "linesWithValues";
};

export class Host {
  readonly state: WorkbookState;
  private nextId = 1;
  private pending: { op: Operation; index: number }[] = [];
  private readonly faults = new Set<number>();
  operationCount = 0;
  syncCount = 0;
  /** Each sync's operations; their sizes are estimated only when asked (most tests never ask). */
  private readonly synced: Operation[][] = [];
  private readonly stats: RequestStats[] = [];
  lastFailure?: Failure;
  /** The active cell's address on the active sheet. */
  selection = "A1";

  constructor(readonly behaviour: Behaviour) {
    this.state = { sheets: [], activeSheetId: 0, names: [] };
  }

  newId(): number {
    return this.nextId++;
  }

  addSheetState(name: string): SheetState {
    const sheet = newSheet(this.newId(), name);
    this.state.sheets.push(sheet);
    return sheet;
  }

  /** One entry per sync: its operations and their size as JSON (location, target path, arguments). */
  get requests(): readonly RequestStats[] {
    for (let i = this.stats.length; i < this.synced.length; i++) {
      const ops = this.synced[i];
      this.stats.push({ operations: ops.length, bytes: ops.reduce((n, op) => n + JSON.stringify({ o: op.location, t: op.target, a: op.args }).length, 0) });
    }
    return this.stats;
  }

  failAt(operationIndexes: number[]): void {
    for (const i of operationIndexes) this.faults.add(i);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  enqueue(op: Operation): void {
    this.operationCount++;
    this.pending.push({ op, index: this.operationCount });
  }

  discardPending(): void {
    this.pending = [];
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.syncCount++;
    this.synced.push(batch.map((p) => p.op));
    await Promise.resolve(); // a round trip: callers must not rely on synchronous application
    for (const { op, index } of batch) {
      try {
        if (this.faults.has(index)) {
          throw new StrictExcelError("GeneralException", `Injected fault at operation ${index} (${op.location}).`);
        }
        op.apply();
      } catch (error) {
        throw this.reportFailure(error, op, index);
      }
    }
  }

  /** debugInfo as Excel documents it; errorLocation and statement only when the behaviour reports them. */
  private reportFailure(error: unknown, op: Operation, index: number): unknown {
    if (!(error instanceof StrictExcelError)) return error; // a bug in the fake or the test: surface as is
    const { code, message } = error;
    const located = this.behaviour.errorLocation === "reported";
    error.debugInfo = located ? { code, message, errorLocation: op.location, statement: `${op.location.split(".")[1]} = ...;`, surroundingStatements: [] } : { code, message };
    this.lastFailure = { operationIndex: index, location: op.location, target: op.target, args: JSON.stringify(op.args), code, message };
    return error;
  }
}

/** Base of every proxy object: remembers loaded properties, queues operations on its host. */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly host: Host,
    readonly path: string,
    private readonly typeName: string,
  ) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(`${this.typeName}.${property}`);
    return this.loaded.get(property) as T;
  }

  /** Queues `apply` as one operation; arguments are copied now, as the real API serialises them now. */
  protected queue<const A extends unknown[]>(member: string, args: [...A], apply: (...copied: NoInfer<A>) => void): void {
    const copied = copyArgs(args);
    this.host.enqueue({
      location: `${this.typeName}.${member}`,
      target: this.path,
      args: copied,
      apply: () => apply(...copied),
    });
  }

  /** A load: reads the named properties from the state at sync. */
  protected queueLoad(properties: string[], read: (property: string) => unknown): void {
    this.queue("load", [properties.join(",")], () => {
      for (const p of properties) this.loaded.set(p, read(p));
    });
  }

  toJSON(): { path: string } {
    return { path: this.path };
  }
}

function copyArgs<A extends unknown[]>(args: A): A {
  const copy = (a: unknown) => (a instanceof ClientObject || typeof a !== "object" || a === null ? a : structuredClone(a));
  return args.map(copy) as A;
}

/** "name, position" or "items/name" → ["name", "position"] / ["items/name"]. */
export function loadList(propertyNames: string): string[] {
  return propertyNames.split(",").map((p) => p.trim()).filter((p) => p !== "");
}

/** A write-only property that queues one operation; reading it throws PropertyNotLoaded. */
export function writeOnly<T>(host: Host, target: string, location: string, apply: (v: T) => void): { get(): T; set(v: T): void } {
  return {
    get: () => { throw propertyNotLoaded(location); },
    set: (v: T) => host.enqueue({ location, target, args: [v], apply: () => apply(v) }),
  };
}

