// Runs one ProcessQuery request against the workbook: actions in order, a result for each action
// that has one, and at the first failure Excel's error (code, message, location, action index).
// What the earlier actions changed stays changed ("actions before a failing one stay applied"); the
// later ones never run.
import { ExcelError, notModelled } from "../errors";
import type { Session, XlObject } from "../objects/base";
import { PathResolver, nullObjectAction } from "./objectPaths";
import { queryValue } from "./query";
import { type ActionInfo, type ActionResult, ActionType, type RequestBody, type ResponseBody } from "./wire";

/** Where an action stands, for fault injection and the failure report. */
export type ActionContext = { action: ActionInfo; index: number; location: string | undefined };

export type RunOptions = {
  /** Excel's errorLocation: "reported" or "omitted" (Excel gives it only "if available"). */
  errorLocation: "reported" | "omitted";
  /** Whether Instantiate results carry the object's Id (see `identity`). */
  instantiateIds: "sent" | "withheld";
  /** Called before each action; returning an error makes that action fail with it. */
  beforeAction?: (context: ActionContext) => ExcelError | undefined;
};

export type RunOutcome = { response: ResponseBody; failure?: { error: ExcelError; context: ActionContext } };

const NO_RESULT = Symbol("no result");

export function processQuery(session: Session, root: XlObject, body: RequestBody, options: RunOptions): RunOutcome {
  const resolver = new PathResolver(session, body.ObjectPaths ?? {}, root);
  const results: ActionResult[] = [];
  const actions = body.Actions ?? [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    const context: ActionContext = { action, index, location: undefined };
    try {
      context.location = locate(resolver, action);
      const injected = options.beforeAction?.(context);
      if (injected) throw injected;
      const value = run(resolver, action, options);
      if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      if (!(error instanceof ExcelError)) throw error;
      const location = error.location ?? context.location;
      context.location = location;
      // "omitted": code and message only, so the library can give neither errorLocation nor statement.
      const where = options.errorLocation === "reported" ? { ...(location ? { Location: location } : {}), ActionIndex: index } : {};
      const report = { Code: error.code, Message: error.wireMessage, ...where };
      return { response: { Results: results, Error: report }, failure: { error, context } };
    }
  }
  return { response: { Results: results } };
}

/** The errorLocation an action would have: "<class>.<member>" of its path or of the member it uses. */
function locate(resolver: PathResolver, action: ActionInfo): string | undefined {
  if (action.ActionType === ActionType.instantiate) {
    // Parents resolve first, so the path's own location is known; its own failure is located there.
    const info = resolver.info(action.ObjectPathId);
    if (info.ParentObjectPathId !== undefined) resolver.resolve(info.ParentObjectPathId);
    return resolver.location(info);
  }
  const target = resolver.resolve(action.ObjectPathId);
  if (!target) return undefined;
  if (action.ActionType === ActionType.query) return `${target.className}.load`;
  return target.where(action.Name);
}

function run(resolver: PathResolver, action: ActionInfo, options: RunOptions): unknown {
  switch (action.ActionType) {
    case ActionType.instantiate:
      return identity(resolver.resolve(action.ObjectPathId), options.instantiateIds === "sent");
    case ActionType.query:
      return queryValue(resolver.resolve(action.ObjectPathId), action.QueryInfo);
    case ActionType.setProperty: {
      const target = resolver.resolve(action.ObjectPathId);
      if (!target) throw nullObjectAction(action.Name);
      target.setProperty(action.Name, resolver.args(action.ArgumentInfo)[0]);
      return NO_RESULT; // SetProperty actions have no result handler (CommonActionFactory.createSetPropertyAction)
    }
    case ActionType.method: {
      const target = resolver.resolve(action.ObjectPathId);
      // Excel.run keeps every Range it makes, null ones included (TrackedObjects._autoAdd, line 15987).
      if (!target && action.Name === "_KeepReference") return NO_RESULT;
      if (!target) throw nullObjectAction(action.Name);
      const value = target.call(action.Name, resolver.args(action.ArgumentInfo));
      return value === undefined ? NO_RESULT : value;
    }
    case ActionType.trace:
      return NO_RESULT;
    default:
      throw notModelled(`action type ${action.ActionType}`);
  }
}

/**
 * The result of an Instantiate action, read by InstantiateActionResultHandler → _handleIdResult (line
 * 17579) and ObjectPath.updateUsingObjectData (line 14352): null makes a null object; "_ReferenceId"
 * lets a kept Range be used in later requests; "Id" lets an object made by a method (worksheets.add,
 * charts.add) be found again by id in later requests, and fills its id property (Worksheet.
 * _handleIdResult reads value["Id"], line 29771: the library expects Excel to send it). With
 * `withIds` false ("withheld") only loads identify objects. Objects with neither get no result.
 */
function identity(object: XlObject | null, withIds: boolean): unknown {
  if (object === null) return null;
  object.checkAlive();
  if (object.referenceId !== undefined) return { _ReferenceId: object.referenceId };
  const id = withIds ? object.wireId() : undefined;
  return id === undefined ? NO_RESULT : { Id: id };
}
