// The Excel emulator for jest: Microsoft's client library (loaded in a vm by loadOfficeJs.ts) in
// front of an emulated workbook. See docs/excel-emulator.md.
import { ExcelEmulator as EmulatorCore, type ExcelEmulatorOptions } from "./emulator";
import { officeJs } from "./loadOfficeJs";

export class ExcelEmulator extends EmulatorCore {
  constructor(options: ExcelEmulatorOptions = {}) {
    super(options, officeJs());
  }
}

/** The real library's namespaces (Excel, OfficeExtension), for tests that use them directly. */
export const officeJsLibrary = () => officeJs().globals;

export type { ExcelEmulatorOptions } from "./emulator";
export { ExcelError, EmulatorLimitation } from "./errors";
export type { ExcelErrorCode } from "./errors";
export { fakeRequirements } from "./requirements";
export { formulaReferences, type FormulaRef } from "./model/formulaRefs";
export { tryParseArea, cellsOf, cellAddress, columnLetters, columnIndex, type Area } from "./model/address";
export type * from "./model/state";
export type { Failure, RequestStats } from "./host";
export type { SeedSheet, WorkbookSeed, SeedCell, CoAuthor } from "./seed";
export { installAsDocument, uninstallDocument } from "./document";
