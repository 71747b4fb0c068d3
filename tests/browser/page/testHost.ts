// What the page's Office host (officeHost.ts) puts on window for the test: the emulated workbook
// behind the pane, reached from Node with page.evaluate. Types only, shared by both sides.
import type { CellValue } from "../../../src/excel/api";
import type { ExcelEmulatorOptions } from "../../support/excel-emulator/emulator";
import type { Failure } from "../../support/excel-emulator/host";
import type { WorkbookSnapshot } from "../../support/excel-emulator/model/state";

export type TestHost = {
  /** Replaces the workbook with a new emulator (and forgets faults); the selection is kept. */
  reset(options?: ExcelEmulatorOptions): void;
  snapshot(): WorkbookSnapshot;
  sheetNames(): string[];
  /**
   * Makes the n-th action Excel receives from now fail (1-based; instantiations and loads count);
   * returns its number over the workbook's life (what lastFailure().operationIndex will say).
   */
  failAfter(actions: number): number;
  lastFailure(): Failure | undefined;
  /** Milliseconds each request waits before Excel answers it (0: none). */
  setLatency(ms: number): void;
  /** The active cell on the active sheet (Workbook.getActiveCell). */
  select(address: string): void;
  /** Another user activates a sheet / edits a cell (the emulator's co-author). */
  activate(name: string): void;
  setCell(sheet: string, address: string, value: CellValue): void;
  /** Custom functions registered with CustomFunctions.associate, with performance.now() at the time. */
  registered: { id: string; at: number }[];
};

export type TestHostWindow = { __testHost: TestHost };
