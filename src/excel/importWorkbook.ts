// "Insert from workbook…": copies chosen sheets of the user's own .xlsx into the open workbook
// with Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13), right after the active sheet. Excel
// gives a copied sheet whose name is taken the next free name ("Plan (2)"); we read the names back
// and report them. Everything that can be known before the request (API support, Excel on the
// web's 5 MB request limit) is checked first, and host errors are translated into plain words.

export const IMPORT_REQUIREMENT = { set: "ExcelApi", version: "1.13" } as const;

/** Excel on the web refuses requests larger than 5 MB; the file travels base64-encoded. */
export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Room left for the rest of the request (sheet names, JSON framing). */
const REQUEST_OVERHEAD_BYTES = 16 * 1024;

export type ImportErrorKind =
  | "unsupportedApi"
  | "tooLarge"
  | "unsupportedContent"
  | "nameClash"
  | "blockedByPolicy"
  | "unreadable"
  | "host";

/** A failed import, with a message written for the user (what happened and what to do). */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(
    readonly kind: ImportErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export type ImportedSheet = {
  /** Name in the source file. */
  source: string;
  /** Name it received in this workbook (differs when the source name was taken). */
  inserted: string;
};

/** Whether this Excel can insert sheets from a file at all. */
export function canInsertFromWorkbook(): boolean {
  try {
    return Office.context.requirements.isSetSupported(IMPORT_REQUIREMENT.set, IMPORT_REQUIREMENT.version);
  } catch {
    return false;
  }
}

/** Excel on the web has the request size limit and refuses charts, PivotTables, comments, slicers. */
export function isExcelOnTheWeb(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.OfficeOnline;
}

/** Length of the base64 text of `byteLength` bytes. */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}

/** The largest file (in bytes) one request can carry on the web. */
export const WEB_MAX_FILE_BYTES = Math.floor(((WEB_REQUEST_LIMIT_BYTES - REQUEST_OVERHEAD_BYTES) * 3) / 4);

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The plain-words refusal for a file too large for one request, or undefined when it fits. */
export function fileSizeProblem(byteLength: number, onTheWeb = isExcelOnTheWeb()): ImportError | undefined {
  if (!onTheWeb || byteLength <= WEB_MAX_FILE_BYTES) return undefined;
  return new ImportError(
    "tooLarge",
    `This file is ${megabytes(byteLength)}; Excel on the web accepts workbooks up to about ${megabytes(WEB_MAX_FILE_BYTES)} ` +
      `in one request (5 MB once encoded). Save a copy with only the sheets you need, or use Excel on Windows or Mac.`,
  );
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000; // String.fromCharCode with a spread argument list has a stack limit
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function hostErrorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return undefined;
}

/** Turns what Excel threw into an ImportError the pane can show as is. */
export function translateHostError(e: unknown, onTheWeb = isExcelOnTheWeb()): ImportError {
  if (e instanceof ImportError) return e;
  const code = hostErrorCode(e);
  const detail = e instanceof Error && e.message ? ` (Excel said: ${e.message})` : "";
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return new ImportError("tooLarge", "The workbook is too large for one request to Excel. Save a copy with only the sheets you need and try again.");
    case "UnsupportedFeature":
    case "UnsupportedOperation":
    case "NotImplemented":
      return new ImportError(
        "unsupportedContent",
        onTheWeb
          ? "Excel on the web can't insert sheets that contain charts, PivotTables, comments or slicers. Remove them from a copy of the file, or use Excel on Windows or Mac."
          : `Excel can't insert these sheets${detail}. Try fewer sheets, or copy them by hand (Move or Copy…).`,
      );
    case "ItemAlreadyExists":
      return new ImportError("nameClash", "A sheet with the same name already exists. Rename your sheet (or the one in the file) and try again.");
    case "AccessDenied":
      return new ImportError("blockedByPolicy", `Excel's security settings don't allow inserting sheets from this file${detail}. Ask your administrator, or copy the sheets by hand.`);
    case "InvalidArgument":
      return new ImportError("unreadable", "Excel couldn't read the file as a workbook. Check that it opens in Excel, save it as .xlsx and try again.");
    default:
      return new ImportError("host", `Excel couldn't insert the sheets${detail}. Check the sheet tabs, then try again.`);
  }
}

/**
 * Inserts the named sheets of `file` after the active sheet, activates the first one, and
 * returns the names they received (in the order of `sheetNames`). Two round trips: insert (Excel
 * returns the new sheets' ids only after it), then read the new names and activate.
 */
export async function insertSheetsFromWorkbook(file: Uint8Array, sheetNames: string[]): Promise<ImportedSheet[]> {
  if (!canInsertFromWorkbook()) {
    throw new ImportError(
      "unsupportedApi",
      "This version of Excel can't insert sheets from another workbook (it needs ExcelApi 1.13: Excel 2021, Microsoft 365 or Excel on the web). Open the file and use Move or Copy… instead.",
    );
  }
  if (sheetNames.length === 0) throw new ImportError("host", "Choose at least one sheet to insert.");
  const tooLarge = fileSizeProblem(file.byteLength);
  if (tooLarge) throw tooLarge;
  const base64 = bytesToBase64(file);
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook;
      const ids = workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: sheetNames,
        positionType: "After",
        relativeTo: workbook.worksheets.getActiveWorksheet(),
      });
      await context.sync();
      const sheets = ids.value.map((id) => workbook.worksheets.getItem(id).load("name"));
      sheets[0]?.activate();
      await context.sync();
      return sheets.map((sheet, i) => ({ source: sheetNames[i] ?? sheet.name, inserted: sheet.name }));
    });
  } catch (e) {
    throw translateHostError(e);
  }
}
