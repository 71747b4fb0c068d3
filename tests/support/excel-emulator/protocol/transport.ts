// Connects the real Excel client library to emulated hosts. Two doors, both the library's own:
// - a URL request context (new Excel.RequestContext(url), Excel.run(url, batch)) sends POST
//   <url>/ProcessQuery through OfficeExtension.HttpUtility, whose send function can be replaced
//   (HttpUtility.setCustomSendRequestFunc, line 13036); the emulator answers as Excel answers:
//   status 200, body {Results, Error?} (HttpRequestExecutor.executeAsync, lines 15036-15079);
// - the document's own context (Excel.run(batch) with no URL) goes through
//   OSF.DDA.RichApi.executeRichApiRequestAsync, the call Office makes into its host
//   (OfficeJsRequestExecutor, lines 17699-17724): the body text is element 4 of the message, the
//   answer {status: "succeeded", value: {data: [status, headers, body]}} or {status: "failed",
//   error: {code, message}} for a request the host refuses (RichApiMessageUtility.buildResponseOnError,
//   line 13460: 5103 → RequestPayloadSizeLimitExceeded, as Excel on the web reports it).
// No Node APIs: the browser tests connect the page's library with the same code.
import type { RequirementsApi } from "../../../../src/excel/api";
import type { ExcelHost, Refusal } from "../host";

type HttpRequest = { method: string; url: string; headers?: Record<string, string>; body?: unknown };
type HttpResponse = { statusCode: number; headers: Record<string, string>; body: string };
type RichApiResult = { status: "succeeded"; value: { data: [number, string[], string] } } | { status: "failed"; error: { code: number; message: string } };

/** The library's globals the emulator needs (the excel-web-16.00.js script's namespaces). */
export type OfficeJsGlobals = {
  Excel: typeof Excel;
  OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(send: (request: HttpRequest) => Promise<HttpResponse>): void } };
  OSF?: {
    DDA: { RichApi: { executeRichApiRequestAsync?: (message: unknown[], callback: (result: RichApiResult) => void) => void } };
    _OfficeAppFactory?: { getContext(): unknown };
  };
};

export class LibraryConnection {
  /**
   * Held weakly: a test file makes hundreds of emulators (the fault sweeps), and a workbook nobody
   * can reach any more should not stay in memory (nor slow every lookup) until the file ends.
   */
  private readonly hosts = new Map<string, WeakRef<ExcelHost>>();
  private documentHost?: ExcelHost;
  private requirements?: RequirementsApi;

  constructor(
    readonly globals: OfficeJsGlobals,
    /** Give the library Office.context.requirements (only where no real Office host does, e.g. in Node). */
    shimRequirements: boolean,
  ) {
    globals.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => this.send(request));
    if (globals.OSF) globals.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) => this.richApi(message, callback);
    // CommonUtility.isSetSupported (line 15234) asks window.Office.context.requirements, which Office
    // sets up from OSF._OfficeAppFactory when it initialises in a host.
    if (shimRequirements && globals.OSF) globals.OSF._OfficeAppFactory = { getContext: () => (this.requirements ? { requirements: this.requirements } : undefined) };
  }

  get Excel(): typeof Excel {
    return this.globals.Excel;
  }

  /** Requests to URLs starting with `url` go to `host`. */
  route(url: string, host: ExcelHost): void {
    for (const [known, ref] of this.hosts) if (ref.deref() === undefined) this.hosts.delete(known);
    this.hosts.set(url, new WeakRef(host));
  }

  /** Excel.run(batch) without a URL (the add-in's own code) reaches `host`. */
  attachDocument(host: ExcelHost): void {
    this.documentHost = host;
  }

  setRequirements(requirements: RequirementsApi): void {
    this.requirements = requirements;
  }

  private send(request: HttpRequest): Promise<HttpResponse> {
    const host = [...this.hosts].find(([url]) => request.url.startsWith(url))?.[1].deref();
    if (!host) return Promise.resolve({ statusCode: 404, headers: {}, body: "" });
    // The text the library puts on the wire (CoreUtility._getRequestBodyText, line 13810).
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    try {
      const reply = host.process(text);
      const body = reply.kind === "response" ? reply.text : refusalBody(reply.refusal);
      return Promise.resolve({ statusCode: 200, headers: { "content-type": "application/json" }, body });
    } catch (error) {
      return Promise.reject(error); // an emulator limitation or bug: the sync rejects with it, loudly
    }
  }

  private richApi(message: unknown[], callback: (result: RichApiResult) => void): void {
    if (!this.documentHost) throw new Error("No emulated workbook is attached to Excel.run(batch); call emulator.attachDocument().");
    const reply = this.documentHost.process(String(message[4]));
    const result: RichApiResult =
      reply.kind === "response"
        ? { status: "succeeded", value: { data: [200, [], reply.text] } }
        : { status: "failed", error: { code: reply.refusal.officeJsErrorCode, message: reply.refusal.message } };
    void Promise.resolve().then(() => callback(result)); // a host answers asynchronously
  }
}

/**
 * Over a URL context there is no host-refusal channel: the refusal travels as the body's Error, which
 * the library turns into the same code, message and status (400) as on the web, without a location.
 */
function refusalBody(refusal: Refusal): string {
  return JSON.stringify({ Results: [], Error: { Code: refusal.code, Message: refusal.message, HttpStatusCode: 400 } });
}
