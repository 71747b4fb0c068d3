// The Excel emulator's public face, shaped like the retired API-level fake it replaced (issue 9), so
// tests moved over with an import swap: run, snapshot, sheet, sheetNames, failAt, operationCount,
// syncCount, requests, lastFailure, select. Behind `run` is Microsoft's client library: it builds
// the requests, the emulated host answers them. No Node APIs: the Node entry (index.ts) passes the
// vm-loaded library, a browser page passes its own.
import type { RequirementsApi } from "../../../src/excel/api";
import type { ExcelErrorCode } from "./errors";
import { type Failure, type FaultPredicate, ExcelHost, type HostSettings, type RequestStats } from "./host";
import { type Calculate, type SeriesFromSource, WorkbookModel } from "./model/workbook";
import { type SheetSnapshot, type WorkbookSnapshot, snapshotOf } from "./model/state";
import type { InsertedNameClash } from "./objects/insertFromBase64";
import type { LibraryConnection } from "./protocol/transport";
import { fakeRequirements } from "./requirements";
import { CoAuthor, type WorkbookSeed, seedWorkbook } from "./seed";

export type ExcelEmulatorOptions = WorkbookSeed &
  Partial<HostSettings> & {
    /** Whether the GR. functions are registered (default true); see WorkbookSwitches. */
    functionsRegistered?: boolean;
    /** Series of a chart added from a source range: "linesWithValues" (default) or "everyLine". */
    seriesFromSource?: SeriesFromSource;
    /** Formula values for tests that read them (the emulator calculates nothing). */
    calculate?: Calculate;
    /** Insert from workbook with a taken sheet name: "refuse" (default, ItemAlreadyExists) or "rename" ("Plan (2)"). */
    insertedNameClash?: InsertedNameClash;
    /** Requirement sets the host supports, highest version per set; default ExcelApi 1.17. */
    requirements?: Record<string, string>;
  };

let emulators = 0;

export class ExcelEmulator {
  /** Where this workbook's requests go: new Excel.RequestContext(url) or Excel.run(url, batch). */
  readonly url: string;
  readonly host: ExcelHost;
  /** Office.context.requirements of this host: pass it to the add-in's own checks too. */
  readonly requirements: RequirementsApi & { asked: string[] };
  /** Edits by another user, applied to the workbook immediately. */
  readonly coAuthor: CoAuthor;
  private readonly model: WorkbookModel;

  constructor(options: ExcelEmulatorOptions = {}, private readonly library: LibraryConnection) {
    this.model = new WorkbookModel({
      functionsRegistered: options.functionsRegistered ?? true,
      seriesFromSource: options.seriesFromSource ?? "linesWithValues",
      calculate: options.calculate,
      insertedNameClash: options.insertedNameClash,
    });
    seedWorkbook(this.model, options);
    this.host = new ExcelHost(this.model, {
      platform: options.platform ?? "web",
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
      errorLocation: options.errorLocation ?? "reported",
      instantiateIds: options.instantiateIds ?? "sent",
    });
    this.requirements = fakeRequirements(options.requirements ?? { ExcelApi: "1.17" });
    this.coAuthor = new CoAuthor(this.model);
    this.url = `https://excel-emulator.invalid/${++emulators}/`;
    library.route(this.url, this.host);
  }

  /** Excel.run against this workbook: the real library, a URL request context. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.library.setRequirements(this.requirements);
    const run = this.library.Excel.run as unknown as (url: string, body: typeof batch) => Promise<T>;
    return run(this.url, batch);
  };

  /** Makes the add-in's own `Excel.run(batch)` (no URL) reach this workbook. */
  attachDocument(): void {
    this.library.setRequirements(this.requirements);
    this.library.attachDocument(this.host);
  }

  /**
   * Makes the n-th action fail (1-based, counted over every action of every request this emulator
   * received, instantiations and loads included); more numbers fail more actions.
   */
  failAt(operationIndex: number, ...more: number[]): void {
    this.host.failAt([operationIndex, ...more]);
  }

  /**
   * Makes every action the predicate picks fail (e.g. the first action at "ChartCollection.add"),
   * with Excel's error `code` (default GeneralException) and the message Microsoft documents for it.
   */
  failWhen(predicate: FaultPredicate, code: ExcelErrorCode = "GeneralException"): void {
    this.host.failWhen(predicate, code);
  }

  /** Runs a co-author's edit after request `after` is answered (0: before the first request). */
  afterRequest(after: number, edit: (coAuthor: CoAuthor) => void): void {
    this.host.afterRequest(after, () => edit(this.coAuthor));
  }

  /** Selects a cell on the active sheet (what Workbook.getActiveCell returns). */
  select(address: string): void {
    this.model.selection = address;
  }

  /** Registers (or unregisters) the GR. functions; formulas entered meanwhile keep #NAME?. */
  set functionsRegistered(registered: boolean) {
    this.model.switches.functionsRegistered = registered;
  }
  get functionsRegistered(): boolean {
    return this.model.switches.functionsRegistered;
  }

  /** Actions received so far (every instantiate, load, property write and method call). */
  get operationCount(): number { return this.host.operationCount; }
  /**
   * The add-in's syncs that reached Excel: requests received, without Excel.run's cleanup requests
   * (RequestStats.releasesOnly). A context.sync() with nothing queued sends no request.
   */
  get syncCount(): number { return this.host.requests.filter((r) => !r.releasesOnly).length; }
  get requests(): readonly RequestStats[] { return this.host.requests; }
  get lastFailure(): Failure | undefined { return this.host.lastFailure; }
  /** Objects the library asked to keep (Range._KeepReference) and has not released yet. */
  get keptReferences(): number { return this.host.session.keptCount; }

  /** A deep copy of the workbook: compare two with toEqual. */
  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.model.state);
  }

  sheet(name: string): SheetSnapshot {
    const found = this.snapshot().sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named '${name}'. Sheets: ${this.sheetNames().join(", ")}`);
    return found;
  }

  sheetNames(): string[] {
    return this.model.sheetNames();
  }
}
