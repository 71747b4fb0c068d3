// A readable expression for an object path, e.g. workbook.worksheets.getItem("Data").getRange("B4"),
// for failure reports and test messages (the library builds the same kind of text for its
// statements: CommonUtility.getObjectPathExpression, line 15185).
import { ObjectPathType, type ObjectPathInfo, camel } from "./wire";

export function pathExpression(paths: Record<string, ObjectPathInfo>, id: number, depth = 0): string {
  const info = paths[String(id)];
  if (!info || depth > 50) return `#${id}`;
  const parent = info.ParentObjectPathId !== undefined ? pathExpression(paths, info.ParentObjectPathId, depth + 1) : "";
  const args = (info.ArgumentInfo?.Arguments ?? []).map((a, i) => {
    const ref = info.ArgumentInfo?.ReferencedObjectPathIds?.[i];
    return ref ? pathExpression(paths, ref, depth + 1) : JSON.stringify(a);
  });
  switch (info.ObjectPathType) {
    case ObjectPathType.globalObject:
      return "workbook";
    case ObjectPathType.property:
      return `${parent}.${camel(info.Name)}`;
    case ObjectPathType.method:
      return `${parent}.${camel(info.Name)}(${args.join(", ")})`;
    case ObjectPathType.indexer:
      return `${parent}.getItem(${args.join(", ")})`;
    case ObjectPathType.referenceId:
      return `kept(${info.Name})`;
    default:
      return "null";
  }
}
