// The emulated Excel as a host: takes the text of a ProcessQuery request, refuses it as Excel on the
// web does when it is too large, runs it, and keeps what tests assert on (requests, actions,
// failures). Fault injection and co-author edits happen here, between and inside requests.
// No Node APIs: the browser tests run it in the page.
import { EmulatorLimitation, ExcelError, type ExcelErrorCode, MESSAGES } from "./errors";
import { Session, type XlObject } from "./objects/base";
import { WorkbookObject } from "./objects/workbook";
import { type ActionContext, processQuery } from "./protocol/processQuery";
import { pathExpression } from "./protocol/pathExpression";
import { ActionType, ObjectPathType, type RequestBody, camel } from "./protocol/wire";
import type { WorkbookModel } from "./model/workbook";

export type HostSettings = {
  /**
   * "web" applies Excel on the web's request and response limit: "Excel on the web limits requests
   * and responses to 5 MB" (https://learn.microsoft.com/office/dev/add-ins/excel/performance; the
   * limit applies to Excel on the web only, office-js-docs-pr #5333). Default "web".
   */
  platform: "web" | "desktop";
  /**
   * The limit in bytes of the request's UTF-8 JSON text. Microsoft says "5 MB" without saying which
   * megabyte: the harsher 5,000,000 is the default.
   */
  payloadLimitBytes: number;
  /**
   * Whether failed actions carry Excel's errorLocation: "reported" (default) or "omitted". Excel
   * documents errorLocation and statement as given "if available" (OfficeExtension.DebugInfo).
   */
  errorLocation: "reported" | "omitted";
  /**
   * Whether an Instantiate result carries the new object's Id ("sent", default: what the library's
   * _handleIdResult methods read) or not ("withheld": an object made by add() is then usable in a
   * later request only if its id was loaded).
   */
  instantiateIds: "sent" | "withheld";
};

export type RequestStats = {
  /** Actions in the request (every instantiate, load, property write and method call); failAt numbers them over the emulator's life. */
  operations: number;
  /** Size of the request body as sent (UTF-8 bytes of its JSON text). */
  bytes: number;
  /** Size of the response body. */
  responseBytes: number;
  /**
   * Whether the request only releases kept ranges: the cleanup Excel.run sends when the batch ends
   * (ClientRequestContext._runCommon, line 16803), not a sync of the add-in's.
   */
  releasesOnly: boolean;
};

export type Failure = {
  /** 1-based number of the failed action over the emulator's life (what failAt counts). */
  operationIndex: number;
  /** Excel's errorLocation for it, recorded even when the response leaves it out. */
  location: string | undefined;
  /** The object path of the failed action, e.g. workbook.worksheets.getItem("Data").getRange("B4"). */
  target: string;
  /** The action's arguments as JSON. */
  args: string;
  code: string;
  /** The message Excel sent. */
  message: string;
  /** The emulator's own explanation (never sent). */
  reason: string;
};

/** A whole request the host refuses before running it (OSF error codes: 5103 request, 5104 response too large). */
export type Refusal = { code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded"; officeJsErrorCode: 5103 | 5104; message: string };

export type HostReply = { kind: "response"; text: string } | { kind: "refused"; refusal: Refusal };

export type FaultPredicate = (action: { operationIndex: number; request: number; index: number; location: string | undefined }) => boolean;

/** Told of every request the host answered: its text and the reply (for transcripts). */
export type RequestListener = (text: string, reply: HostReply, stats: RequestStats) => void;

/** What a trial may do and still be undone: what a rollback does (read, activate and delete sheets). */
const UNDOABLE = new Set(["Worksheet.activate", "Worksheet.delete"]);

export class ExcelHost {
  readonly session: Session;
  private readonly root: XlObject;
  readonly requests: RequestStats[] = [];
  operationCount = 0;
  lastFailure?: Failure;
  private readonly faults = new Set<number>();
  private readonly faultPredicates: { predicate: FaultPredicate; code: ExcelErrorCode }[] = [];
  private readonly betweenRequests: { after: number; edit: () => void }[] = [];
  private readonly listeners: RequestListener[] = [];

  constructor(readonly model: WorkbookModel, readonly settings: HostSettings) {
    this.session = new Session(model);
    this.root = new WorkbookObject(this.session);
  }

  failAt(operationIndexes: number[]): void {
    for (const n of operationIndexes) this.faults.add(n);
  }

  failWhen(predicate: FaultPredicate, code: ExcelErrorCode = "GeneralException"): void {
    this.faultPredicates.push({ predicate, code });
  }

  /** Runs `edit` after request `after` is answered and before the next one runs (0: before the first). */
  afterRequest(after: number, edit: () => void): void {
    this.betweenRequests.push({ after, edit });
  }

  /** Calls `listener` after every request this host answers or refuses. */
  onRequest(listener: RequestListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `body` with a `send` that answers requests as Excel would now, outside the record (no
   * stats, faults, hooks or listeners), then puts the workbook back as it was. For fault sweeps: from
   * inside a request (a FaultPredicate), try what a rollback would do if the action about to run
   * failed, and go on. Only a rollback's kind of request can be undone (loads, Worksheet.activate,
   * Worksheet.delete: they change the sheet list and the active sheet only); anything else throws.
   */
  trial<T>(errorLocation: HostSettings["errorLocation"], body: (send: (text: string) => string) => T): T {
    const state = this.model.state;
    const saved = { sheets: [...state.sheets], activeSheetId: state.activeSheetId, names: [...state.names], selection: this.model.selection };
    const beforeAction = ({ action, location }: ActionContext): undefined => {
      const changes = action.ActionType === ActionType.setProperty || action.ActionType === ActionType.method;
      if (changes && !UNDOABLE.has(location ?? "")) throw new EmulatorLimitation(`A trial cannot undo ${location ?? action.Name}.`);
      return undefined;
    };
    const send = (text: string) =>
      JSON.stringify(processQuery(this.session, this.root, JSON.parse(text) as RequestBody, { errorLocation, instantiateIds: this.settings.instantiateIds, beforeAction }).response);
    try {
      return body(send);
    } finally {
      state.sheets.splice(0, state.sheets.length, ...saved.sheets);
      state.activeSheetId = saved.activeSheetId;
      state.names.splice(0, state.names.length, ...saved.names);
      this.model.selection = saved.selection;
    }
  }

  /** Handles one ProcessQuery request given as the JSON text the library sends. */
  process(text: string): HostReply {
    const reply = this.answer(text);
    for (const listener of this.listeners) listener(text, reply, this.requests[this.requests.length - 1]);
    return reply;
  }

  private answer(text: string): HostReply {
    const requestNumber = this.requests.length + 1;
    for (const hook of this.betweenRequests.filter((h) => h.after === requestNumber - 1)) hook.edit();
    const body = JSON.parse(text) as RequestBody;
    const bytes = utf8Length(text);
    const stats: RequestStats = { operations: body.Actions?.length ?? 0, bytes, responseBytes: 0, releasesOnly: releasesOnly(body) };
    this.requests.push(stats);
    const firstOperation = this.operationCount + 1;
    this.operationCount += stats.operations;
    if (this.settings.platform === "web" && bytes > this.settings.payloadLimitBytes) return refuse("RequestPayloadSizeLimitExceeded", 5103);
    const outcome = processQuery(this.session, this.root, body, {
      errorLocation: this.settings.errorLocation,
      instantiateIds: this.settings.instantiateIds,
      beforeAction: (context) => this.injectedFault(context, requestNumber, firstOperation + context.index),
    });
    if (outcome.failure) this.recordFailure(body, outcome.failure.error, outcome.failure.context, firstOperation + outcome.failure.context.index);
    const response = JSON.stringify(outcome.response);
    stats.responseBytes = utf8Length(response);
    if (this.settings.platform === "web" && stats.responseBytes > this.settings.payloadLimitBytes) return refuse("ResponsePayloadSizeLimitExceeded", 5104);
    return { kind: "response", text: response };
  }

  private injectedFault(context: ActionContext, request: number, operationIndex: number): ExcelError | undefined {
    const code = this.faults.has(operationIndex)
      ? "GeneralException"
      : this.faultPredicates.find(({ predicate }) => predicate({ operationIndex, request, index: context.index, location: context.location }))?.code;
    if (!code) return undefined;
    const reason = `Injected fault at action ${operationIndex}.`;
    // A GeneralException says where it was injected; another code carries the message Excel documents for it.
    return code === "GeneralException" ? new ExcelError(code, reason, reason) : new ExcelError(code, reason);
  }

  private recordFailure(body: RequestBody, error: ExcelError, context: ActionContext, operationIndex: number): void {
    this.lastFailure = {
      operationIndex,
      location: context.location,
      target: pathExpression(body.ObjectPaths, context.action.ObjectPathId) + (context.action.ActionType === ActionType.instantiate ? "" : `.${camel(context.action.Name) || "load"}`),
      args: JSON.stringify(context.action.ArgumentInfo?.Arguments ?? context.action.QueryInfo ?? []),
      code: error.code,
      message: error.wireMessage,
      reason: error.reason,
    };
  }
}

function refuse(code: Refusal["code"], officeJsErrorCode: Refusal["officeJsErrorCode"]): HostReply {
  return { kind: "refused", refusal: { code, officeJsErrorCode, message: MESSAGES[code] } };
}

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function releasesOnly(body: RequestBody): boolean {
  const actions = body.Actions ?? [];
  const isRoot = (id: number) => body.ObjectPaths?.[String(id)]?.ObjectPathType === ObjectPathType.globalObject;
  return actions.some((a) => a.Name === "_RemoveReference") && actions.every((a) => isRoot(a.ObjectPathId) && (a.ActionType === ActionType.instantiate || a.Name === "_RemoveReference"));
}
