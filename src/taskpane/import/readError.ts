// The one error a workbook read ends with, whatever went wrong: the zip structure, the inflater, a
// cap, the XML. Its message is a sentence for the user naming the reason; `reason` lets tests and
// the pane tell the cases apart without parsing words. Reading never touches the open workbook, so
// every one of these leaves it as it was.

export type ReadFailure =
  /** Not a zip package at all (a .csv, a .xls, an empty file). */
  | "notZip"
  /** Password-protected (an encrypted workbook is not a zip but an OLE file) or encrypted zip parts. */
  | "encrypted"
  /** The end of the file is missing. */
  | "truncated"
  /** A header, a part's compressed data or its XML is broken, or parts disagree with each other. */
  | "damaged"
  /** The parts would inflate past the pane's cap (see limits.ts). */
  | "tooLarge"
  /** More parts than the pane reads (see limits.ts). */
  | "tooManyParts"
  /** A part name that is not a valid package part name: "../x", "/x", "C:\x", empty segments. */
  | "unsafePath"
  /** A zip feature no workbook uses (another compression method, split archives, ZIP64). */
  | "unsupported"
  /** A valid zip package without a workbook part (a .docx, a plain zip). */
  | "notWorkbook"
  /** A workbook part that lists no sheet. */
  | "noSheets"
  /** Anything else: a bug in the reader, never a property of the file. Tests fail on it. */
  | "unexpected";

export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
  constructor(
    readonly reason: ReadFailure,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** Every failure of a read as a WorkbookReadError: a foreign error means a bug in the reader. */
export function asReadError(e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  return new WorkbookReadError("unexpected", "The pane could not read it (an error in the add-in, not in your file). Try again, or insert the sheets with Move or Copy….", e);
}

/** A part name as it may be shown to the user: control characters out, long names shortened. */
export function shownName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

/** "75 MB", "8.0 MB" (MB = 1,048,576 bytes, as Windows and Excel show file sizes). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/** A size in the largest unit that keeps it readable: "12 bytes", "3 KB", "1.5 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return megabytes(bytes);
}
