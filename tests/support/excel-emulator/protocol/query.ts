// The Value of a Query action (context.load). Select lists camelCase property paths, "a/b/c" for a
// property of a navigation property, "*" for every scalar (CommonUtility._parseSelectExpand, line
// 15267; "items/" is already stripped there). The answer uses PascalCase keys, navigation results
// nested under their own key, and a collection's members under "_Items" (the generated
// _handleResult methods, e.g. WorksheetCollection's at line 30539).
//
// A path through a collection navigation property ("items/names/items/name" on worksheets, which
// _parseSelectExpand turns into Select "names/name" by replacing "/items/") answers the collection
// under its own key with its members under "_Items": Worksheet._handleResult (line 29724) hands
// value.Names to Utility._handleNavigationPropertyResults (line 18323), and the NamedItemCollection's
// _handleResult (line 33462) reads its members from CommonConstants.items = "_Items" (line 15096).
// Expand comes only from load({ select, expand }) (ClientRequestContextBase._parseQueryOption, line
// 14474). OfficeExtension.LoadOption's reference page: "if we don't specify the specific properties
// on the font object in the select statement, the expand statement by itself would indicate that
// all of the font properties are loaded"; so an expanded navigation property named by no select
// path gets every scalar, and one the select names gets only what the select names.
import { ExcelError, notModelled } from "../errors";
import type { XlObject } from "../objects/base";
import { type QueryInfo, pascal } from "./wire";

type Shape = Record<string, unknown>;

/** Properties the library answers itself from the result being null or not (ClientObject.isNullObject). */
const CLIENT_ONLY = new Set(["isNullObject", "isNull"]);

export function queryValue(object: XlObject | null, query: QueryInfo | undefined): unknown {
  if (object === null) return null; // ClientObject._handleResult: a null Value makes isNullObject true
  object.checkAlive();
  const requested = query?.Select ?? [];
  const select = requested.filter((p) => !CLIENT_ONLY.has(p));
  const expand = query?.Expand ?? [];
  // load("isNullObject") alone: the library only tests whether the Value is null
  // (ClientObject._handleResult, line 16066), so the answer names no property. Answering every
  // scalar instead (an empty select's meaning) would send a used range's whole contents.
  const nothing = requested.length > 0 && select.length === 0 && expand.length === 0;
  const answer = (o: XlObject) => (nothing ? {} : selectOn(o, select, expand));
  const items = object.items();
  if (!items) return answer(object);
  const skip = query?.Skip ?? 0;
  const chosen = items.slice(skip, query?.Top === undefined ? undefined : skip + query.Top);
  return { _Items: chosen.map(answer) };
}

function selectOn(object: XlObject, select: string[], expand: string[] = []): Shape {
  const shape: Shape = {};
  if (select.length === 0 || select.includes("*")) {
    for (const name of object.readableProperties()) shape[name] = read(object, name);
  }
  for (const path of select.filter((p) => p !== "*")) addPath(object, shape, path.split("/"));
  // An expanded property the select already reaches into keeps the select's narrower choice.
  const selected = (path: string) => select.some((p) => p.toLowerCase().startsWith(`${path.toLowerCase()}/`));
  for (const path of expand.filter((p) => !selected(p))) addPath(object, shape, path.split("/"));
  return shape;
}

function addPath(object: XlObject, shape: Shape, [head, ...rest]: string[]): void {
  const name = pascal(head);
  if (rest.length === 0 && object.hasProperty(name)) {
    shape[name] = read(object, name);
    return;
  }
  if (!object.hasNavigation(name)) throw notModelled(`loading ${object.where(name)}`);
  const child = object.navigate(name);
  const tail = rest.length === 0 ? [] : [rest.join("/")];
  if (child === null) shape[name] = null;
  else if (child.items()) shape[name] = { _Items: child.items()!.map((item) => selectOn(item, tail)) };
  else shape[name] = mergeShapes(shape[name], selectOn(child, tail));
}

function mergeShapes(existing: unknown, added: Shape): Shape {
  return typeof existing === "object" && existing !== null ? { ...(existing as Shape), ...added } : added;
}

function read(object: XlObject, name: string): unknown {
  try {
    return object.getProperty(name);
  } catch (error) {
    if (error instanceof ExcelError) error.location ??= object.where(name);
    throw error;
  }
}
