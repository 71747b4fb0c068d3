// The ProcessQuery protocol between the Excel client library and Excel, as the library writes and
// reads it. Line numbers are of node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js
// (@microsoft/office-js 1.1.110), the library the emulator is tested with.

/** Action types (ActionFactory and CommonActionFactory, lines 13979-14050 and 15880-15960). */
export const ActionType = {
  /** Evaluates an object path; its result identifies the object, or is null for a null object. */
  instantiate: 1,
  /** context.load: QueryInfo {Select, Expand, Top, Skip}. */
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

/** Object path types (ObjectPathFactory, lines 17584-17690; null object: ObjectPath._updateAsNullObject, 14340). */
export const ObjectPathType = {
  /** The root object (the workbook). */
  globalObject: 1,
  newObject: 2,
  /** A method returning an object: Name is the method, ArgumentInfo its arguments. */
  method: 3,
  /** A navigation property: Name is the property. */
  property: 4,
  /** A collection's indexer, getItem(key): ArgumentInfo.Arguments = [key]. */
  indexer: 5,
  /** An object kept by reference across requests (Name = its _ReferenceId). */
  referenceId: 6,
  /** An object an earlier response reported as null. */
  nullObject: 7,
} as const;

export type ArgumentInfo = {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed in its place, or 0 (CommonUtility.setMethodArguments). */
  ReferencedObjectPathIds?: number[];
};

export type ObjectPathInfo = {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
};

export type QueryInfo = { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };

export type ActionInfo = {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
};

/** The POST body of …/ProcessQuery (ClientRequest.buildRequestMessageBodyAndRequestFlags). */
export type RequestBody = {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
};

/** One action's result: the library hands Value to the handler registered for ActionId (line 14767). */
export type ActionResult = { ActionId: number; Value: unknown };

/**
 * A failed action: the library makes code, message and debugInfo.errorLocation of it, and turns
 * ActionIndex into debugInfo.statement/surroundingStatements (lines 16549-16614). Results of the
 * actions before it are still applied to the client objects (line 16579).
 */
export type ResponseError = { Code: string; Message: string; Location?: string; ActionIndex?: number };

export type ResponseBody = { Results: ActionResult[]; Error?: ResponseError };

/** Property and method names travel in PascalCase; load selects and errorLocation use camelCase. */
export const camel = (wireName: string) => wireName.charAt(0).toLowerCase() + wireName.slice(1);
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
