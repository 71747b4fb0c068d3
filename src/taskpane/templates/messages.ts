// The words the pane uses for insert results. Sheet names are user-visible text: they are always
// rendered as text nodes, never as markup.

/** "Inserted 'JWO Investment Case (2)'" or "Inserted 7 sheets: 'A', 'B', … 'G'". */
export function insertedMessage(sheetNames: string[]): string {
  const quoted = sheetNames.map((n) => `'${n}'`);
  if (quoted.length === 1) return `Inserted ${quoted[0]}`;
  return `Inserted ${quoted.length} sheets: ${quoted.join(", ")}`;
}

/** The user-facing text of a failed insert: the renderer's own message when it has one. */
export function describeInsertFailure(e: unknown): string {
  // The renderer's typed errors carry a message written for the user (matched by name: the
  // renderer module loads lazily, so its classes are not imported here).
  if (e instanceof Error && (e.name === "InsertError" || e.name === "UnsupportedExcelError") && e.message) return e.message;
  const detail = e instanceof Error && e.message ? ` (${e.message})` : "";
  return `Excel couldn't insert the template${detail}. Your other sheets were not changed; try again, and if it keeps failing, reload the pane.`;
}

/**
 * Why "Go to sheet" failed. Excel's ItemNotFound means the sheet is gone; anything else (the add-in's
 * code failed to download, Excel was busy) is not the user's doing and is worth another try.
 */
export function describeGoToFailure(sheet: string, e: unknown): string {
  const code = typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
  if (code === "ItemNotFound") return `The sheet '${sheet}' is no longer in this workbook. It may have been renamed or deleted.`;
  const detail = e instanceof Error && e.message ? ` (${e.message})` : "";
  return `Couldn't go to the sheet '${sheet}'${detail}. Check your connection and try again; if it keeps failing, reload the pane.`;
}
