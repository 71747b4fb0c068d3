// How much of a chosen file the pane is willing to unpack, and why. docs/import.md has the
// derivation with its sources and measurements; in short:
//
// - Excel on the web takes at most 5 MB per request (Microsoft: "Resource limits and performance
//   optimization for Office Add-ins", Excel add-ins), and insertWorksheetsFromBase64 sends the
//   file base64-encoded, so no workbook larger than WEB_MAX_FILE_BYTES (about 3.7 MB) can be
//   inserted there at all.
// - Real SpreadsheetML compresses at most about 19:1 (the densest workbook we could write: one
//   formula repeated down a column, recompressed at zlib's best level; docs/import.md). A file
//   Excel on the web can insert therefore unpacks to at most about 20 × 3.7 MB. Anything that
//   claims more is not a workbook Excel on the web could take, whatever it is.
//
// The same caps apply on Windows and Mac, where Excel has no request limit: they keep the pane's
// memory bounded, and a template is far smaller.
import { WEB_MAX_FILE_BYTES } from "../../excel/importWorkbook";

/** The highest inflated/compressed ratio of real SpreadsheetML we measured (18.8), rounded up. */
export const DENSEST_SPREADSHEETML_RATIO = 20;

/** All parts of the package together, inflated (as declared, and as actually inflated). */
export const MAX_PACKAGE_BYTES = WEB_MAX_FILE_BYTES * DENSEST_SPREADSHEETML_RATIO;

/**
 * The largest file worth loading at all. Compressed parts are never much larger than inflated
 * ones (DEFLATE adds at most 5 bytes per 64 KB to data it cannot compress), so a package within
 * MAX_PACKAGE_BYTES fits in this much with 16 MB left for the zip headers of MAX_PARTS parts. A
 * larger file is refused by its size, before it is read into memory (Windows and Mac have no
 * request limit that would stop it first).
 */
export const MAX_FILE_BYTES = MAX_PACKAGE_BYTES + 16 * 1024 * 1024;

/**
 * Parts (zip entries) in one package. A workbook has a handful of parts plus one or two per
 * sheet, so 10,000 leaves room for thousands of sheets (the heaviest real case we know of has
 * 2,000), while bounding the pane's per-part work.
 */
export const MAX_PARTS = 10_000;

/**
 * Any one part the pane parses as XML (the workbook part and relationship parts): twice the
 * largest relationship part we have seen in a real workbook (3.8 MB, a sheet with tens of
 * thousands of hyperlinks). Parsed XML takes several times its text in memory, and the pane must
 * stay within 100 MB of its baseline.
 */
export const MAX_PARSED_PART_BYTES = 8 * 1024 * 1024;

/**
 * The most a part may inflate relative to the compressed bytes read so far, once past
 * RATIO_GRACE_BYTES: ten times the densest real SpreadsheetML (18.8:1), a fifth of DEFLATE's
 * ceiling (1032:1), where bombs live. Checked while inflating, so a bomb whose header claims a
 * size within the caps still stops after its first megabyte. Apache POI's ZipSecureFile guards
 * .xlsx files the same way (100:1 after a grace size).
 */
export const MAX_INFLATE_RATIO = 200;
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** All parts the pane parses, together (each relationship part is parsed once). */
export const MAX_PARSED_TOTAL_BYTES = 16 * 1024 * 1024;
