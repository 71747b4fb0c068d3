// What the pane says when it cannot read a chosen file: one sentence naming the reason, then what
// to do. Every failure of the reader is built here, so the wording stays consistent.
import { WEB_MAX_FILE_BYTES } from "../../excel/importWorkbook";
import { MAX_INFLATE_RATIO, MAX_PACKAGE_BYTES, MAX_PARTS } from "./limits";
import { WorkbookReadError, megabytes, shownName } from "./readError";

const REPAIR = "Open it in Excel, which can often repair a file, save a copy and try again.";

export const readFailure = {
  empty: () => new WorkbookReadError("notZip", "The file is empty."),

  notZip: () =>
    new WorkbookReadError(
      "notZip",
      "It isn't an Excel workbook: .xlsx and .xlsm files are zip packages, and this file is not one. If it is a .xls or .csv file, open it in Excel and save it as .xlsx.",
    ),

  passwordOrXls: () =>
    new WorkbookReadError(
      "encrypted",
      "It is password-protected, or an old-style .xls workbook, which the pane can't read. In Excel, remove the password or save it as .xlsx, then try again.",
    ),

  encryptedPart: (part: string) =>
    new WorkbookReadError("encrypted", `Its part '${shownName(part)}' is encrypted, which Excel never does to a workbook, so it was not read. ${REPAIR}`),

  truncated: () =>
    new WorkbookReadError(
      "truncated",
      "The file is truncated: its end is missing, as after an interrupted download or copy. Get a complete copy of the file and try again.",
    ),

  /** `detail` names the part and what is wrong with it, e.g. "'xl/workbook.xml' is not valid XML". */
  damaged: (detail: string) => new WorkbookReadError("damaged", `A part of it is damaged (${detail}), so it was not read. ${REPAIR}`),

  /** The whole package, as declared or as inflated, passes `limit`. */
  tooLarge: (limit: number) =>
    new WorkbookReadError(
      "tooLarge",
      `This file inflates past ${megabytes(limit)} and was not read: no workbook Excel on the web can insert (at most about ${megabytes(WEB_MAX_FILE_BYTES)} of file) unpacks to that much. Save a copy with only the sheets you need.`,
    ),

  /** A part inflates far beyond what real SpreadsheetML compresses to: a DEFLATE bomb. */
  bomb: (part: string) =>
    new WorkbookReadError(
      "tooLarge",
      `This file inflates past ${MAX_INFLATE_RATIO} times its compressed size (in '${shownName(part)}') and was not read: real workbook parts compress about 20 to 1 at most, so it is not a workbook.`,
    ),

  /** The file itself is larger than any package within the caps. */
  fileTooLarge: (bytes: number) =>
    new WorkbookReadError(
      "tooLarge",
      `This file is ${megabytes(bytes)}, larger than any workbook the pane reads (${megabytes(MAX_PACKAGE_BYTES)} once unpacked), so it was not opened. Save a copy with only the sheets you need.`,
    ),

  /** One part the pane must parse passes `limit`. */
  partTooLarge: (part: string, limit: number) =>
    new WorkbookReadError(
      "tooLarge",
      `Its part '${shownName(part)}' inflates past ${megabytes(limit)}, more than the pane reads, so the file was not read. Save a copy with only the sheets you need.`,
    ),

  /** The parts the pane parses (workbook and relationships), together, pass `limit`. */
  parsedTooLarge: (limit: number) =>
    new WorkbookReadError(
      "tooLarge",
      `The parts of it the pane reads (the workbook and its relationships) inflate past ${megabytes(limit)} together, so it was not read. Save a copy with only the sheets you need.`,
    ),

  tooManyParts: () =>
    new WorkbookReadError(
      "tooManyParts",
      `It has more than ${MAX_PARTS.toLocaleString("en-US")} parts (files inside the package), far more than a workbook of sheets needs, so it was not read.`,
    ),

  unsafePath: (part: string) =>
    new WorkbookReadError(
      "unsafePath",
      `It contains a part named '${shownName(part)}', which is not a valid name inside a workbook (it points outside the package or has empty or dot segments), so it was not read.`,
    ),

  /** `what` is a noun phrase: "the ZIP64 format", "compression method 12". */
  unsupported: (what: string) =>
    new WorkbookReadError("unsupported", `It uses ${what}, which Excel workbooks don't use, so it was not read. Open it in Excel and save it as .xlsx.`),

  notWorkbook: () =>
    new WorkbookReadError("notWorkbook", "It is a zip package but not an Excel workbook (it has no workbook part). Choose an .xlsx or .xlsm file."),

  noSheets: () => new WorkbookReadError("noSheets", "It has no sheets to insert."),
};
