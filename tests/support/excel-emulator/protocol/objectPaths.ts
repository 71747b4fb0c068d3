// Resolves the object paths of one request. Each path is evaluated once per request (a method path
// such as WorksheetCollection.add runs once, however many actions use its object), parents first;
// a path on a null object is a null object (ObjectPathType 7 is how the library names one later).
import { ExcelError, itemNotFound, notModelled } from "../errors";
import type { Session, XlObject } from "../objects/base";
import { type ArgumentInfo, ObjectPathType, type ObjectPathInfo, camel } from "./wire";

export class PathResolver {
  private readonly resolved = new Map<number, XlObject | null>();

  constructor(
    private readonly session: Session,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly root: XlObject,
  ) {}

  info(id: number): ObjectPathInfo {
    const info = this.paths[String(id)];
    if (!info) throw notModelled(`a request naming object path ${id}, which it does not define`);
    return info;
  }

  /** The object a path stands for in this request, or null for a null object. */
  resolve(id: number): XlObject | null {
    if (this.resolved.has(id)) return this.resolved.get(id)!;
    const info = this.info(id);
    let value: XlObject | null;
    try {
      value = this.evaluate(info);
    } catch (error) {
      if (error instanceof ExcelError) error.location ??= this.location(info);
      throw error;
    }
    this.resolved.set(id, value);
    return value;
  }

  /** Arguments with every referenced object path replaced by its object (CommonUtility.setMethodArguments). */
  args(argumentInfo: ArgumentInfo | undefined): unknown[] {
    const values = argumentInfo?.Arguments ?? [];
    const refs = argumentInfo?.ReferencedObjectPathIds ?? [];
    return values.map((v, i) => (refs[i] ? this.resolve(refs[i]) : isPlainObject(v) ? this.nestedObjects(v) : v));
  }

  /**
   * A client object inside a plain-object argument travels as {_ObjectPathId: id}
   * (CommonUtility.replaceClientObjectPropertiesWithObjectPathIds, line 15380), e.g.
   * InsertWorksheetOptions.relativeTo.
   */
  private nestedObjects(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.nestedObjects(v));
    if (!isPlainObject(value)) return value;
    const id = value._ObjectPathId;
    if (typeof id === "number" && Object.keys(value).length === 1) return this.resolve(id);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.nestedObjects(v)]));
  }

  /**
   * Excel's errorLocation for a path: "<parent class>.<member>", e.g. "Worksheet.getRange" (as in the
   * debugInfo quoted in office-js issue #1561); "<collection>.getItem" for an indexer.
   */
  location(info: ObjectPathInfo): string | undefined {
    if (info.ParentObjectPathId === undefined) return undefined;
    const parent = this.resolved.get(info.ParentObjectPathId);
    if (!parent) return undefined;
    if (info.ObjectPathType === ObjectPathType.indexer) return `${parent.className}.getItem`;
    return `${parent.className}.${camel(info.Name)}`;
  }

  private parentOf(info: ObjectPathInfo): XlObject | null {
    if (info.ParentObjectPathId === undefined) throw notModelled(`object path ${info.Id} without a parent`);
    return this.resolve(info.ParentObjectPathId);
  }

  private evaluate(info: ObjectPathInfo): XlObject | null {
    switch (info.ObjectPathType) {
      case ObjectPathType.globalObject:
        return this.root;
      case ObjectPathType.nullObject:
        return null;
      case ObjectPathType.referenceId: {
        const kept = this.session.lookUpKept(info.Name);
        if (!kept) throw new ExcelError("InvalidReference", `No object is kept under the reference ${info.Name}.`);
        kept.checkAlive();
        return kept;
      }
      case ObjectPathType.property: {
        const parent = this.parentOf(info);
        return parent && parent.navigate(info.Name);
      }
      case ObjectPathType.method: {
        const parent = this.parentOf(info);
        if (!parent) return null;
        const result = parent.call(info.Name, this.args(info.ArgumentInfo));
        if (result !== null && !isObject(result)) throw notModelled(`${parent.where(info.Name)} as an object path`);
        return result;
      }
      case ObjectPathType.indexer: {
        const parent = this.parentOf(info);
        if (!parent) return null;
        parent.checkAlive();
        return parent.indexer(this.args(info.ArgumentInfo));
      }
      default:
        throw notModelled(`object path type ${info.ObjectPathType}`);
    }
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const isObject = (value: unknown): value is XlObject => typeof value === "object" && value !== null && "className" in value && "session" in value;

/** An action on a null object other than reading it: Microsoft documents nothing; refused here. */
export const nullObjectAction = (member: string) => itemNotFound(`'${member}' was called on a null object.`);
