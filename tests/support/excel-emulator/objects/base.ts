// The Excel side of every client object: a server object answers the members the library sends by
// their wire names (PascalCase), reads and writes the workbook model, and says how it identifies
// itself in an Instantiate result.
import { itemNotFound, notModelled } from "../errors";
import { camel } from "../protocol/wire";
import type { WorkbookModel } from "../model/workbook";

export type Accessor = { get?: () => unknown; set?: (value: unknown) => void };

/** What outlives one request: the workbook and the objects kept by reference. */
export class Session {
  private readonly kept = new Map<string, XlObject>();
  private nextReference = 1;

  constructor(readonly model: WorkbookModel) {}

  /** Range._KeepReference: the object can be addressed by its _ReferenceId in later requests. */
  keep(object: XlObject): string {
    object.referenceId ??= `{KEPT-${this.nextReference++}}`;
    this.kept.set(object.referenceId, object);
    return object.referenceId;
  }

  lookUpKept(referenceId: string): XlObject | undefined {
    return this.kept.get(referenceId);
  }

  /** Workbook._RemoveReference, which Excel.run sends for every kept object when the batch ends. */
  release(referenceId: unknown): void {
    if (typeof referenceId === "string") this.kept.delete(referenceId);
  }

  get keptCount(): number {
    return this.kept.size;
  }
}

export abstract class XlObject {
  /** The Excel class name (the library's _className), used in errorLocation. */
  abstract readonly className: string;
  /** Set once the object is kept by reference (Range._KeepReference). */
  referenceId?: string;
  protected readonly props: Record<string, Accessor> = {};
  protected readonly nav: Record<string, () => XlObject | null> = {};
  protected readonly methods: Record<string, (args: unknown[]) => unknown> = {};

  constructor(readonly session: Session) {}

  get model(): WorkbookModel {
    return this.session.model;
  }

  /** Throws ItemNotFound when the object was deleted after it was resolved. */
  checkAlive(): void {}

  /** Worksheet.id, Table.id, Chart.id: what Excel puts in an Instantiate result as "Id". */
  wireId(): string | number | undefined {
    return undefined;
  }

  /** A collection's members; undefined for objects that are not collections. */
  items(): XlObject[] | undefined {
    return undefined;
  }

  /** A collection's indexer (getItem(key)). */
  indexer(args: unknown[]): XlObject | null {
    throw notModelled(`${this.className}.getItem(${JSON.stringify(args)})`);
  }

  where(member: string): string {
    return `${this.className}.${camel(member)}`;
  }

  hasProperty(name: string): boolean {
    return this.props[name]?.get !== undefined;
  }


  /** The scalar properties the emulator can read for this object, by wire name. */
  readableProperties(): string[] {
    return Object.keys(this.props).filter((k) => this.props[k].get);
  }

  getProperty(name: string): unknown {
    const accessor = this.props[name];
    if (!accessor?.get) throw notModelled(`reading ${this.where(name)}`);
    this.checkAlive();
    return accessor.get();
  }

  setProperty(name: string, value: unknown): void {
    const accessor = this.props[name];
    if (!accessor?.set) throw notModelled(`setting ${this.where(name)}`);
    this.checkAlive();
    accessor.set(value);
  }

  /** What this object answers, by wire name (for the test that checks them against the library). */
  members(): { readable: string[]; writable: string[]; navigation: string[]; methods: string[] } {
    const names = Object.keys(this.props);
    return {
      readable: names.filter((n) => this.props[n].get),
      writable: names.filter((n) => this.props[n].set),
      navigation: Object.keys(this.nav),
      methods: Object.keys(this.methods),
    };
  }

  hasNavigation(name: string): boolean {
    return name in this.nav;
  }

  navigate(name: string): XlObject | null {
    const child = this.nav[name];
    if (!child) throw notModelled(this.where(name));
    this.checkAlive();
    return child();
  }

  /** A method call: returns an object (method paths), null (a null object) or a JSON value. */
  call(name: string, args: unknown[]): unknown {
    if (name === "_KeepReference" && this.keepable()) {
      this.session.keep(this);
      return undefined;
    }
    const method = this.methods[name] ?? (name === "GetItemAt" && this.items() ? ([i]: unknown[]) => this.itemAt(i) : undefined);
    if (!method) throw notModelled(`${this.where(name)}()`);
    this.checkAlive();
    return method(args);
  }

  /**
   * A collection member by position: what the library addresses `collection.items[i]` with when the
   * query result gave no id (ObjectPathFactory.createChildItemObjectPathUsingGetItemAt, line 17681).
   */
  private itemAt(index: unknown): XlObject {
    const item = typeof index === "number" ? this.items()?.[index] : undefined;
    if (!item) throw itemNotFound(`${this.className} has no item at ${String(index)}.`);
    return item;
  }

  /** Ranges can be kept by reference (they have _KeepReference in the library). */
  protected keepable(): boolean {
    return false;
  }
}
